/**
 * Marketing attribution over customer journeys: the heuristic models (first touch, last touch, linear, time
 * decay, position-based) and first-order Markov removal-effect attribution solved exactly on the absorbing
 * chain. Start with {@link io.crmkit.analytics.attribution.Attribution#of(java.util.List)} on a list of
 * {@link io.crmkit.analytics.attribution.ConversionPath}s.
 */
@NullMarked
package io.crmkit.analytics.attribution;

import org.jspecify.annotations.NullMarked;
