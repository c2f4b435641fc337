package io.crmkit.sales.lead;

import io.crmkit.core.EntityId;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.event.DomainEvent;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.sales.opportunity.OpportunityId;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A lead was converted: every id involved — the lead, the account and the contact (and whether each was
 * created, matched or named), the opportunity, the activities moved from the lead, and the records each
 * {@link ConversionParticipant} created or changed, by participant name. Published by {@link LeadConversion}
 * after its transaction committed.
 *
 * <p>{@code bus.subscribe(LeadConverted.class, e -> notifyOwner(e.contact(), e.opportunity()));}
 */
public record LeadConverted(
    TenantId tenantId,
    LeadId lead,
    AccountId account,
    PartyResolution accountResolution,
    ContactId contact,
    PartyResolution contactResolution,
    Optional<OpportunityId> opportunity,
    List<ActivityId> movedActivities,
    Map<String, List<RecordRef>> contributions,
    String convertedBy,
    Instant at)
    implements DomainEvent {

  public LeadConverted {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(accountResolution, "accountResolution");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(contactResolution, "contactResolution");
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(at, "at");
    EntityId.checked(convertedBy, "convertedBy");
    movedActivities = List.copyOf(movedActivities);
    Map<String, List<RecordRef>> copy = new LinkedHashMap<>();
    Objects.requireNonNull(contributions, "contributions").forEach((k, v) -> copy.put(k, List.copyOf(v)));
    contributions = Collections.unmodifiableMap(copy);
    io.crmkit.core.ValidationException.check(
        contactResolution != PartyResolution.CONTACTS_ACCOUNT, "contactResolution", "CONTACTS_ACCOUNT describes accounts only");
  }

  @Override
  public Instant occurredAt() {
    return at;
  }

  /** The lead, the account, the contact, the opportunity, the moved activities and every contributed record. */
  @Override
  public Set<RecordRef> subjects() {
    Set<RecordRef> all = new LinkedHashSet<>();
    all.add(RecordRef.of(Lead.TYPE_NAME, lead));
    all.add(RecordRef.of(Account.TYPE_NAME, account));
    all.add(RecordRef.of(Contact.TYPE_NAME, contact));
    opportunity.ifPresent(o -> all.add(RecordRef.of("opportunity", o)));
    movedActivities.forEach(a -> all.add(RecordRef.of(Activity.TYPE.name(), a)));
    contributions.values().forEach(all::addAll);
    return Collections.unmodifiableSet(all);
  }
}
