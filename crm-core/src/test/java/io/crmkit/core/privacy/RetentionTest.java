package io.crmkit.core.privacy;

import static io.crmkit.core.privacy.PrivacyWorld.ACME;
import static io.crmkit.core.privacy.PrivacyWorld.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.ValidationException;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactFields;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetentionTest {
  final TenantStore acme = InMemoryStore.create().forTenant(ACME);
  final Repository<Activity, ActivityId> activities = acme.repository(Activity.TYPE);
  final Repository<Contact, ContactId> contacts = acme.repository(Contact.TYPE);
  final RecordRef someone = RecordRef.of("contact", new ContactId("c-1"));

  Activity note(String id, Instant at) {
    return activities.insert(Activity.note(new ActivityId(id), ACME, "Note " + id, "text", Owner.user("u"), List.of(someone), at));
  }

  @Test
  void deletesExactlyTheRecordsOlderThanTheCutOffAndKeepsTheOneOnIt() {
    Instant run = Instant.parse("2026-03-31T12:00:00Z");
    note("old", Instant.parse("2021-03-31T11:59:59Z"));
    note("on-the-cut-off", Instant.parse("2021-03-31T12:00:00Z"));
    note("young", Instant.parse("2025-01-01T00:00:00Z"));
    Retention retention = Retention.of(List.of(RetentionPolicy.delete(Activity.TYPE, Activity.OCCURRED_AT, Period.ofYears(5))));

    RetentionReport preview = retention.preview(acme, run);
    assertThat(preview.dryRun()).isTrue();
    assertThat(preview.expiries().get(0).ids()).containsExactly("old");
    assertThat(activities.find(new ActivityId("old"))).isPresent();

    RetentionReport done = retention.run(acme, run);
    assertThat(done.expiries().get(0).cutoff()).isEqualTo(Instant.parse("2021-03-31T12:00:00Z"));
    assertThat(done.total()).isEqualTo(1);
    assertThat(activities.find(new ActivityId("old"))).isEmpty();
    assertThat(activities.find(new ActivityId("on-the-cut-off"))).isPresent();
    assertThat(retention.run(acme, run).total()).as("a second run finds nothing more").isZero();
  }

  @Test
  void monthsAreCalendarMonthsInUtc() {
    RetentionPolicy<Activity, ActivityId> p = RetentionPolicy.delete(Activity.TYPE, Activity.OCCURRED_AT, Period.ofMonths(1));
    assertThat(p.cutoff(Instant.parse("2026-03-31T08:00:00Z"))).isEqualTo(Instant.parse("2026-02-28T08:00:00Z"));
  }

  @Test
  void anonymisesOnceAndAFailingTypeIsUndoneWhileOthersRun() {
    Instant old = T0.minus(Duration.ofDays(4000));
    contacts.insert(Contact.builder(new ContactId("c-old"), ACME).name(PersonName.of("Zoë", "Ó Briain")).owner(Owner.user("u"))
        .contactPoint(ContactPoint.email("zoe@example.org", ContactPoint.Purpose.HOME)).createdAt(old).updatedAt(old).build());
    contacts.insert(Contact.builder(new ContactId("c-new"), ACME).name(PersonName.of("Li", "Wei")).owner(Owner.user("u"))
        .createdAt(T0).updatedAt(T0).build());
    note("a-old", old);
    note("b-old", old);
    boolean[] calls = {false};
    Retention retention = Retention.of(List.of(
        RetentionPolicy.anonymise(Activity.TYPE, Activity.OCCURRED_AT, Period.ofYears(3), a -> {
          if (calls[0]) {
            throw new ValidationException("activity", "the anonymiser refuses the second record");
          }
          calls[0] = true;
          return Anonymisers.activity(a);
        }),
        RetentionPolicy.anonymise(Contact.TYPE, ContactFields.UPDATED_AT, Period.ofYears(3), Anonymisers::contact)));
    RetentionReport report = retention.run(acme, T0);
    Map<String, RetentionReport.Expiry> byType = Map.of(
        report.expiries().get(0).entityType(), report.expiries().get(0), report.expiries().get(1).entityType(), report.expiries().get(1));
    assertThat(byType.get("activity").failure()).hasValueSatisfying(f -> assertThat(f).contains("refuses the second record"));
    assertThat(activities.get(new ActivityId("a-old")).subject()).as("the failing batch is undone").isEqualTo("Note a-old");
    assertThat(byType.get("contact").ids()).containsExactly("c-old");
    assertThat(contacts.get(new ContactId("c-old")).emails()).isEmpty();
    assertThat(contacts.get(new ContactId("c-new")).name().given()).isEqualTo("Li");
    assertThat(Retention.of(List.of(RetentionPolicy.anonymise(Contact.TYPE, ContactFields.UPDATED_AT, Period.ofYears(3), Anonymisers::contact)))
        .run(acme, T0).total()).as("an anonymised record is not anonymised again").isZero();
  }

  @Test
  void badPoliciesAreRefusedNamingTheProblem() {
    assertThatThrownBy(() -> RetentionPolicy.delete(Activity.TYPE, Activity.OCCURRED_AT, Period.ZERO))
        .isInstanceOf(ValidationException.class).hasMessageContaining("maxAge");
    assertThatThrownBy(() -> RetentionPolicy.delete(Activity.TYPE, FieldRef.instant("closedAt"), Period.ofDays(1)))
        .isInstanceOf(ValidationException.class).hasMessageContaining("closedAt", "is not a queryable field of activity");
  }
}
