package io.crmkit.sales.partner;

import io.crmkit.core.Owner;
import io.crmkit.core.ValidationException;
import io.crmkit.core.event.EventPublisher;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import io.crmkit.sales.assignment.AssignmentDecision;
import io.crmkit.sales.assignment.RecordAssigned;
import io.crmkit.sales.assignment.RoundRobin;
import io.crmkit.sales.assignment.RoundRobinPick;
import io.crmkit.sales.assignment.RoundRobinState;
import io.crmkit.sales.lead.Lead;
import io.crmkit.sales.lead.LeadLifecycle;
import io.crmkit.sales.lead.LeadReadOnlyException;
import io.crmkit.sales.lead.LeadId;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Hands leads to partners: the lead gets the partner's account in its {@code partner} field (so the partner's users
 * see it) and a partner user as owner, chosen by crm-sales' {@link RoundRobin} over the partner's users in list
 * order (absent users skipped). The round-robin pointer is a value the caller persists per partner, as everywhere
 * in crm-sales.
 *
 * <pre>{@code
 * LeadDistribution distribution = LeadDistribution.of(acme, clock, events::add);
 * PartnerLeadAssignment a = distribution.distribute(lead.id(), lead.version(), globex.id(), savedState, u -> true);
 * save(a.state());                               // the next turn continues after a.lead().owner()
 * }</pre>
 */
public final class LeadDistribution {
  private final TenantStore store;
  private final Clock clock;
  private final EventPublisher events;
  private final Repository<Lead, LeadId> leads;
  private final Repository<Partner, PartnerId> partners;

  private LeadDistribution(TenantStore store, Clock clock, EventPublisher events) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.events = Objects.requireNonNull(events, "events");
    this.leads = store.repository(Lead.TYPE);
    this.partners = store.repository(Partner.TYPE);
  }

  /** Distribution in {@code store}'s tenant; {@link RecordAssigned} events go to {@code events}. */
  public static LeadDistribution of(TenantStore store, Clock clock, EventPublisher events) {
    return new LeadDistribution(store, clock, events);
  }

  /** The round robin over {@code partner}'s users, named {@code partner:<id>}. */
  public static RoundRobin roundRobin(Partner partner) {
    Objects.requireNonNull(partner, "partner");
    ValidationException.check(!partner.users().isEmpty(), "partner", "partner " + partner.id() + " has no users to hand leads to");
    return RoundRobin.of(partner.tenantId(), "partner:" + partner.id().value(),
        partner.users().stream().map(PartnerUser::userId).toList());
  }

  /** The pointer before {@code partner}'s first lead. */
  public static RoundRobinState initialState(Partner partner) {
    return roundRobin(partner).initialState();
  }

  /**
   * Gives the lead to the active partner {@code partnerId} and to its next present user in turn.
   *
   * @throws ValidationException if the partner is not active or none of its users is present
   * @throws LeadReadOnlyException if the lead was converted
   * @throws io.crmkit.core.ConcurrencyConflictException if {@code expectedVersion} is stale
   */
  public PartnerLeadAssignment distribute(
      LeadId leadId, long expectedVersion, PartnerId partnerId, RoundRobinState state, Predicate<String> present) {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(present, "present");
    Lead lead = Stored.at(leads, leadId, expectedVersion);
    if (lead.isConverted()) {
      throw new LeadReadOnlyException(lead.id(), lead.conversion().orElseThrow(), "hand it to a partner");
    }
    ValidationException.check(!lead.status().equals(LeadLifecycle.DISQUALIFIED), "lead",
        "lead " + leadId + " is disqualified; reopen it before handing it to a partner");
    Partner partner = partners.get(partnerId);
    ValidationException.check(partner.isActive(), "partner",
        "partner " + partnerId + " is " + partner.status() + "; only active partners receive leads");
    RoundRobinPick pick = roundRobin(partner).next(state, present);
    AssignmentDecision decision = pick.decision();
    Owner owner = decision.assignee().orElseThrow(() -> new ValidationException(
        "present", "none of partner " + partnerId + "'s users is present to take lead " + leadId)).toOwner();
    Instant now = clock.instant();
    Lead saved = leads.update(lead.toBuilder().partner(partner.account()).owner(owner)
        .updatedAt(now.isAfter(lead.updatedAt()) ? now : lead.updatedAt()).build());
    RecordAssigned assigned = RecordAssigned.of(saved.tenantId(), saved.ref(), decision, clock);
    events.publish(assigned);
    return new PartnerLeadAssignment(saved, partner, decision, pick.state(), assigned);
  }

  /**
   * Gives the lead to the first of the active partners covering {@code territories} ({@link
   * PartnerProgram#candidates}: highest tier first), with the round-robin state {@code states} holds for it.
   *
   * @throws ValidationException if no active partner covers those territories
   */
  public PartnerLeadAssignment distributeByTerritory(
      LeadId leadId, long expectedVersion, Collection<String> territories, Function<Partner, RoundRobinState> states,
      Predicate<String> present) {
    Objects.requireNonNull(states, "states");
    Partner chosen = PartnerProgram.of(store, clock, events).candidates(territories).stream().findFirst()
        .orElseThrow(() -> new ValidationException("territories", "no active partner covers " + territories));
    return distribute(leadId, expectedVersion, chosen.id(), states.apply(chosen), present);
  }

  /**
   * Takes a lead back from its partner: no partner any more, owned by {@code owner} (an internal user or queue).
   *
   * @throws ValidationException if the lead has no partner
   * @throws LeadReadOnlyException if the lead was converted
   */
  public Lead recall(LeadId leadId, long expectedVersion, Owner owner) {
    Objects.requireNonNull(owner, "owner");
    Lead lead = Stored.at(leads, leadId, expectedVersion);
    if (lead.isConverted()) {
      throw new LeadReadOnlyException(lead.id(), lead.conversion().orElseThrow(), "take it back from its partner");
    }
    ValidationException.check(lead.partner().isPresent(), "lead", "lead " + leadId + " is not with a partner");
    Instant now = clock.instant();
    return leads.update(lead.toBuilder().noPartner().owner(owner)
        .updatedAt(now.isAfter(lead.updatedAt()) ? now : lead.updatedAt()).build());
  }
}
