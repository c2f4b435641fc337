package io.crmkit.marketing.campaign;

import io.crmkit.core.Aggregate;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.money.Money;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.store.EntityType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A marketing campaign (Salesforce semantics): name, type, optional parent (campaign hierarchy), status in
 * {@link CampaignLifecycle}, budget, actual cost and expected revenue in the campaign's currency, the member
 * statuses it offers, and its dates.
 *
 * <pre>{@code
 * Campaign c = Campaign.draft(ids.next(CampaignId::new), tenant, "Spring launch", CampaignType.EMAIL, Money.currency("EUR"))
 *     .withStartDate(LocalDate.parse("2026-04-01"))
 *     .withBudget(Money.of("5000", "EUR"))
 *     .fire(CampaignLifecycle.SCHEDULE);
 * CampaignMember m = c.addMember(RecordRef.parse("contact:42"), clock.instant());   // default status "Sent"
 * c = c.withMember(m);                                                              // held by the campaign
 * }</pre>
 *
 * <p>The campaign holds its members ({@link #members()}, one per contact or lead, each with a status the
 * campaign offers); {@link #MEMBER} makes them queryable, e.g. {@code eq(Campaign.MEMBER, "contact:42")} for
 * the campaigns of a contact.
 *
 * <p>Invariants: budget, actual cost and expected revenue share one currency and are not negative; the end
 * date is not before the start date; a campaign is not its own parent (cycles across a hierarchy are found
 * by {@link CampaignHierarchy}).
 */
public record Campaign(
    CampaignId id,
    TenantId tenantId,
    long version,
    String name,
    CampaignType type,
    Optional<CampaignId> parent,
    String status,
    Money budget,
    Money actualCost,
    Money expectedRevenue,
    MemberStatuses memberStatuses,
    Optional<LocalDate> startDate,
    Optional<LocalDate> endDate,
    List<CampaignMember> members)
    implements Aggregate<CampaignId> {

  /** The entity type name: {@code RecordRef.of(Campaign.TYPE_NAME, id)}. */
  public static final String TYPE_NAME = "campaign";

  public static final FieldRef<String> NAME = FieldRef.text("name");
  public static final FieldRef<String> STATUS = FieldRef.text("status");
  public static final FieldRef<String> CAMPAIGN_TYPE = FieldRef.text("type");
  public static final FieldRef<String> PARENT = FieldRef.text("parent");
  /** The members' record references ({@code contact:<id>}, {@code lead:<id>}), multi-valued; indexed. */
  public static final FieldRef<String> MEMBER = FieldRef.text("member");

  /** Describes campaigns to the stores. */
  public static final EntityType<Campaign, CampaignId> TYPE =
      EntityType.builder(TYPE_NAME, Campaign.class, CampaignId::new)
          .field(NAME, Campaign::name)
          .field(STATUS, Campaign::status)
          .field(CAMPAIGN_TYPE, c -> c.type().name())
          .optionalField(PARENT, c -> c.parent().map(CampaignId::value))
          .multiField(MEMBER, c -> c.members().stream().map(m -> m.member().toString()).toList())
          .index(STATUS, PARENT, MEMBER)
          .build();

  public Campaign {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    ValidationException.checkNotNegative(version, "version");
    Objects.requireNonNull(name, "name");
    name = name.strip();
    ValidationException.check(!name.isEmpty() && name.length() <= 255, "name", "must have 1 to 255 characters");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(status, "status");
    ValidationException.check(CampaignLifecycle.MACHINE.hasState(status), "status",
        "'" + status + "' is not a campaign status " + CampaignLifecycle.MACHINE.states());
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(actualCost, "actualCost");
    Objects.requireNonNull(expectedRevenue, "expectedRevenue");
    Objects.requireNonNull(memberStatuses, "memberStatuses");
    Objects.requireNonNull(startDate, "startDate");
    Objects.requireNonNull(endDate, "endDate");
    Currency currency = budget.currency();
    ValidationException.check(actualCost.currency().equals(currency), "actualCost",
        "must be in the campaign currency " + currency + " but was " + actualCost.currency());
    ValidationException.check(expectedRevenue.currency().equals(currency), "expectedRevenue",
        "must be in the campaign currency " + currency + " but was " + expectedRevenue.currency());
    ValidationException.check(!budget.isNegative(), "budget", "must not be negative");
    ValidationException.check(!actualCost.isNegative(), "actualCost", "must not be negative");
    ValidationException.check(!expectedRevenue.isNegative(), "expectedRevenue", "must not be negative");
    ValidationException.check(parent.map(p -> !p.equals(id)).orElse(true), "parent", "a campaign cannot be its own parent");
    if (startDate.isPresent() && endDate.isPresent()) {
      ValidationException.check(!endDate.get().isBefore(startDate.get()), "endDate", "must not be before startDate");
    }
    members = List.copyOf(members);
    Set<RecordRef> seen = new HashSet<>();
    for (int i = 0; i < members.size(); i++) {
      CampaignMember m = members.get(i);
      String field = "members[" + i + "]";
      ValidationException.check(m.campaign().equals(id), field, "belongs to campaign " + m.campaign() + ", not " + id);
      ValidationException.check(m.tenantId().equals(tenantId), field, "belongs to tenant " + m.tenantId() + ", not " + tenantId);
      ValidationException.check(seen.add(m.member()), field, m.member() + " is a member twice; a record is a member once");
      ValidationException.check(memberStatuses.find(m.status()).isPresent(), field,
          "has status '" + m.status() + "', which is not one of the campaign's " + memberStatuses.statuses());
    }
  }

  /** A new draft campaign with zero amounts in {@code currency} and the {@linkplain MemberStatuses#standard() standard} statuses. */
  public static Campaign draft(CampaignId id, TenantId tenantId, String name, CampaignType type, Currency currency) {
    Money zero = Money.zero(Objects.requireNonNull(currency, "currency"));
    return new Campaign(id, tenantId, 0, name, type, Optional.empty(), CampaignLifecycle.DRAFT, zero, zero, zero,
        MemberStatuses.standard(), Optional.empty(), Optional.empty(), List.of());
  }

  /** The campaign currency (that of the budget). */
  public Currency currency() {
    return budget.currency();
  }

  /**
   * This campaign after {@code event} in {@link CampaignLifecycle#MACHINE}.
   *
   * @throws io.crmkit.core.IllegalTransitionException with the status, the event and the reason when refused
   */
  public Campaign fire(String event) {
    String to = CampaignLifecycle.MACHINE.fireOrThrow(status, event, this).to();
    return new Campaign(id, tenantId, version, name, type, parent, to, budget, actualCost, expectedRevenue, memberStatuses, startDate, endDate, members);
  }

  /** A new member, added at {@code at}, with the default status (a response at {@code at} if that status counts as one). */
  public CampaignMember addMember(RecordRef member, Instant at) {
    Objects.requireNonNull(at, "at");
    MemberStatus d = memberStatuses.defaultStatus();
    return new CampaignMember(tenantId, id, member, d.label(), d.responded(), d.responded() ? Optional.of(at) : Optional.empty());
  }

  /**
   * {@code member} moved to the status labelled {@code label} at {@code at}; the first move into a responded
   * status records the response time, which later moves keep.
   *
   * @throws ValidationException if the status is not one of this campaign's or the member is of another campaign
   */
  public CampaignMember changeStatus(CampaignMember member, String label, Instant at) {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(at, "at");
    ValidationException.check(member.campaign().equals(id), "member.campaign", "belongs to campaign " + member.campaign() + ", not " + id);
    MemberStatus s = memberStatuses.find(label).orElseThrow(() -> new ValidationException(
        "status", "'" + label + "' is not a member status of campaign " + id + " " + memberStatuses.statuses()));
    Optional<Instant> responded = member.firstRespondedAt().isPresent() || !s.responded() ? member.firstRespondedAt() : Optional.of(at);
    return new CampaignMember(tenantId, id, member.member(), s.label(), s.responded(), responded);
  }

  /** The member record {@code member}, if it is one. */
  public Optional<CampaignMember> member(RecordRef member) {
    Objects.requireNonNull(member, "member");
    return members.stream().filter(m -> m.member().equals(member)).findFirst();
  }

  /**
   * This campaign with {@code member} added, or replacing the member of the same record (a status change);
   * members keep the order they were first added in.
   *
   * <p>{@code campaign = campaign.withMember(campaign.addMember(ref, at));}
   */
  public Campaign withMember(CampaignMember member) {
    Objects.requireNonNull(member, "member");
    List<CampaignMember> next = new ArrayList<>(members);
    int at = -1;
    for (int i = 0; i < next.size() && at < 0; i++) {
      if (next.get(i).member().equals(member.member())) {
        at = i;
      }
    }
    if (at >= 0) {
      next.set(at, member);
    } else {
      next.add(member);
    }
    return new Campaign(id, tenantId, version, name, type, parent, status, budget, actualCost, expectedRevenue, memberStatuses, startDate, endDate, next);
  }

  /** This campaign without the member record {@code member} (unchanged if it is none). */
  public Campaign withoutMember(RecordRef member) {
    Objects.requireNonNull(member, "member");
    List<CampaignMember> next = members.stream().filter(m -> !m.member().equals(member)).toList();
    return new Campaign(id, tenantId, version, name, type, parent, status, budget, actualCost, expectedRevenue, memberStatuses, startDate, endDate, next);
  }

  public Campaign withParent(CampaignId parent) {
    return new Campaign(id, tenantId, version, name, type, Optional.of(parent), status, budget, actualCost, expectedRevenue, memberStatuses, startDate, endDate, members);
  }

  public Campaign withBudget(Money budget) {
    return new Campaign(id, tenantId, version, name, type, parent, status, budget, actualCost, expectedRevenue, memberStatuses, startDate, endDate, members);
  }

  public Campaign withActualCost(Money actualCost) {
    return new Campaign(id, tenantId, version, name, type, parent, status, budget, actualCost, expectedRevenue, memberStatuses, startDate, endDate, members);
  }

  public Campaign withExpectedRevenue(Money expectedRevenue) {
    return new Campaign(id, tenantId, version, name, type, parent, status, budget, actualCost, expectedRevenue, memberStatuses, startDate, endDate, members);
  }

  public Campaign withMemberStatuses(MemberStatuses memberStatuses) {
    return new Campaign(id, tenantId, version, name, type, parent, status, budget, actualCost, expectedRevenue, memberStatuses, startDate, endDate, members);
  }

  public Campaign withStartDate(LocalDate startDate) {
    return new Campaign(id, tenantId, version, name, type, parent, status, budget, actualCost, expectedRevenue, memberStatuses, Optional.of(startDate), endDate, members);
  }

  public Campaign withEndDate(LocalDate endDate) {
    return new Campaign(id, tenantId, version, name, type, parent, status, budget, actualCost, expectedRevenue, memberStatuses, startDate, Optional.of(endDate), members);
  }

  @Override
  public Campaign withVersion(long version) {
    return new Campaign(id, tenantId, version, name, type, parent, status, budget, actualCost, expectedRevenue, memberStatuses, startDate, endDate, members);
  }
}
