/**
 * Durable campaign scheduling: the {@link io.crmkit.marketing.schedule.SendPlanner} computes from persisted
 * state and a clock which sends are due (recipient zones, send windows, quiet hours, frequency caps,
 * throttling, DST policy), and the {@link io.crmkit.marketing.schedule.JobStore} SPI keeps the due work
 * (idempotency key per nominal fire, claim with a lease, heartbeat, retry with capped backoff, dead letters).
 */
@NullMarked
package io.crmkit.marketing.schedule;

import org.jspecify.annotations.NullMarked;
