package io.crmkit.service.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.IdGenerator;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.service.calendar.BusinessCalendar;
import io.crmkit.service.calendar.CalendarVersion;
import io.crmkit.service.cases.Case;
import io.crmkit.service.cases.CaseChannel;
import io.crmkit.service.cases.CaseComment;
import io.crmkit.service.cases.CaseId;
import io.crmkit.service.cases.CaseLifecycle;
import io.crmkit.service.cases.CaseMergeRequest;
import io.crmkit.service.cases.CasePriority;
import io.crmkit.service.cases.CaseService;
import io.crmkit.service.cases.CommentVisibility;
import io.crmkit.service.intake.CaseIntake;
import io.crmkit.service.intake.InboundMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SlaTimelinesTest {
  static final TenantId ACME = TenantId.of("acme");
  static final Instant MON_0800Z = Instant.parse("2026-03-09T08:00:00Z");   // 09:00 in Berlin
  static final BusinessCalendar OFFICE = BusinessCalendar.of(ACME, "office",
      CalendarVersion.builder(ZoneId.of("Europe/Berlin"), Instant.parse("2020-01-01T00:00:00Z")).weekdays("09:00", "17:00").build());
  static final SlaPolicy POLICY = SlaPolicy.of(ACME, "standard", List.of(new SlaPolicyVersion(Instant.parse("2020-01-01T00:00:00Z"),
      List.of(SlaTarget.of(SlaMetric.FIRST_RESPONSE, Duration.ofHours(1)).onCalendar("office"),
          SlaTarget.of(SlaMetric.NEXT_RESPONSE, Duration.ofHours(2)).onCalendar("office"),
          SlaTarget.of(SlaMetric.RESOLUTION, Duration.ofHours(8)).forPriority("high").forType("incident").forTier("gold").onCalendar("office"),
          SlaTarget.of(SlaMetric.RESOLUTION, Duration.ofHours(40)).onCalendar("office")),
      Set.of("pending_customer", "on_hold"), Set.of("solved", "closed"), ReopenRule.RESUME, 75)));

  final StepClock clock = new StepClock(MON_0800Z);
  final AtomicInteger counter = new AtomicInteger();
  final IdGenerator ids = () -> "id-" + counter.incrementAndGet();
  final TenantStore acme = InMemoryStore.create().forTenant(ACME);
  final CaseService cases = CaseService.builder(acme, clock, ids).build();
  final CaseIntake intake = CaseIntake.builder(acme, clock, ids).ownAddresses("support@acme.example").build();
  final SlaClock slas = SlaClock.of(POLICY, SlaCalendars.of(ACME, List.of(OFFICE)), clock);

  InboundMessage mail(String messageId, Optional<String> inReplyTo, String body) {
    InboundMessage.Builder b = InboundMessage.builder(CaseChannel.EMAIL, "ada@example.com", clock.instant())
        .subject("VPN down").body(body).header("Message-ID", messageId);
    inReplyTo.ifPresent(r -> b.header("In-Reply-To", r));
    return b.build();
  }

  /** A day of a real case: mailed in, opened, answered, waiting on the customer, her reply by mail, answered again. */
  Case aDayOfACase() {
    Case c = intake.receive(mail("<m1@example.com>", Optional.empty(), "Nothing connects.")).supportCase().orElseThrow();
    c = cases.update(c.withPriority(CasePriority.HIGH).withCaseType("incident"), "u-1").supportCase();
    clock.advance(Duration.ofMinutes(10));                                                     // 08:10
    c = cases.changeStatus(c.id(), c.version(), "open", "u-1").supportCase();
    clock.advance(Duration.ofMinutes(20));                                                     // 08:30
    c = cases.comment(c.id(), c.version(), CommentVisibility.PUBLIC, "Which client version?", "u-1").supportCase();
    clock.advance(Duration.ofMinutes(15));                                                     // 08:45
    c = cases.comment(c.id(), c.version(), CommentVisibility.INTERNAL, "Probably the 4.2 bug", "u-1").supportCase();
    clock.advance(Duration.ofMinutes(15));                                                     // 09:00
    c = cases.changeStatus(c.id(), c.version(), "await_customer", "u-1").supportCase();
    clock.advance(Duration.ofHours(4));                                                        // 13:00
    c = intake.receive(mail("<m2@example.com>", Optional.of("<m1@example.com>"), "Version 4.2.")).supportCase().orElseThrow();
    clock.advance(Duration.ofHours(2));                                                        // 15:00
    return cases.comment(c.id(), c.version(), CommentVisibility.PUBLIC, "Fixed in 4.3, please update.", "u-1").supportCase();
  }

  @Test
  void aRealCasesClocksEqualThoseOfTheSameHistoryBuiltByHand() {
    Case real = aDayOfACase();
    assertThat(real.status()).isEqualTo(CaseLifecycle.OPEN);
    SlaTimeline byHand = new SlaTimeline(ACME, real.id(), "high", "incident", "gold", MON_0800Z, "new", List.of(
        new SlaEvent.StatusChanged(MON_0800Z.plus(Duration.ofMinutes(10)), "open"),
        new SlaEvent.AgentReplied(MON_0800Z.plus(Duration.ofMinutes(30))),
        new SlaEvent.StatusChanged(MON_0800Z.plus(Duration.ofHours(1)), "pending_customer"),
        new SlaEvent.CustomerReplied(MON_0800Z.plus(Duration.ofHours(5))),
        new SlaEvent.StatusChanged(MON_0800Z.plus(Duration.ofHours(5)), "open"),
        new SlaEvent.AgentReplied(MON_0800Z.plus(Duration.ofHours(7)))));

    SlaTimeline mapped = SlaTimelines.of(real, c -> "gold");
    assertThat(mapped).isEqualTo(byHand);

    clock.advance(Duration.ofHours(1));                                                        // 16:00Z, 17:00 in Berlin
    SlaEvaluation fromCase = slas.read(mapped);
    assertThat(fromCase).isEqualTo(slas.read(byHand));
    SlaClockReading resolution = fromCase.current(SlaMetric.RESOLUTION).orElseThrow();
    assertThat(resolution.target()).isEqualTo(Duration.ofHours(8));                           // high incident of a gold customer
    assertThat(resolution.state()).isEqualTo(SlaState.RUNNING);
    assertThat(resolution.paused()).isEqualTo(Duration.ofHours(4));                           // pending the customer 09:00-13:00
    assertThat(resolution.actual()).isEqualTo(Duration.ofHours(4));
    assertThat(fromCase.current(SlaMetric.FIRST_RESPONSE).orElseThrow().state()).isEqualTo(SlaState.MET);
    SlaClockReading next = fromCase.current(SlaMetric.NEXT_RESPONSE).orElseThrow();
    assertThat(next.startedAt()).isEqualTo(MON_0800Z.plus(Duration.ofHours(5)));             // the customer's mail started it
    assertThat(next.completedAt()).contains(MON_0800Z.plus(Duration.ofHours(7)));
  }

  @Test
  void theTierFunctionChoosesTheTargets() {
    Case real = aDayOfACase();
    SlaEvaluation silver = slas.readAt(SlaTimelines.of(real, "silver"), MON_0800Z.plus(Duration.ofHours(8)));
    assertThat(silver.current(SlaMetric.RESOLUTION).orElseThrow().target()).isEqualTo(Duration.ofHours(40));
    assertThatThrownBy(() -> SlaTimelines.of(real, " "))
        .isInstanceOf(ValidationException.class).hasMessageContaining("tier").hasMessageContaining(real.id().value());
    assertThatThrownBy(() -> SlaTimelines.of(real, c -> null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("tier of case " + real.id());
  }

  @Test
  void internalNotesAndRepliesMovedInByAMergeDoNotCount() {
    Case keep = cases.open(Case.builder(new CaseId("keep"), ACME).subject("VPN down").timestamps(clock).build(), "u-1").supportCase();
    Case dup = cases.open(Case.builder(new CaseId("dup"), ACME).subject("No VPN").timestamps(clock).build(), "u-2").supportCase();
    clock.advance(Duration.ofMinutes(20));
    dup = cases.comment(dup.id(), dup.version(), CommentVisibility.PUBLIC, "We are looking into it", "u-2").supportCase();
    keep = cases.comment(keep.id(), keep.version(), CommentVisibility.INTERNAL, "Same as dup?", "u-1").supportCase();
    clock.advance(Duration.ofMinutes(20));
    Case survivor = cases.merge(CaseMergeRequest.of(keep.id(), keep.version(), Map.of(dup.id(), dup.version()), "u-1")).survivor();

    assertThat(survivor.comments()).hasSize(2);
    SlaTimeline timeline = SlaTimelines.of(survivor, "gold");
    assertThat(timeline.events()).isEmpty();
    assertThat(timeline.type()).isEqualTo(SlaTimelines.UNTYPED);
    assertThat(timeline.priority()).isEqualTo("normal");
    assertThat(slas.read(timeline).current(SlaMetric.FIRST_RESPONSE).orElseThrow().state()).isEqualTo(SlaState.RUNNING);

    Case merged = cases.find(dup.id()).orElseThrow();
    SlaEvaluation ofDup = slas.read(SlaTimelines.of(merged, "gold"));
    assertThat(ofDup.current(SlaMetric.FIRST_RESPONSE).orElseThrow().completedAt()).contains(MON_0800Z.plus(Duration.ofMinutes(20)));
    assertThat(ofDup.current(SlaMetric.RESOLUTION).orElseThrow().state()).isEqualTo(SlaState.MET);      // closed by the merge
  }

  @Test
  void aCustomersMessageIsTheCommentWithAChannelAndEveryPriorityHasItsKey() {
    Case c = Case.builder(new CaseId("c-9"), ACME).subject("Phone call").priority(CasePriority.URGENT).timestamps(clock)
        .comment(new CaseComment("k-1", CommentVisibility.PUBLIC, "+4930123", "Still broken", MON_0800Z.plusSeconds(60),
            Optional.of(CaseChannel.PHONE), Optional.empty(), Optional.empty()))
        .comment(CaseComment.of("k-2", CommentVisibility.PUBLIC, "u-1", "On it", MON_0800Z.plusSeconds(120)))
        .build();
    assertThat(SlaTimelines.of(c, "gold").events()).containsExactly(
        new SlaEvent.CustomerReplied(MON_0800Z.plusSeconds(60)), new SlaEvent.AgentReplied(MON_0800Z.plusSeconds(120)));
    assertThat(SlaTimelines.of(c, "gold").priority()).isEqualTo("urgent");
    for (CasePriority p : CasePriority.values()) {
      assertThat(SlaTimelines.priorityKey(p)).isEqualTo(p.name().toLowerCase(java.util.Locale.ROOT));
    }
  }

  @Test
  void aCommentOlderThanTheOpeningIsRefusedNamingIt() {
    Case c = Case.builder(new CaseId("c-8"), ACME).subject("Imported").timestamps(clock)
        .comment(CaseComment.of("old-1", CommentVisibility.PUBLIC, "u-1", "Earlier", MON_0800Z.minusSeconds(60)))
        .build();
    assertThatThrownBy(() -> SlaTimelines.of(c, "gold"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("old-1").hasMessageContaining("c-8");
  }

  /** A clock the test moves by hand. */
  static final class StepClock extends Clock {
    private Instant now;

    StepClock(Instant start) {
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
}
