package io.crmkit.examples.integration;

import io.crmkit.core.IdGenerator;
import io.crmkit.core.RecordRef;
import io.crmkit.core.ValidationException;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import io.crmkit.marketing.campaign.Campaign;
import io.crmkit.marketing.campaign.CampaignId;
import io.crmkit.marketing.campaign.CampaignMember;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Campaign memberships kept in a tenant store: adds parties to campaigns, moves their statuses (checked against
 * the campaign's member statuses, the history growing), and finds them by party or campaign. At most one
 * membership per campaign and party.
 *
 * <pre>{@code
 * CampaignMemberships members = CampaignMemberships.of(store, clock, ids);
 * CampaignMembership m = members.add(webinar, lead.ref(), "registered on the web form");
 * m = members.changeStatus(webinar, lead.ref(), "Responded", "attended the webinar");
 * }</pre>
 */
public final class CampaignMemberships {
  private final TenantStore store;
  private final Clock clock;
  private final IdGenerator ids;

  private CampaignMemberships(TenantStore store, Clock clock, IdGenerator ids) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
  }

  /** Memberships in {@code store}, timed by {@code clock}, with ids from {@code ids}. */
  public static CampaignMemberships of(TenantStore store, Clock clock, IdGenerator ids) {
    return new CampaignMemberships(store, clock, ids);
  }

  /**
   * Adds {@code party} (a contact or a lead) to {@code campaign} with the campaign's default status.
   *
   * @throws ValidationException if the campaign is another tenant's or the party is already a member
   */
  public CampaignMembership add(Campaign campaign, RecordRef party, String reason) {
    Objects.requireNonNull(campaign, "campaign");
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(reason, "reason");
    ValidationException.check(campaign.tenantId().equals(store.tenantId()), "campaign",
        "belongs to tenant " + campaign.tenantId() + ", not " + store.tenantId());
    ValidationException.check(find(campaign.id(), party).isEmpty(), "party", party + " is already a member of campaign " + campaign.id());
    CampaignMember member = campaign.addMember(party, clock.instant());
    return repository().insert(new CampaignMembership(ids.next(CampaignMembership.Id::new), store.tenantId(), 0, member,
        List.of(new CampaignMembership.StatusChange(member.status(), clock.instant(), reason)), Optional.empty()));
  }

  /**
   * Moves {@code party}'s membership of {@code campaign} to the status labelled {@code label}.
   *
   * @throws ValidationException if the party is not a member or the label is not one of the campaign's statuses
   */
  public CampaignMembership changeStatus(Campaign campaign, RecordRef party, String label, String reason) {
    Objects.requireNonNull(reason, "reason");
    CampaignMembership current = find(campaign.id(), party).orElseThrow(() -> new ValidationException(
        "party", party + " is not a member of campaign " + campaign.id()));
    CampaignMember moved = campaign.changeStatus(current.member(), label, clock.instant());
    return repository().update(current.moved(moved, new CampaignMembership.StatusChange(moved.status(), clock.instant(), reason)));
  }

  /** {@code party}'s membership of {@code campaign}, if it is a member. */
  public Optional<CampaignMembership> find(CampaignId campaign, RecordRef party) {
    return of(party).stream().filter(m -> m.campaign().equals(campaign)).findFirst();
  }

  /** Every membership of {@code party}, by campaign id. */
  public List<CampaignMembership> of(RecordRef party) {
    return of(store, party);
  }

  /** Every member of {@code campaign}, by party. */
  public List<CampaignMembership> members(CampaignId campaign) {
    return repository().query(Criteria.eq(CampaignMembership.CAMPAIGN, campaign.value())).stream()
        .sorted(Comparator.comparing(m -> m.party().toString())).toList();
  }

  /**
   * The members of {@code campaign} to count in its results ({@code CampaignResults.of}): a converted lead's
   * membership lives on in its contact's, so the lead's own is left out and nobody is counted twice.
   */
  public List<CampaignMember> countable(CampaignId campaign) {
    List<CampaignMembership> all = members(campaign);
    java.util.Set<RecordRef> carriedOver = new java.util.HashSet<>();
    all.forEach(m -> m.convertedFrom().ifPresent(carriedOver::add));
    return all.stream().filter(m -> !carriedOver.contains(m.party())).map(CampaignMembership::member).toList();
  }

  static List<CampaignMembership> of(TenantStore store, RecordRef party) {
    return store.repository(CampaignMembership.TYPE).query(Criteria.eq(CampaignMembership.MEMBER, party.toString())).stream()
        .sorted(Comparator.comparing(m -> m.campaign().value())).toList();
  }

  private Repository<CampaignMembership, CampaignMembership.Id> repository() {
    return store.repository(CampaignMembership.TYPE);
  }
}
