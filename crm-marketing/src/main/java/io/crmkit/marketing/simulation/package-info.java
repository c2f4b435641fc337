/**
 * The virtual-clock simulator: runs a journey for a population over simulated weeks, with a seeded engagement
 * model answering every message, and reports every send with its time, recipient, step and reason — for tests,
 * for checking a journey before it goes live, and for the demo. Start at
 * {@link io.crmkit.marketing.simulation.JourneySimulation#run}.
 */
@NullMarked
package io.crmkit.marketing.simulation;

import org.jspecify.annotations.NullMarked;
