package io.crmkit.service.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.service.cases.Case;
import io.crmkit.service.cases.CaseId;
import io.crmkit.service.escalation.EscalationAction.Notify;
import io.crmkit.service.escalation.EscalationAction.RaisePriority;
import io.crmkit.service.escalation.EscalationAction.ReassignToQueue;
import io.crmkit.service.routing.WorkItem;
import io.crmkit.service.routing.WorkPriority;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EscalationTest {
  static final TenantId ACME = TenantId.of("acme");
  static final Instant MON_9 = Instant.parse("2026-03-02T09:00:00Z");

  /** Business time of a 09:00–17:00 UTC day, every day: enough to show business hours differ from wall hours. */
  static final ElapsedTime NINE_TO_FIVE = (from, to) -> {
    Duration sum = Duration.ZERO;
    for (Instant day = from.truncatedTo(java.time.temporal.ChronoUnit.DAYS); day.isBefore(to); day = day.plus(Duration.ofDays(1))) {
      Instant open = day.plus(Duration.ofHours(9));
      Instant close = day.plus(Duration.ofHours(17));
      Instant a = open.isAfter(from) ? open : from;
      Instant b = close.isBefore(to) ? close : to;
      if (b.isAfter(a)) {
        sum = sum.plus(Duration.between(a, b));
      }
    }
    return sum;
  };

  static final EscalationRule URGENT = EscalationRule.of("urgent", "urgent case waiting",
      EscalationCriteria.any().priorities(WorkPriority.URGENT), TimeBasis.WALL,
      EscalationTier.of("page", Duration.ofHours(1), new Notify(List.of("on-call"), "Urgent case waiting an hour")));
  static final EscalationRule STALE = EscalationRule.of("stale", "case waiting too long",
      EscalationCriteria.any().queues("support"), TimeBasis.BUSINESS,
      EscalationTier.of("notify", Duration.ofHours(4), new Notify(List.of("team-lead"), "Case waiting 4 business hours")),
      EscalationTier.of("move", Duration.ofHours(8), new ReassignToQueue("tier-2"), new RaisePriority(WorkPriority.HIGH)));

  EscalationRules rules = EscalationRules.builder(ACME).businessTime(NINE_TO_FIVE).rule(URGENT).rule(STALE).build();

  static WorkItem.Builder item(String id) {
    return WorkItem.builder(ACME, new CaseId(id), "support", MON_9).product("router-x");
  }

  @Nested
  @DisplayName("evaluation")
  class Evaluation {
    @Test
    @DisplayName("lets the first matching rule decide")
    void firstMatchWins() {
      EscalationEvaluation e = rules.evaluate(item("c-1").priority(WorkPriority.URGENT).build(),
          MON_9.plus(Duration.ofHours(5)), Set.of());
      assertThat(e.matchedRule()).contains("urgent");
      assertThat(e.raised()).extracting(EscalationRaised::tier).containsExactly("page");
      EscalationEvaluation none = rules.evaluate(item("c-2").build().withQueue("sales"), MON_9.plus(Duration.ofDays(9)), Set.of());
      assertThat(none.matchedRule()).isEmpty();
      assertThat(none.explanation()).isEqualTo("none of the 2 rules matches");
    }

    @Test
    @DisplayName("counts business hours, so an item left overnight does not escalate before the next morning")
    void businessHours() {
      WorkItem late = WorkItem.builder(ACME, new CaseId("c-3"), "support", MON_9.plus(Duration.ofHours(7))).build();
      Instant nextMorning = MON_9.plus(Duration.ofHours(24));   // 8 wall hours too many to wait for
      EscalationEvaluation e = rules.evaluate(late, nextMorning, Set.of());
      assertThat(e.raised()).isEmpty();
      assertThat(e.pendingTiers()).containsExactly("notify", "move");
      assertThat(e.explanation()).contains("age PT1H business time");
      assertThat(rules.evaluate(late, nextMorning.plus(Duration.ofHours(3)), Set.of()).raised())
          .extracting(EscalationRaised::tier).containsExactly("notify");
    }

    @Test
    @DisplayName("fires each tier once, and every due tier when looked at late")
    void eachTierOnce() {
      WorkItem i = item("c-4").build();
      EscalationEvaluation at5 = rules.evaluate(i, MON_9.plus(Duration.ofHours(5)), Set.of());
      assertThat(at5.raised()).extracting(EscalationRaised::tier).containsExactly("notify");
      Set<FiredTier> fired = new HashSet<>();
      at5.raised().forEach(r -> fired.add(r.firedTier()));
      EscalationEvaluation again = rules.evaluate(i, MON_9.plus(Duration.ofHours(6)), fired);
      assertThat(again.raised()).isEmpty();
      assertThat(again.explanation()).contains("already fired [notify]").contains("pending [move]");
      EscalationEvaluation late = rules.evaluate(i, MON_9.plus(Duration.ofHours(8)), Set.of());
      assertThat(late.raised()).extracting(EscalationRaised::tier).containsExactly("notify", "move");
    }

    @Test
    @DisplayName("returns the actions as data and an event naming the case")
    void actionsAndEvent() {
      WorkItem i = item("c-5").priority(WorkPriority.NORMAL).build();
      EscalationRaised move = rules.evaluate(i, MON_9.plus(Duration.ofHours(8)), Set.of(new FiredTier("stale", "notify")))
          .raised().get(0);
      assertThat(move.actions()).containsExactly(new ReassignToQueue("tier-2"), new RaisePriority(WorkPriority.HIGH));
      assertThat(move.reason()).isEqualTo("case waiting too long");
      assertThat(move.age()).isEqualTo(Duration.ofHours(8));
      assertThat(move.occurredAt()).isEqualTo(MON_9.plus(Duration.ofHours(8)));
      assertThat(move.subjects()).containsExactly(RecordRef.of(Case.TYPE_NAME, new CaseId("c-5")));
      WorkItem after = i;
      for (EscalationAction a : move.actions()) {
        after = a.applyTo(after);
      }
      assertThat(after.queue()).isEqualTo("tier-2");
      assertThat(after.priority()).isEqualTo(WorkPriority.HIGH);
      assertThat(new RaisePriority(WorkPriority.HIGH).applyTo(i.withPriority(WorkPriority.URGENT)).priority())
          .isEqualTo(WorkPriority.URGENT);
    }

    @Test
    @DisplayName("refuses inconsistent rules and foreign items")
    void validation() {
      assertThatThrownBy(() -> EscalationRules.builder(ACME).rule(STALE).build())
          .isInstanceOf(ValidationException.class).extracting("field").isEqualTo("businessTime");
      assertThatThrownBy(() -> EscalationRules.builder(ACME).rule(URGENT).rule(URGENT).build())
          .isInstanceOf(ValidationException.class).hasMessageContaining("twice");
      assertThatThrownBy(() -> EscalationRule.of("r", "why", EscalationCriteria.any(), TimeBasis.WALL,
          EscalationTier.of("a", Duration.ofHours(2), new ReassignToQueue("q")),
          EscalationTier.of("b", Duration.ofHours(2), new ReassignToQueue("q"))))
          .isInstanceOf(ValidationException.class).extracting("field").isEqualTo("tiers");
      assertThatThrownBy(() -> EscalationTier.of("a", Duration.ZERO, new ReassignToQueue("q")))
          .isInstanceOf(ValidationException.class).extracting("field").isEqualTo("after");
      assertThatThrownBy(() -> new Notify(List.of(), "x")).isInstanceOf(ValidationException.class)
          .extracting("field").isEqualTo("recipients");
      WorkItem foreign = WorkItem.builder(TenantId.of("globex"), new CaseId("c"), "support", MON_9).build();
      assertThatThrownBy(() -> rules.evaluate(foreign, MON_9, Set.of())).isInstanceOf(ValidationException.class)
          .extracting("field").isEqualTo("item");
    }
  }

  @Nested
  @DisplayName("measurement")
  class Measurement {
    List<EscalationRecord> records = List.of(
        new EscalationRecord(ACME, new CaseId("c-1"), "urgent case waiting", Optional.of("router-x"), WorkPriority.URGENT,
            Instant.parse("2026-03-02T10:00:00Z")),
        new EscalationRecord(ACME, new CaseId("c-2"), "case waiting too long", Optional.of("router-x"), WorkPriority.NORMAL,
            Instant.parse("2026-03-03T10:00:00Z")),
        new EscalationRecord(ACME, new CaseId("c-2"), "case waiting too long", Optional.of("router-x"), WorkPriority.NORMAL,
            Instant.parse("2026-03-31T23:30:00Z")),
        new EscalationRecord(ACME, new CaseId("c-3"), "case waiting too long", Optional.empty(), WorkPriority.LOW,
            Instant.parse("2026-04-01T08:00:00Z")));

    @Test
    @DisplayName("counts escalations and cases by reason, product, priority and month in the report's zone")
    void breakdowns() {
      EscalationReport r = EscalationReport.of(ACME, records, ReportPeriod.MONTH, ZoneId.of("Europe/Berlin"));
      assertThat(r.total()).isEqualTo(4);
      assertThat(r.cases()).isEqualTo(3);
      assertThat(r.byReason()).containsExactly(
          new EscalationCount("case waiting too long", 3, 2, new BigDecimal("75.00")),
          new EscalationCount("urgent case waiting", 1, 1, new BigDecimal("25.00")));
      assertThat(r.byProduct()).extracting(EscalationCount::key).containsExactly("(none)", "router-x");
      assertThat(r.byPriority()).extracting(EscalationCount::key).containsExactly("LOW", "NORMAL", "URGENT");
      assertThat(r.priority(WorkPriority.NORMAL).orElseThrow().cases()).isEqualTo(1);
      // 23:30 UTC on 31 March is already April in Berlin
      assertThat(r.byPeriod()).containsExactly(
          new EscalationCount("2026-03", 2, 2, new BigDecimal("50.00")),
          new EscalationCount("2026-04", 2, 2, new BigDecimal("50.00")));
      assertThat(EscalationReport.of(ACME, records, ReportPeriod.WEEK, ZoneId.of("UTC")).byPeriod())
          .extracting(EscalationCount::key).containsExactly("2026-W10", "2026-W14");
    }

    @Test
    @DisplayName("gives escalation rates per product from the host's handled counts")
    void rates() {
      EscalationReport r = EscalationReport.of(ACME, records, ReportPeriod.QUARTER, ZoneId.of("UTC"));
      assertThat(r.ratesByProduct(Map.of("router-x", 8L, "switch-y", 5L))).containsExactly(
          new EscalationRate("(none)", 1, 0, Optional.empty()),
          new EscalationRate("router-x", 2, 8, Optional.of(new BigDecimal("25.00"))),
          new EscalationRate("switch-y", 0, 5, Optional.of(new BigDecimal("0.00"))));
      assertThatThrownBy(() -> r.ratesByProduct(Map.of("router-x", 1L))).isInstanceOf(ValidationException.class)
          .extracting("field").isEqualTo("handledByProduct");
      assertThat(EscalationRecord.of(rules.evaluate(item("c-9").build(), MON_9.plus(Duration.ofHours(4)), Set.of())
          .raised().get(0)).reason()).isEqualTo("case waiting too long");
    }
  }
}
