package io.crmkit.store.jdbc;

import io.crmkit.core.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * One domain event waiting in the outbox, as a relay claims it: its position, tenant, Java type name, time
 * and JSON payload ({@code CrmJson.read(entry.payload(), Class.forName(entry.eventType()))} gives the event).
 *
 * @param sequence the outbox position; events of one transaction are consecutive and in publishing order
 * @param tenantId the tenant of the event
 * @param eventType the event's Java class name
 * @param occurredAt when the event happened
 * @param payload the event as CrmJson
 */
public record OutboxEntry(long sequence, TenantId tenantId, String eventType, Instant occurredAt, String payload) {
  public OutboxEntry {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(payload, "payload");
  }
}
