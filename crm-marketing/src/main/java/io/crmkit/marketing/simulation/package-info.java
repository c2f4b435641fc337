/** A virtual-clock simulator that runs journeys and one-off sends for a population under a seeded engagement model and returns every send with its reason. */
@NullMarked
package io.crmkit.marketing.simulation;

import org.jspecify.annotations.NullMarked;
