package io.crmkit.core.event;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import java.time.Instant;
import java.util.Set;

/**
 * Something that happened in one tenant, at one instant, to a set of records. Events are immutable records
 * ({@link RecordChanged}, {@code LeadConverted}, ...) handed to an {@link EventPublisher}.
 *
 * <p>{@code publisher.publish(new RecordChanged(...));}
 */
public interface DomainEvent {
  /** The tenant in which it happened. */
  TenantId tenantId();

  /** When it happened (UTC). */
  Instant occurredAt();

  /**
   * The records this event concerns; a cache holding any of them should drop it. Never empty for events
   * about records.
   */
  Set<RecordRef> subjects();
}
