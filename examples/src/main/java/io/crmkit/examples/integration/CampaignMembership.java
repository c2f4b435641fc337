package io.crmkit.examples.integration;

import io.crmkit.core.EntityId;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.Aggregate;
import io.crmkit.core.store.EntityType;
import io.crmkit.marketing.campaign.CampaignId;
import io.crmkit.marketing.campaign.CampaignMember;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored campaign membership: crm-marketing's {@link CampaignMember} (a contact or lead in a campaign, its status
 * and first response) with the history of its statuses and, for a contact's membership made by a lead conversion,
 * the lead it came from. crm-marketing keeps members as values; this is how a host persists them in its
 * {@code TenantStore}, e.g. {@code store.repository(CampaignMembership.TYPE).query(Criteria.eq(CampaignMembership.MEMBER, "lead:l-1"))}.
 *
 * @param id the membership's id
 * @param tenantId the tenant
 * @param version the optimistic version
 * @param member the member as crm-marketing sees it (campaign, party, status, response)
 * @param history every status the member had, oldest first; the last one is {@code member.status()}
 * @param convertedFrom the lead whose membership this contact's membership continues, if any
 */
public record CampaignMembership(
    Id id, TenantId tenantId, long version, CampaignMember member, List<StatusChange> history, Optional<RecordRef> convertedFrom)
    implements Aggregate<CampaignMembership.Id> {

  /** The campaign's id text. */
  public static final FieldRef<String> CAMPAIGN = FieldRef.text("campaign");
  /** The member's reference text, {@code contact:c-1} or {@code lead:l-1}. */
  public static final FieldRef<String> MEMBER = FieldRef.text("member");

  /** Describes memberships to the stores. */
  public static final EntityType<CampaignMembership, Id> TYPE =
      EntityType.builder("campaign_membership", CampaignMembership.class, Id::new)
          .field(CAMPAIGN, m -> m.member().campaign().value())
          .field(MEMBER, m -> m.member().member().toString())
          .index(CAMPAIGN, MEMBER)
          .build();

  /** A membership's id. */
  public record Id(String value) implements EntityId {
    public Id {
      EntityId.checked(value, "campaignMembershipId");
    }
  }

  /**
   * One status the member moved to, when and why ({@code "added"}, {@code "opened the invitation"}, ...).
   *
   * @param status the member status label
   * @param at when
   * @param reason why, in words
   */
  public record StatusChange(String status, Instant at, String reason) {
    public StatusChange {
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(reason, "reason");
      ValidationException.check(!status.isBlank(), "history.status", "must not be blank");
    }
  }

  public CampaignMembership {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    ValidationException.checkNotNegative(version, "version");
    Objects.requireNonNull(member, "member");
    history = List.copyOf(history);
    Objects.requireNonNull(convertedFrom, "convertedFrom");
    ValidationException.check(member.tenantId().equals(tenantId), "member",
        "belongs to tenant " + member.tenantId() + " but the membership to " + tenantId);
    ValidationException.check(!history.isEmpty(), "history", "must hold at least the status the member was added with");
    ValidationException.check(history.get(history.size() - 1).status().equals(member.status()), "history",
        "must end with the member's status '" + member.status() + "' but ends with '" + history.get(history.size() - 1).status() + "'");
    for (int i = 1; i < history.size(); i++) {
      ValidationException.check(!history.get(i).at().isBefore(history.get(i - 1).at()), "history", "must be in time order");
    }
  }

  /** The campaign. */
  public CampaignId campaign() {
    return member.campaign();
  }

  /** The contact or lead in the campaign. */
  public RecordRef party() {
    return member.member();
  }

  /** This membership as a record reference, for {@code LeadConverted}'s list of touched records. */
  public RecordRef ref() {
    return RecordRef.of(TYPE.name(), id);
  }

  /** The same membership with {@code changed} as its member and {@code change} appended to the history. */
  public CampaignMembership moved(CampaignMember changed, StatusChange change) {
    Objects.requireNonNull(change, "change");
    List<StatusChange> more = new java.util.ArrayList<>(history);
    more.add(change);
    return new CampaignMembership(id, tenantId, version, changed, more, convertedFrom);
  }

  @Override
  public CampaignMembership withVersion(long version) {
    return new CampaignMembership(id, tenantId, version, member, history, convertedFrom);
  }
}
