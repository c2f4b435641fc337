package io.crmkit.core.view;

import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.event.ChangeKind;
import io.crmkit.core.event.RecordChanged;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.store.TenantStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Shared test data for the customer-view tests: a settable clock and small factories. */
final class ViewFixture {
  static final Instant T0 = Instant.parse("2026-01-15T10:00:00Z");
  static final TenantId ACME = TenantId.of("acme");
  static final TenantId GLOBEX = TenantId.of("globex");
  static final Owner SAM = Owner.user("sam");

  private ViewFixture() {}

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

  static Contact contact(TenantId tenant, String id, String given, String family, Optional<AccountId> account, Clock clock) {
    Contact.Builder b = Contact.builder(new ContactId(id), tenant)
        .name(PersonName.of(given, family))
        .owner(SAM)
        .contactPoint(ContactPoint.email(given + "@example.com", ContactPoint.Purpose.WORK).asPrimary())
        .timestamps(clock);
    account.ifPresent(b::account);
    return b.build();
  }

  static Account account(TenantId tenant, String id, String name, Clock clock) {
    return Account.builder(new AccountId(id), tenant).name(name).owner(SAM).timestamps(clock).build();
  }

  static Activity task(TenantId tenant, String id, String subject, List<RecordRef> links, Instant at) {
    return Activity.task(new ActivityId(id), tenant, subject, SAM, links, Optional.of(at.plus(Duration.ofDays(2))), at);
  }

  /** Inserts {@code activity} and says so the way an audited repository would: with its links as related records. */
  static RecordChanged logged(TenantStore store, Activity activity, Instant at) {
    Activity saved = store.repository(Activity.TYPE).insert(activity);
    Set<RecordRef> related = new HashSet<>(saved.links());
    return new RecordChanged(
        store.tenantId(), RecordRef.of(Activity.TYPE.name(), saved.id()), ChangeKind.CREATED, related, "sam", at);
  }
}
