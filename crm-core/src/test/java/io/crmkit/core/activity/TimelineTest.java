package io.crmkit.core.activity;

import static io.crmkit.core.activity.ActivityTest.ACCOUNT;
import static io.crmkit.core.activity.ActivityTest.ACME;
import static io.crmkit.core.activity.ActivityTest.ANN;
import static io.crmkit.core.activity.ActivityTest.SAM;
import static io.crmkit.core.activity.ActivityTest.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.IdGenerator;
import io.crmkit.core.RecordRef;
import io.crmkit.core.audit.Audit;
import io.crmkit.core.audit.AuditEntry;
import io.crmkit.core.audit.Auditor;
import io.crmkit.core.audit.FakeTenantStore;
import io.crmkit.core.audit.Gadget;
import io.crmkit.core.audit.StepClock;
import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.ConsentEvent;
import io.crmkit.core.consent.ConsentLedger;
import io.crmkit.core.consent.LegalBasis;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.event.EventPublisher;
import io.crmkit.core.store.Repository;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TimelineTest {
  private final FakeTenantStore store = new FakeTenantStore(ACME);
  private final StepClock clock = new StepClock(T0);

  @Test
  void mergesActivitiesConsentAndAuditOfTheCustomerNewestFirst() {
    RecordRef bob = new RecordRef("contact", "c-bob");
    Repository<Activity, ActivityId> activities = store.repository(Activity.TYPE);
    ConsentLedger ledger = new ConsentLedger(ACME, store.repository(ConsentEvent.TYPE), clock, IdGenerator.uuidV7(clock), EventPublisher.discarding());
    // audit entries for a record the customer consists of: a gadget stands in for the contact record here
    Repository<Gadget, Gadget.GadgetId> audited =
        Audit.audited(store.repository(Gadget.TYPE), store, Auditor.of("u-1", clock, EventPublisher.discarding()));

    audited.insert(Gadget.of(ACME, "c-ann", "Ann", "Lee"));
    clock.advance(Duration.ofHours(1));
    ledger.grant(ANN, Channel.EMAIL, Purpose.NEWSLETTER, LegalBasis.CONSENT, "form", true, Optional.empty());
    ledger.grant(bob, Channel.EMAIL, Purpose.NEWSLETTER, LegalBasis.CONSENT, "form", false, Optional.empty());
    clock.advance(Duration.ofHours(1));
    activities.insert(Activity.call(new ActivityId("a-call"), ACME, "Intro", SAM, List.of(ANN), Direction.OUTBOUND, clock.instant(), Optional.empty(), clock.instant()));
    activities.insert(Activity.note(new ActivityId("a-note"), ACME, "Budget", "ok", SAM, List.of(ACCOUNT), clock.instant()));
    activities.insert(Activity.note(new ActivityId("a-bob"), ACME, "Bob", "x", SAM, List.of(bob), clock.instant()));

    Set<RecordRef> customer = Set.of(ANN, ACCOUNT, new RecordRef("gadget", "c-ann"));
    List<TimelineEntry> timeline = Timeline.of(store, customer);

    assertThat(timeline).extracting(TimelineEntry::summary).containsExactly(
        "Call (outbound): Intro",
        "Note: Budget",
        "Consent granted: EMAIL / newsletter via form (awaiting double opt-in)",
        "gadget:c-ann created by u-1");
    assertThat(timeline).extracting(TimelineEntry::kind).containsExactly(
        TimelineEntry.Kind.ACTIVITY, TimelineEntry.Kind.ACTIVITY, TimelineEntry.Kind.CONSENT, TimelineEntry.Kind.AUDIT);
    assertThat(timeline.get(0).itemAs(Activity.class)).map(a -> a.id().value()).contains("a-call");
    assertThat(timeline.get(3).itemAs(AuditEntry.class)).isPresent();
    assertThat(timeline.get(3).itemAs(Activity.class)).isEmpty();
    assertThat(timeline.get(3).source().type()).isEqualTo("audit_entry");

    assertThat(Timeline.of(store, customer, EnumSet.of(TimelineEntry.Kind.CONSENT))).hasSize(1);
    assertThat(Timeline.of(store, Set.of())).isEmpty();
  }

  @Test
  void summariesNameChangedFieldsAndStatus() {
    Repository<Gadget, Gadget.GadgetId> audited =
        Audit.audited(store.repository(Gadget.TYPE), store, Auditor.of("u-1", clock, EventPublisher.discarding()));
    Gadget g = audited.insert(Gadget.of(ACME, "g-1", "Ann", "Lee"));
    audited.update(g.withSize(3).withTags(List.of("vip")));
    Activity task = ActivityTest.task("t-1").complete(T0.plusSeconds(5));

    assertThat(Timeline.of(store, Set.of(new RecordRef("gadget", "g-1"))))
        .extracting(TimelineEntry::summary)
        .contains("gadget:g-1 updated by u-1: tags, size");
    assertThat(Timeline.summary(task)).isEqualTo("Task: Send the quote [completed]");
  }
}
