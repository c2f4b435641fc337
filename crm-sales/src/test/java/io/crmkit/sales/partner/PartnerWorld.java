package io.crmkit.sales.partner;

import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.event.DomainEvent;
import io.crmkit.core.money.Money;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.CrmStore;
import io.crmkit.core.store.EntityType;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.TransactionRunner;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.sales.lead.Lead;
import io.crmkit.sales.opportunity.Opportunity;
import io.crmkit.sales.pipeline.PipelineCatalog;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/** One tenant's partner programme on the in-memory store, with a clock the test moves and the events published. */
final class PartnerWorld {
  static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
  static final List<EntityType<?, ?>> TYPES = List.of(Account.TYPE, Partner.TYPE, DealRegistration.TYPE, Lead.TYPE, Opportunity.TYPE);

  final CrmStore store;
  final TenantId tenant;
  final TenantStore acme;
  final MutableClock clock = new MutableClock(START);
  final List<DomainEvent> events = new ArrayList<>();
  final PartnerProgram program;
  final LeadDistribution distribution;
  private int sequence;

  PartnerWorld() {
    this(InMemoryStore.create(), TenantId.of("acme"));
  }

  PartnerWorld(CrmStore store, TenantId tenant) {
    this.store = store;
    this.tenant = tenant;
    this.acme = store.forTenant(tenant);
    this.program = PartnerProgram.of(acme, clock, events::add);
    this.distribution = LeadDistribution.of(acme, clock, events::add);
  }

  DealRegistrations registrations() {
    return registrations(acme);
  }

  /** Deal registration on {@code through} (e.g. a store that fails), 30 days of protection. */
  DealRegistrations registrations(TenantStore through) {
    return DealRegistrations.builder(through, clock, PipelineCatalog.standard(tenant))
        .ids(() -> "gen-" + (++sequence)).events(events::add).validity(java.time.Period.ofDays(30)).build();
  }

  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  Account account(String id, String name, String domain) {
    Account.Builder b = Account.builder(new AccountId(id), tenant).name(name).owner(Owner.user("u-1")).timestamps(clock);
    if (!domain.isEmpty()) {
      b.domain(domain);
    }
    return acme.repository(Account.TYPE).insert(b.build());
  }

  /** An active partner on a new account {@code id}, with {@code users} as partner users in that order. */
  Partner activePartner(String id, String name, PartnerTier tier, String... users) {
    Account account = account("acc-" + id, name, "");
    Partner draft = Partner.enrol(new PartnerId(id), tenant, account.id(), name, PartnerType.RESELLER, tier, clock.instant());
    for (int i = 0; i < users.length; i++) {
      draft = draft.withUser(PartnerUser.of(users[i], i == 0 ? PartnerRole.EXECUTIVE : PartnerRole.USER));
    }
    Partner enrolled = program.enrol(draft);
    return program.changeStatus(enrolled.id(), enrolled.version(), PartnerLifecycle.ACTIVATE, "channel-1").partner();
  }

  /** A complete draft by the partner's first user, closing in 60 days. */
  DealRegistration draft(String id, Partner partner, DealCustomer customer, String amount) {
    return DealRegistration.draft(new DealRegistrationId(id), partner, partner.users().get(0).userId(), customer,
            Money.of(amount, "EUR"), today().plusDays(60), clock.instant())
        .withContact(DealContact.of(PersonName.of("Ada", "Lovelace")))
        .withProducts(List.of("CRM-PRO"));
  }

  /** Every record of {@link #TYPES} by type and id, to compare a store before and after. */
  Map<String, Object> snapshot() {
    Map<String, Object> out = new TreeMap<>();
    for (EntityType<?, ?> type : TYPES) {
      collect(acme.repository(type), out);
    }
    return out;
  }

  private static <T extends io.crmkit.core.Aggregate<I>, I extends io.crmkit.core.EntityId> void collect(
      Repository<T, I> repository, Map<String, Object> into) {
    try (Stream<T> s = repository.stream(Criteria.all())) {
      s.forEach(r -> into.put(repository.type().name() + ":" + r.id().value(), r));
    }
  }

  /** {@code acme} whose {@code failAt}-th write (1 = the first) throws; writes before it go through. */
  TenantStore failingAt(int failAt) {
    AtomicInteger writes = new AtomicInteger();
    Set<String> writing = Set.of("insert", "insertAll", "update", "delete");
    return new TenantStore() {
      @Override
      public TenantId tenantId() {
        return acme.tenantId();
      }

      @Override
      @SuppressWarnings("unchecked")
      public <T extends io.crmkit.core.Aggregate<I>, I extends io.crmkit.core.EntityId> Repository<T, I> repository(
          EntityType<T, I> type) {
        Repository<T, I> real = acme.repository(type);
        return (Repository<T, I>) Proxy.newProxyInstance(Repository.class.getClassLoader(), new Class<?>[] {Repository.class},
            (proxy, method, args) -> {
              if (writing.contains(method.getName()) && writes.incrementAndGet() == failAt) {
                throw new IllegalStateException("the store is down (write " + failAt + ", " + method.getName() + " "
                    + type.name() + ")");
              }
              try {
                return method.invoke(real, args == null ? new Object[0] : Arrays.copyOf(args, args.length));
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
      }

      @Override
      public TransactionRunner transactions() {
        return acme.transactions();
      }
    };
  }

  /** A clock tests move forward: a fixed clock, offset by every {@link #advance}. */
  static final class MutableClock extends Clock {
    private Clock current;

    MutableClock(Instant start) {
      this.current = Clock.fixed(start, ZoneOffset.UTC);
    }

    void advance(Duration by) {
      current = Clock.offset(current, by);
    }

    @Override
    public Instant instant() {
      return current.instant();
    }

    @Override
    public ZoneId getZone() {
      return current.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return current.withZone(zone);
    }
  }
}
