/** A/B tests: deterministic weighted assignment by hashing, winner by a two-proportion z-test with a minimum sample, and the rollout of the winner to the rest. */
@NullMarked
package io.crmkit.marketing.abtest;

import org.jspecify.annotations.NullMarked;
