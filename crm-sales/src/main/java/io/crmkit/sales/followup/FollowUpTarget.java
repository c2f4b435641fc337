package io.crmkit.sales.followup;

import io.crmkit.core.EntityId;
import io.crmkit.core.RecordRef;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.ContactId;
import io.crmkit.sales.lead.LeadId;
import io.crmkit.sales.opportunity.OpportunityId;
import java.util.Locale;
import java.util.Objects;

/**
 * The record a {@link FollowUp} is about: a lead, contact, account or opportunity, by kind and id, e.g.
 * {@code FollowUpTarget.lead(leadId)}. {@link #ref()} is the same record as a crm-core {@link RecordRef}, which
 * is how the completed task activities link to it.
 */
public record FollowUpTarget(Kind kind, String id) {
  /** The kinds of record a follow-up can be about. */
  public enum Kind {
    LEAD,
    CONTACT,
    ACCOUNT,
    OPPORTUNITY;

    /** The entity type name used in {@link RecordRef}s, e.g. {@code lead}. */
    public String typeName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public FollowUpTarget {
    Objects.requireNonNull(kind, "kind");
    EntityId.checked(id, "target.id");
  }

  public static FollowUpTarget lead(LeadId id) {
    return new FollowUpTarget(Kind.LEAD, id.value());
  }

  public static FollowUpTarget contact(ContactId id) {
    return new FollowUpTarget(Kind.CONTACT, id.value());
  }

  public static FollowUpTarget account(AccountId id) {
    return new FollowUpTarget(Kind.ACCOUNT, id.value());
  }

  public static FollowUpTarget opportunity(OpportunityId id) {
    return new FollowUpTarget(Kind.OPPORTUNITY, id.value());
  }

  /** The target as a crm-core record reference, e.g. {@code lead:l-1}. */
  public RecordRef ref() {
    return new RecordRef(kind.typeName(), id);
  }

  @Override
  public String toString() {
    return ref().toString();
  }
}
