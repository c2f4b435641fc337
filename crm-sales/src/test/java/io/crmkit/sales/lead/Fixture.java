package io.crmkit.sales.lead;

import io.crmkit.core.IdGenerator;
import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.event.DomainEvent;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.EntityType;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/** One tenant on a fresh in-memory store, a steppable clock, and helpers shared by the lead tests. */
final class Fixture {
  static final TenantId TENANT = TenantId.of("acme");
  static final Owner OWNER = Owner.user("u-1");

  final MutableClock clock = new MutableClock(Instant.parse("2026-01-15T10:00:00Z"));
  final IdGenerator ids = IdGenerator.uuidV7(clock);
  final InMemoryStore store = InMemoryStore.create();
  final TenantStore tenant = store.forTenant(TENANT);
  final List<DomainEvent> events = new ArrayList<>();
  final LeadService leads = LeadService.builder(tenant, clock).publisher(events::add).build();

  Lead.Builder draft(String given, String family) {
    return Lead.builder(ids.next(LeadId::new), TENANT).name(PersonName.of(given, family)).owner(OWNER).timestamps(clock);
  }

  /** A stored lead moved to {@code qualified}. */
  Lead qualified(Lead.Builder draft) {
    Lead lead = leads.create(draft.build(), "u-1").lead();
    lead = leads.changeStatus(lead.id(), lead.version(), "work", "u-1").lead();
    return leads.changeStatus(lead.id(), lead.version(), "qualify", "u-1").lead();
  }

  Account account(String name, Optional<String> domain) {
    Account.Builder b = Account.builder(ids.next(AccountId::new), TENANT).name(name).owner(OWNER).timestamps(clock);
    domain.ifPresent(b::domain);
    return tenant.repository(Account.TYPE).insert(b.build());
  }

  Contact contact(PersonName name, Optional<String> email, Optional<AccountId> account) {
    Contact.Builder b = Contact.builder(ids.next(ContactId::new), TENANT).name(name).owner(OWNER).timestamps(clock);
    email.ifPresent(e -> b.contactPoint(ContactPoint.email(e, ContactPoint.Purpose.WORK).asPrimary()));
    account.ifPresent(b::account);
    return tenant.repository(Contact.TYPE).insert(b.build());
  }

  Activity task(RecordRef... links) {
    return tenant.repository(Activity.TYPE).insert(Activity.task(
        ids.next(ActivityId::new), TENANT, "Call back", Owner.user("u-9"), List.of(links),
        Optional.of(clock.instant().plus(Duration.ofDays(2))), clock.instant()));
  }

  Activity note(RecordRef... links) {
    return tenant.repository(Activity.TYPE).insert(Activity.note(
        ids.next(ActivityId::new), TENANT, "Met at the fair", "Wants a demo", Owner.user("u-9"), List.of(links), clock.instant()));
  }

  LeadConversion.Builder conversion() {
    return LeadConversion.builder(tenant, clock, ids).publisher(events::add);
  }

  /** Every record of {@code types}, by type name and id: a snapshot to compare stores with. */
  Map<String, Object> snapshot(List<EntityType<?, ?>> types) {
    Map<String, Object> all = new TreeMap<>();
    for (EntityType<?, ?> type : types) {
      add(all, type);
    }
    return all;
  }

  private <T extends io.crmkit.core.Aggregate<I>, I extends io.crmkit.core.EntityId> void add(
      Map<String, Object> into, EntityType<T, I> type) {
    try (Stream<T> s = tenant.repository(type).stream(Criteria.all())) {
      s.forEach(r -> into.put(type.name() + ":" + r.id().value(), r));
    }
  }

  /** A clock tests can move forward. */
  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("a test clock in UTC");
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
