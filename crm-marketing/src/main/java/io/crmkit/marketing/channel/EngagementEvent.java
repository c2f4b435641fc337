package io.crmkit.marketing.channel;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.event.DomainEvent;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An inbound engagement with one message: a delivery receipt, a bounce, an open, a click (with its link), a
 * reply, an unsubscribe or a complaint. The host turns its provider's callbacks into these; journeys
 * ({@link io.crmkit.marketing.journey.JourneyEngine}) and the {@link EngagementListener}s of other parts
 * (campaign members, consent, scores) consume them.
 *
 * <p>{@code EngagementEvent.of(tenant, messageId, contactId, EngagementKind.CLICKED, at).withDetail("https://acme.example/offer")}
 *
 * @param detail the link of a click, the bounce code, the reply's first line; empty when there is none
 */
public record EngagementEvent(
    TenantId tenantId, MessageId messageId, ContactId contact, EngagementKind kind, Instant occurredAt,
    Optional<String> detail) implements DomainEvent {
  public EngagementEvent {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(detail, "detail");
  }

  /** An event without detail. */
  public static EngagementEvent of(TenantId tenantId, MessageId messageId, ContactId contact, EngagementKind kind, Instant at) {
    return new EngagementEvent(tenantId, messageId, contact, kind, at, Optional.empty());
  }

  /** The same event with {@code value} as its detail. */
  public EngagementEvent withDetail(String value) {
    return new EngagementEvent(tenantId, messageId, contact, kind, occurredAt, Optional.of(value));
  }

  @Override
  public Set<RecordRef> subjects() {
    return Set.of(RecordRef.of(Contact.TYPE_NAME, contact));
  }
}
