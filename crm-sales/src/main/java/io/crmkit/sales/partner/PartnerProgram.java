package io.crmkit.sales.partner;

import io.crmkit.core.EntityId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.event.EventPublisher;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.statemachine.Decision;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The partner programme of one tenant: enrols accounts as {@link Partner}s, moves them through {@link
 * PartnerLifecycle#MACHINE}, manages their partner users, and answers which partner a user or an account is — the
 * directory a sharing policy reads to give partner users their partner's records.
 *
 * <pre>{@code
 * PartnerProgram program = PartnerProgram.of(acme, clock, events::add);
 * Partner globex = program.enrol(Partner.enrol(ids.next(PartnerId::new), tenant, account.id(), "Globex",
 *     PartnerType.RESELLER, PartnerTier.GOLD, clock.instant()).withUser(PartnerUser.of("p-1", PartnerRole.EXECUTIVE)));
 * globex = program.changeStatus(globex.id(), globex.version(), PartnerLifecycle.ACTIVATE, "channel-1").partner();
 * }</pre>
 *
 * <p>Rules: the partner account must exist in the tenant and be enrolled once; a user belongs to at most one
 * partner; a terminated partner's users cannot change. Every write names the version the caller read.
 */
public final class PartnerProgram {
  private final TenantStore store;
  private final Clock clock;
  private final EventPublisher events;
  private final Repository<Partner, PartnerId> partners;

  private PartnerProgram(TenantStore store, Clock clock, EventPublisher events) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.events = Objects.requireNonNull(events, "events");
    this.partners = store.repository(Partner.TYPE);
  }

  /** The programme of {@code store}'s tenant; status changes are published to {@code events}. */
  public static PartnerProgram of(TenantStore store, Clock clock, EventPublisher events) {
    return new PartnerProgram(store, clock, events);
  }

  /**
   * Stores a new partner (version 0, as made by {@link Partner#enrol}) and returns it at version 1.
   *
   * @throws io.crmkit.core.NotFoundException if its account does not exist in this tenant
   * @throws ValidationException if it belongs to another tenant, its account is already a partner, or one of its
   *     users already belongs to another partner
   */
  public Partner enrol(Partner draft) {
    Objects.requireNonNull(draft, "draft");
    ValidationException.check(draft.tenantId().equals(store.tenantId()), "tenantId",
        "the partner belongs to " + draft.tenantId() + ", not " + store.tenantId());
    return store.transactions().inTransaction(() -> {
      store.repository(Account.TYPE).get(draft.account());
      partnerOfAccount(draft.account()).ifPresent(other -> {
        throw new ValidationException("account", "account " + draft.account() + " is already enrolled as partner " + other.id());
      });
      draft.users().forEach(u -> requireFree(u.userId(), draft.id()));
      return partners.insert(draft);
    });
  }

  /**
   * Fires {@code event} of {@link PartnerLifecycle#MACHINE} on the partner and stores the new status.
   *
   * @throws io.crmkit.core.IllegalTransitionException with the reason, if the machine refuses (e.g. activating a
   *     partner without users, or any event on a terminated one)
   * @throws io.crmkit.core.ConcurrencyConflictException if {@code expectedVersion} is stale
   */
  public StatusChange changeStatus(PartnerId id, long expectedVersion, String event, String actor) {
    Objects.requireNonNull(event, "event");
    EntityId.checked(actor, "actor");
    Partner stored = Stored.at(partners, id, expectedVersion);
    Decision.Accepted decision = PartnerLifecycle.MACHINE.fireOrThrow(stored.status(), event, stored);
    Instant now = clock.instant();
    Partner saved = partners.update(stored.withStatusChange(decision, now));
    PartnerStatusChanged changed = new PartnerStatusChanged(
        saved.tenantId(), saved.id(), saved.account(), decision.from(), decision.to(), event, actor, now);
    events.publish(changed);
    return new StatusChange(saved, changed);
  }

  /**
   * Adds {@code user} to the partner, or changes their role.
   *
   * @throws ValidationException if the partner is terminated or the user belongs to another partner
   */
  public Partner addUser(PartnerId id, long expectedVersion, PartnerUser user) {
    Objects.requireNonNull(user, "user");
    return store.transactions().inTransaction(() -> {
      Partner stored = changeable(id, expectedVersion);
      requireFree(user.userId(), id);
      return partners.update(stored.withUser(user).withUpdatedAt(clock.instant()));
    });
  }

  /**
   * Removes the user {@code userId} from the partner; records they own stay theirs until reassigned.
   *
   * @throws ValidationException if the partner is terminated, the user is not one of its users, or they are its
   *     last user while it is active
   */
  public Partner removeUser(PartnerId id, long expectedVersion, String userId) {
    Partner stored = changeable(id, expectedVersion);
    ValidationException.check(stored.user(userId).isPresent(), "userId", "'" + userId + "' is not a user of partner " + id);
    ValidationException.check(!(stored.isActive() && stored.users().size() == 1), "userId",
        "'" + userId + "' is the last user of active partner " + id + "; suspend or terminate it first");
    return partners.update(stored.withoutUser(userId).withUpdatedAt(clock.instant()));
  }

  /** The partner user {@code userId} belongs to, if any. */
  public Optional<Partner> partnerOfUser(String userId) {
    EntityId.checked(userId, "userId");
    return partners.query(Criteria.eq(Partner.USER_ID, userId)).stream().findFirst();
  }

  /** The partner whose account is {@code account}, if it is enrolled. */
  public Optional<Partner> partnerOfAccount(AccountId account) {
    Objects.requireNonNull(account, "account");
    return partners.query(Criteria.eq(Partner.ACCOUNT, account.value())).stream().findFirst();
  }

  /**
   * The active partners covering at least one of {@code territories}, highest tier first, then by name and id: the
   * candidates to receive a lead from those territories.
   */
  public List<Partner> candidates(Collection<String> territories) {
    Objects.requireNonNull(territories, "territories");
    if (territories.isEmpty()) {
      return List.of();
    }
    return partners.query(Criteria.and(
            Criteria.eq(Partner.STATUS, PartnerLifecycle.ACTIVE), Criteria.in(Partner.TERRITORY, territories)))
        .stream()
        .sorted(Comparator.comparing(Partner::tier).reversed().thenComparing(Partner::name).thenComparing(p -> p.id().value()))
        .toList();
  }

  private Partner changeable(PartnerId id, long expectedVersion) {
    Partner stored = Stored.at(partners, id, expectedVersion);
    ValidationException.check(!PartnerLifecycle.MACHINE.isTerminal(stored.status()), "partner",
        "partner " + id + " is " + stored.status() + "; its users can no longer change");
    return stored;
  }

  private void requireFree(String userId, PartnerId self) {
    partnerOfUser(userId).filter(p -> !p.id().equals(self)).ifPresent(p -> {
      throw new ValidationException("users", "user '" + userId + "' already belongs to partner " + p.id());
    });
  }

  /** A stored status change: the partner at its new version and the event published. */
  public record StatusChange(Partner partner, PartnerStatusChanged event) {
    public StatusChange {
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(event, "event");
    }
  }
}
