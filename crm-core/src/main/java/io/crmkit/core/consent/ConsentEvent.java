package io.crmkit.core.consent;

import io.crmkit.core.Aggregate;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.event.DomainEvent;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.store.EntityType;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One entry of the consent ledger: a party granted, confirmed or withdrawn permission to be contacted on a
 * channel for a purpose, at an instant, from a source ({@code form}, {@code import}, {@code api}, ...) with
 * optional evidence (a form submission id, the IP and text shown). Entries are never changed; a later entry
 * supersedes an earlier one. Being a {@link DomainEvent} too, a new entry can be published as it is.
 *
 * <p>{@code ledger.grant(party, Channel.EMAIL, Purpose.NEWSLETTER, LegalBasis.CONSENT, "form", true, Optional.of("sub-81"))}
 *
 * @param doubleOptIn for a grant: whether it needs a later {@link ConsentAction#CONFIRMED} to take effect
 */
public record ConsentEvent(
    ConsentEventId id,
    TenantId tenantId,
    long version,
    RecordRef party,
    Channel channel,
    Purpose purpose,
    ConsentAction action,
    LegalBasis legalBasis,
    String source,
    Instant at,
    boolean doubleOptIn,
    Optional<String> evidence)
    implements Aggregate<ConsentEventId>, DomainEvent {

  /** The party in {@code type:id} form; indexed. */
  public static final FieldRef<String> PARTY = FieldRef.text("party");
  /** The channel, by name. */
  public static final FieldRef<String> CHANNEL = FieldRef.text("channel");
  /** The purpose slug ({@code *} for all). */
  public static final FieldRef<String> PURPOSE = FieldRef.text("purpose");
  /** The action, by name. */
  public static final FieldRef<String> ACTION = FieldRef.text("action");
  /** When it happened. */
  public static final FieldRef<Instant> AT = FieldRef.instant("at");

  /** The entity type {@code consent_event}. */
  public static final EntityType<ConsentEvent, ConsentEventId> TYPE =
      EntityType.builder("consent_event", ConsentEvent.class, ConsentEventId::new)
          .field(PARTY, e -> e.party().toString())
          .field(CHANNEL, e -> e.channel().name())
          .field(PURPOSE, e -> e.purpose().value())
          .field(ACTION, e -> e.action().name())
          .field(AT, ConsentEvent::at)
          .index(PARTY)
          .build();

  public ConsentEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(legalBasis, "legalBasis");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(evidence, "evidence");
    ValidationException.checkNotNegative(version, "version");
    ValidationException.check(
        !source.isBlank() && source.length() <= 64, "source", "must name where the event came from (form, import, api, ...) in 1 to 64 characters");
    ValidationException.check(
        !purpose.isAll() || action == ConsentAction.WITHDRAWN,
        "purpose",
        "'*' (every purpose) can only be withdrawn; grant or confirm a specific purpose");
    ValidationException.check(
        !doubleOptIn || action == ConsentAction.GRANTED, "doubleOptIn", "only a grant can ask for double opt-in, not a " + action);
    ValidationException.check(
        evidence.isEmpty() || !evidence.get().isBlank(), "evidence", "must not be blank when present; use Optional.empty()");
  }

  @Override
  public ConsentEvent withVersion(long version) {
    return new ConsentEvent(id, tenantId, version, party, channel, purpose, action, legalBasis, source, at, doubleOptIn, evidence);
  }

  @Override
  public Instant occurredAt() {
    return at;
  }

  /** The party. */
  @Override
  public Set<RecordRef> subjects() {
    return Set.of(party);
  }
}
