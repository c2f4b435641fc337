package io.crmkit.core.merge;

import io.crmkit.core.Aggregate;
import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.ConsentAction;
import io.crmkit.core.consent.ConsentEvent;
import io.crmkit.core.consent.ConsentEventId;
import io.crmkit.core.consent.LegalBasis;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.PartyRelationship;
import io.crmkit.core.store.EntityType;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/** Shared test data for the merge tests: a settable clock, a fresh store, counting ids and small factories. */
final class MergeFixture {
  static final Instant T0 = Instant.parse("2026-01-15T10:00:00Z");
  static final TenantId ACME = TenantId.of("acme");
  static final Owner SAM = Owner.user("sam");
  static final Owner KIM = Owner.user("kim");

  private MergeFixture() {}

  /** A clock the test moves by hand. */
  static final class TestClock extends Clock {
    private volatile Instant now;

    TestClock(Instant start) {
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
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /** Ids {@code m-1}, {@code m-2}, ... */
  static io.crmkit.core.IdGenerator countingIds() {
    AtomicInteger n = new AtomicInteger();
    return () -> "m-" + n.incrementAndGet();
  }

  static TenantStore newStore() {
    return InMemoryStore.create().forTenant(ACME);
  }

  /** A contact builder created at {@code created} and last updated {@code updatedMinutes} later. */
  static Contact.Builder contact(String id, String given, String family, Instant created, long updatedMinutes) {
    return Contact.builder(new ContactId(id), ACME)
        .name(io.crmkit.core.party.PersonName.of(given, family))
        .owner(SAM)
        .createdAt(created)
        .updatedAt(created.plus(Duration.ofMinutes(updatedMinutes)));
  }

  static Account.Builder account(String id, String name, Instant created, long updatedMinutes) {
    return Account.builder(new AccountId(id), ACME)
        .name(name)
        .owner(SAM)
        .createdAt(created)
        .updatedAt(created.plus(Duration.ofMinutes(updatedMinutes)));
  }

  static Activity task(String id, List<RecordRef> links) {
    return Activity.task(new ActivityId(id), ACME, "Call back " + id, SAM, links, Optional.of(T0.plus(Duration.ofDays(2))), T0);
  }

  static ConsentEvent grant(String id, RecordRef party, Instant at) {
    return new ConsentEvent(
        new ConsentEventId(id), ACME, 0, party, Channel.EMAIL, Purpose.NEWSLETTER, ConsentAction.GRANTED, LegalBasis.CONSENT,
        "form", at, false, Optional.of("sub-" + id));
  }

  static RecordRef ref(Contact c) {
    return c.ref();
  }

  /** Everything the merge may touch, versions set to 0: what "the same store contents" means. */
  static Map<String, Object> contents(TenantStore store) {
    Map<String, Object> out = new TreeMap<>();
    add(out, store, Contact.TYPE);
    add(out, store, Account.TYPE);
    add(out, store, Activity.TYPE);
    add(out, store, PartyRelationship.TYPE);
    add(out, store, ConsentEvent.TYPE);
    return out;
  }

  private static <T extends Aggregate<I>, I extends io.crmkit.core.EntityId> void add(
      Map<String, Object> out, TenantStore store, EntityType<T, I> type) {
    try (Stream<T> s = store.repository(type).stream(io.crmkit.core.query.Criteria.all())) {
      s.forEach(r -> out.put(type.name() + ":" + r.id().value(), r.withVersion(0)));
    }
  }
}
