/**
 * Domain events: what happened to which records, published through the {@link
 * io.crmkit.core.event.EventPublisher} SPI so that the host can deliver them (queues, webhooks, cache
 * invalidation). The library never performs I/O itself; {@link io.crmkit.core.event.InProcessEventPublisher}
 * delivers synchronously inside the process for embedded use and tests.
 */
@NullMarked
package io.crmkit.core.event;

import org.jspecify.annotations.NullMarked;
