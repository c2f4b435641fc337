package io.crmkit.sales.partner;

import static io.crmkit.sales.partner.DealRegistrationLifecycle.APPROVE;
import static io.crmkit.sales.partner.DealRegistrationLifecycle.CONVERT;
import static io.crmkit.sales.partner.DealRegistrationLifecycle.EXPIRE;
import static io.crmkit.sales.partner.DealRegistrationLifecycle.REJECT;
import static io.crmkit.sales.partner.DealRegistrationLifecycle.SUBMIT;
import static io.crmkit.sales.partner.DealRegistrationLifecycle.WITHDRAW;

import io.crmkit.core.EntityId;
import io.crmkit.core.IdGenerator;
import io.crmkit.core.IllegalTransitionException;
import io.crmkit.core.ValidationException;
import io.crmkit.core.event.EventPublisher;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountFields;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.RelationshipType;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.statemachine.Decision;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import io.crmkit.sales.opportunity.Opportunity;
import io.crmkit.sales.opportunity.OpportunityFields;
import io.crmkit.sales.opportunity.OpportunityId;
import io.crmkit.sales.opportunity.OpportunityStages;
import io.crmkit.sales.opportunity.OpportunityStatus;
import io.crmkit.sales.pipeline.Pipeline;
import io.crmkit.sales.pipeline.PipelineCatalog;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Deal registration for one tenant: partner users register and submit deals, internal users approve or reject them,
 * approved ones are converted into opportunities or expire. Every change fires {@link
 * DealRegistrationLifecycle#MACHINE}, names the version the caller read, and returns and publishes a {@link
 * DealRegistrationEvent}.
 *
 * <pre>{@code
 * DealRegistrations registrations = DealRegistrations.builder(acme, clock, PipelineCatalog.standard(tenant))
 *     .ids(ids).events(events::add).validity(Period.ofDays(90)).build();
 * DealRegistration draft = registrations.register(DealRegistration.draft(...));
 * RegistrationChange submitted = registrations.submit(draft.id(), draft.version(), "p-1");  // conflicts reported
 * RegistrationChange approved = registrations.approve(draft.id(), submitted.registration().version(), "channel-1");
 * ConvertedDeal deal = registrations.convert(draft.id(), approved.registration().version(),
 *     DealConversion.by("channel-1", Owner.user("u-1")));
 * }</pre>
 *
 * <p>Conflicts: on submit and again on approval, the other active registrations (submitted, or approved and not
 * expired) whose customer has the same account, domain or name key, and the open opportunities on the customer's
 * accounts (the given account, accounts with the customer's domain or exactly its name), are reported with the
 * records and what matched. An approved registration of the same customer blocks approval (its partner holds the
 * deal until it expires); the others are for the approver to weigh. Conversion runs in one transaction: the
 * customer's account (found as above, or created as a prospect), the opportunity on the pipeline with the
 * partner's account in its {@code partner} field, and the registration marked converted with the opportunity's
 * id — all of it or, on any failure, none. Dates (close date, expiry) are read in the programme's zone.
 */
public final class DealRegistrations {
  private final TenantStore store;
  private final Clock clock;
  private final PipelineCatalog catalog;
  private final IdGenerator ids;
  private final EventPublisher events;
  private final Period validity;
  private final ZoneId zone;
  private final Repository<DealRegistration, DealRegistrationId> registrations;
  private final Repository<Partner, PartnerId> partners;

  private DealRegistrations(Builder b) {
    this.store = b.store;
    this.clock = b.clock;
    this.catalog = b.catalog;
    this.ids = b.ids != null ? b.ids : IdGenerator.uuidV7(b.clock);
    this.events = b.events;
    this.validity = b.validity;
    this.zone = b.zone != null ? b.zone : b.clock.getZone();
    this.registrations = store.repository(DealRegistration.TYPE);
    this.partners = store.repository(Partner.TYPE);
  }

  /** Deal registration in {@code store}'s tenant, converting onto {@code catalog}'s pipelines. */
  public static Builder builder(TenantStore store, Clock clock, PipelineCatalog catalog) {
    return new Builder(store, clock, catalog);
  }

  /** Today in the programme's zone. */
  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), zone);
  }

  /**
   * Stores a new draft (version 0, as made by {@link DealRegistration#draft}) and returns it at version 1.
   *
   * @throws io.crmkit.core.NotFoundException if its partner does not exist
   * @throws ValidationException if it is not a draft of this tenant, the partner is not active, the partner's account
   *     differs from the registration's {@code partner}, or {@code registeredBy} is not one of the partner's users
   */
  public DealRegistration register(DealRegistration draft) {
    Objects.requireNonNull(draft, "draft");
    ValidationException.check(draft.tenantId().equals(store.tenantId()), "tenantId",
        "the registration belongs to " + draft.tenantId() + ", not " + store.tenantId());
    ValidationException.check(draft.status().equals(DealRegistrationLifecycle.DRAFT), "status",
        "a new registration starts as a draft, not '" + draft.status() + "'");
    Partner partner = activePartnerOf(draft);
    requirePartnerUser(partner, draft.registeredBy(), "registeredBy");
    return registrations.insert(draft);
  }

  /**
   * Stores the partner's changes to a draft (customer, contact, products, amount, close date, description).
   *
   * @throws ValidationException if the stored registration is no longer a draft, or the change touches the partner,
   *     the registering user, the status or the decision
   * @throws io.crmkit.core.ConcurrencyConflictException if {@code changed.version()} is stale
   */
  public DealRegistration update(DealRegistration changed) {
    Objects.requireNonNull(changed, "changed");
    DealRegistration stored = Stored.at(registrations, changed.id(), changed.version());
    ValidationException.check(stored.status().equals(DealRegistrationLifecycle.DRAFT), "status",
        "registration " + stored.id() + " is " + stored.status() + "; only drafts can be edited");
    ValidationException.check(changed.partnerId().equals(stored.partnerId()) && changed.partner().equals(stored.partner())
            && changed.registeredBy().equals(stored.registeredBy()), "partner",
        "the partner and the registering user of a registration never change");
    ValidationException.check(changed.statusHistory().equals(stored.statusHistory()) && changed.conflicts().equals(stored.conflicts()),
        "status", "status and conflicts change only through submit, approve, reject, withdraw, convert and expire");
    return registrations.update(changed.withUpdatedAt(clock.instant()));
  }

  /**
   * Submits a draft for approval; {@code by} is a user of the registering partner. The conflicts found are stored
   * on the registration and reported in the {@link DealRegistered} event.
   *
   * @throws IllegalTransitionException if a required field is missing (every missing one named) or it is not a draft
   */
  public RegistrationChange submit(DealRegistrationId id, long expectedVersion, String by) {
    DealRegistration stored = Stored.at(registrations, id, expectedVersion);
    requirePartnerUser(activePartnerOf(stored), by, "by");
    Decision.Accepted decision = fire(stored, SUBMIT, Optional.empty());
    List<RegistrationConflict> found = conflicts(stored);
    Instant now = clock.instant();
    DealRegistration saved = registrations.update(
        stored.decided(decision, now, found, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
    return publish(saved, new DealRegistered(saved.tenantId(), saved.id(), saved.partner(), by, saved.customer().name(), found, now));
  }

  /**
   * Approves a submitted registration: it protects the customer for the programme's validity period from today.
   *
   * @throws IllegalTransitionException if it is not submitted, its close date passed, or another approved, unexpired
   *     registration holds the same customer (the reason names it)
   */
  public RegistrationChange approve(DealRegistrationId id, long expectedVersion, String approver) {
    EntityId.checked(approver, "approver");
    DealRegistration stored = Stored.at(registrations, id, expectedVersion);
    Decision.Accepted decision = fire(stored, APPROVE, Optional.empty());
    List<RegistrationConflict> found = conflicts(stored);
    List<String> blocking = found.stream().filter(RegistrationConflict::blocksApproval).map(RegistrationConflict::reason).toList();
    if (!blocking.isEmpty()) {
      throw new IllegalTransitionException(stored.status(), APPROVE, "the customer is protected by " + String.join("; ", blocking));
    }
    Instant now = clock.instant();
    LocalDate expires = today().plus(validity);
    DealRegistration saved = registrations.update(stored.decided(
        decision, now, stored.conflicts(), Optional.of(approver), Optional.empty(), Optional.of(expires), Optional.empty()));
    return publish(saved, new DealApproved(saved.tenantId(), saved.id(), saved.partner(), approver, expires, found, now));
  }

  /**
   * Rejects a submitted registration with {@code reason}, which the partner sees.
   *
   * @throws IllegalTransitionException if it is not submitted or the reason is blank
   */
  public RegistrationChange reject(DealRegistrationId id, long expectedVersion, String approver, String reason) {
    EntityId.checked(approver, "approver");
    Objects.requireNonNull(reason, "reason");
    DealRegistration stored = Stored.at(registrations, id, expectedVersion);
    Decision.Accepted decision = fire(stored, REJECT, Optional.of(reason));
    Instant now = clock.instant();
    DealRegistration saved = registrations.update(stored.decided(
        decision, now, stored.conflicts(), Optional.of(approver), Optional.of(reason), Optional.empty(), Optional.empty()));
    return publish(saved, new DealRejected(saved.tenantId(), saved.id(), saved.partner(), approver, saved.decisionReason().orElseThrow(), now));
  }

  /**
   * The partner withdraws its submitted registration; {@code by} is one of its users.
   *
   * @throws IllegalTransitionException if it is not submitted
   */
  public RegistrationChange withdraw(DealRegistrationId id, long expectedVersion, String by) {
    DealRegistration stored = Stored.at(registrations, id, expectedVersion);
    requirePartnerUser(partners.get(stored.partnerId()), by, "by");
    Decision.Accepted decision = fire(stored, WITHDRAW, Optional.empty());
    Instant now = clock.instant();
    DealRegistration saved = registrations.update(stored.decided(
        decision, now, stored.conflicts(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
    return publish(saved, new DealWithdrawn(saved.tenantId(), saved.id(), saved.partner(), by, now));
  }

  /**
   * Marks an approved registration whose expiry date has passed as expired.
   *
   * @throws IllegalTransitionException if it is not approved or not yet expired
   */
  public RegistrationChange expire(DealRegistrationId id, long expectedVersion) {
    DealRegistration stored = Stored.at(registrations, id, expectedVersion);
    Decision.Accepted decision = fire(stored, EXPIRE, Optional.empty());
    Instant now = clock.instant();
    DealRegistration saved = registrations.update(stored.decided(
        decision, now, stored.conflicts(), stored.decidedBy(), Optional.empty(), stored.expiresOn(), Optional.empty()));
    return publish(saved, new DealExpired(saved.tenantId(), saved.id(), saved.partner(), saved.expiresOn().orElseThrow(), now));
  }

  /** Expires every approved registration whose expiry date is before today, e.g. from a daily job; the changes made. */
  public List<RegistrationChange> expireDue() {
    List<DealRegistration> due = registrations.query(Criteria.and(
        Criteria.eq(DealRegistration.STATUS, DealRegistrationLifecycle.APPROVED),
        Criteria.lessThan(DealRegistration.EXPIRES_ON, today())));
    List<RegistrationChange> out = new ArrayList<>();
    for (DealRegistration r : due) {
      out.add(expire(r.id(), r.version()));
    }
    return out;
  }

  /**
   * Converts an approved, unexpired registration into an open opportunity in one transaction (see the class
   * comment); the event is published once it committed.
   *
   * @throws IllegalTransitionException if it is not approved or its approval expired
   * @throws io.crmkit.core.NotFoundException if the customer's given account does not exist
   * @throws ValidationException if the pipeline is unknown
   */
  public ConvertedDeal convert(DealRegistrationId id, long expectedVersion, DealConversion request) {
    Objects.requireNonNull(request, "request");
    ConvertedDeal done = store.transactions().inTransaction(() -> {
      DealRegistration stored = Stored.at(registrations, id, expectedVersion);
      Decision.Accepted decision = fire(stored, CONVERT, Optional.empty());
      Pipeline pipeline = request.pipeline().map(catalog::require)
          .or(() -> catalog.forRecordType(Partner.TYPE_NAME))
          .orElseGet(() -> catalog.pipelines().get(0));
      Instant now = clock.instant();
      stored.customer().account().ifPresent(a -> store.repository(Account.TYPE).get(a));
      Optional<Account> existing = customerAccounts(stored.customer()).values().stream().findFirst();
      Account account = existing.orElseGet(() -> store.repository(Account.TYPE).insert(newAccount(stored, request, now)));
      Opportunity.Builder deal = Opportunity.builder(ids.next(OpportunityId::new), store.tenantId())
          .name(request.opportunityName().orElse(stored.customer().name() + " – partner deal"))
          .account(account.id())
          .owner(request.owner())
          .partner(stored.partner())
          .amount(stored.estimatedAmount())
          .closeDate(stored.closeDate())
          .startIn(pipeline, now);
      stored.description().ifPresent(d -> deal.nextStep(firstLine(d)));
      Opportunity opened = OpportunityStages.of(store, catalog, clock, EventPublisher.discarding()).open(deal.build());
      DealRegistration saved = registrations.update(stored.decided(decision, now, stored.conflicts(), stored.decidedBy(),
          Optional.empty(), stored.expiresOn(), Optional.of(opened.id())));
      DealConverted event = new DealConverted(saved.tenantId(), saved.id(), saved.partner(), opened.id(), account.id(),
          existing.isEmpty(), request.convertedBy(), now);
      return new ConvertedDeal(saved, opened, account, event);
    });
    events.publish(done.event());
    return done;
  }

  /**
   * The records competing with {@code registration} for its customer, as of today: other active registrations
   * matching on account, domain or name key, and open opportunities on the customer's accounts. Empty when none.
   */
  public List<RegistrationConflict> conflicts(DealRegistration registration) {
    Objects.requireNonNull(registration, "registration");
    DealCustomer customer = registration.customer();
    List<Criteria> same = new ArrayList<>();
    same.add(Criteria.eq(DealRegistration.CUSTOMER_KEY, customer.nameKey()));
    customer.domain().ifPresent(d -> same.add(Criteria.eq(DealRegistration.CUSTOMER_DOMAIN, d)));
    customer.account().ifPresent(a -> same.add(Criteria.eq(DealRegistration.CUSTOMER_ACCOUNT, a.value())));
    LocalDate today = today();
    List<RegistrationConflict> out = new ArrayList<>();
    for (DealRegistration other : registrations.query(Criteria.and(
        Criteria.in(DealRegistration.STATUS, DealRegistrationLifecycle.ACTIVE), Criteria.or(same)))) {
      if (other.id().equals(registration.id()) || !other.isActiveOn(today)) {
        continue;
      }
      boolean approved = other.status().equals(DealRegistrationLifecycle.APPROVED);
      out.add(new RegistrationConflict(
          approved ? RegistrationConflict.Kind.APPROVED_REGISTRATION : RegistrationConflict.Kind.SUBMITTED_REGISTRATION,
          other.ref(),
          "registration " + other.id() + " by partner " + other.partnerId() + " for the same " + sameCustomer(customer, other.customer())
              + (approved ? ", approved until " + other.expiresOn().orElseThrow() : ", submitted")));
    }
    Map<AccountId, String> accounts = new LinkedHashMap<>();
    customerAccounts(customer).forEach((why, account) -> accounts.putIfAbsent(account.id(), why));
    if (!accounts.isEmpty()) {
      List<String> accountIds = accounts.keySet().stream().map(AccountId::value).toList();
      for (Opportunity o : store.repository(Opportunity.TYPE).query(Criteria.and(
          Criteria.in(OpportunityFields.ACCOUNT_ID, accountIds), Criteria.eq(OpportunityFields.STATUS, OpportunityStatus.OPEN.name())))) {
        out.add(new RegistrationConflict(RegistrationConflict.Kind.OPEN_OPPORTUNITY, o.ref(),
            "open opportunity " + o.id() + " on account " + o.account() + " (" + accounts.get(o.account()) + ")"
                + o.partner().map(p -> ", with partner " + p).orElse(", direct")));
      }
    }
    return List.copyOf(out);
  }

  /** The customer's accounts in this tenant, each with what matched, best match first: account id, domain, exact name. */
  private Map<String, Account> customerAccounts(DealCustomer customer) {
    Repository<Account, AccountId> accounts = store.repository(Account.TYPE);
    Map<String, Account> found = new LinkedHashMap<>();
    Set<AccountId> seen = new LinkedHashSet<>();
    customer.account().flatMap(accounts::find).ifPresent(account -> {
      seen.add(account.id());
      found.put("the given account " + account.id(), account);
    });
    customer.domain().ifPresent(d -> accounts.query(Criteria.eq(AccountFields.DOMAIN, d)).forEach(a -> {
      if (seen.add(a.id())) {
        found.put("domain " + d + " of account " + a.id(), a);
      }
    }));
    accounts.query(Criteria.eq(AccountFields.NAME, customer.name())).forEach(a -> {
      if (seen.add(a.id())) {
        found.put("name '" + customer.name() + "' of account " + a.id(), a);
      }
    });
    return found;
  }

  private static String sameCustomer(DealCustomer mine, DealCustomer theirs) {
    if (mine.account().isPresent() && mine.account().equals(theirs.account())) {
      return "account " + mine.account().get();
    }
    if (mine.domain().isPresent() && mine.domain().equals(theirs.domain())) {
      return "domain " + mine.domain().get();
    }
    return "customer name '" + theirs.name() + "'";
  }

  private Account newAccount(DealRegistration registration, DealConversion request, Instant now) {
    Account.Builder b = Account.builder(ids.next(AccountId::new), store.tenantId())
        .name(registration.customer().name())
        .owner(request.owner())
        .relationshipType(RelationshipType.PROSPECT)
        .createdAt(now)
        .updatedAt(now);
    registration.customer().domain().ifPresent(b::domain);
    return b.build();
  }

  private static String firstLine(String text) {
    String line = text.lines().findFirst().orElse(text).strip();
    return line.length() > Opportunity.MAX_TEXT ? line.substring(0, Opportunity.MAX_TEXT) : line;
  }

  private Decision.Accepted fire(DealRegistration registration, String event, Optional<String> reason) {
    return DealRegistrationLifecycle.MACHINE.fireOrThrow(
        registration.status(), event, new RegistrationFacts(registration, today(), reason));
  }

  private Partner activePartnerOf(DealRegistration registration) {
    Partner partner = partners.get(registration.partnerId());
    ValidationException.check(partner.account().equals(registration.partner()), "partner",
        "registration names partner account " + registration.partner() + " but partner " + partner.id() + " is account " + partner.account());
    ValidationException.check(partner.isActive(), "partner",
        "partner " + partner.id() + " is " + partner.status() + "; only active partners register deals");
    return partner;
  }

  private static void requirePartnerUser(Partner partner, String userId, String field) {
    EntityId.checked(userId, field);
    ValidationException.check(partner.user(userId).isPresent(), field,
        "'" + userId + "' is not a user of partner " + partner.id() + " (" + partner.name() + ")");
  }

  private RegistrationChange publish(DealRegistration saved, DealRegistrationEvent event) {
    events.publish(event);
    return new RegistrationChange(saved, event);
  }

  /** Configures {@link DealRegistrations}; defaults: UUIDv7 ids from the clock, no listener, 90 days, the clock's zone. */
  public static final class Builder {
    private final TenantStore store;
    private final Clock clock;
    private final PipelineCatalog catalog;
    private @Nullable IdGenerator ids;
    private EventPublisher events = EventPublisher.discarding();
    private Period validity = Period.ofDays(90);
    private @Nullable ZoneId zone;

    private Builder(TenantStore store, Clock clock, PipelineCatalog catalog) {
      this.store = Objects.requireNonNull(store, "store");
      this.clock = Objects.requireNonNull(clock, "clock");
      this.catalog = Objects.requireNonNull(catalog, "catalog");
      ValidationException.check(catalog.tenantId().equals(store.tenantId()), "catalog",
          "belongs to tenant " + catalog.tenantId() + ", not " + store.tenantId());
    }

    /** Where the ids of created opportunities and accounts come from. */
    public Builder ids(IdGenerator value) {
      this.ids = Objects.requireNonNull(value, "ids");
      return this;
    }

    public Builder events(EventPublisher value) {
      this.events = Objects.requireNonNull(value, "events");
      return this;
    }

    /** How long an approval protects the deal, counted in days from the approval date. */
    public Builder validity(Period value) {
      Objects.requireNonNull(value, "validity");
      ValidationException.check(!value.isNegative() && !value.isZero(), "validity", "must be positive but was " + value);
      this.validity = value;
      return this;
    }

    /** The zone in which close and expiry dates are read (default: the clock's). */
    public Builder zone(ZoneId value) {
      this.zone = Objects.requireNonNull(value, "zone");
      return this;
    }

    public DealRegistrations build() {
      return new DealRegistrations(this);
    }
  }
}
