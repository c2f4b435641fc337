package io.crmkit.service.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.TenantId;
import io.crmkit.service.cases.CaseId;
import io.crmkit.service.escalation.EscalationAction.Notify;
import io.crmkit.service.routing.WorkItem;
import io.crmkit.service.routing.WorkPriority;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class EscalationProperties {
  static final TenantId ACME = TenantId.of("acme");
  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  /**
   * Evaluating at any increasing sequence of instants and remembering what fired, each tier of the matching
   * rule fires exactly once by the end if the item grew old enough for it, never before its age, and in order.
   */
  @Property(tries = 200)
  void eachTierFiresOnceAndOnlyWhenDue(@ForAll("tierAges") List<Integer> tierMinutes, @ForAll("steps") List<Integer> steps) {
    List<EscalationTier> tiers = new ArrayList<>();
    for (int i = 0; i < tierMinutes.size(); i++) {
      tiers.add(EscalationTier.of("t" + i, Duration.ofMinutes(tierMinutes.get(i)), new Notify(List.of("lead"), "tier " + i)));
    }
    EscalationRules rules = EscalationRules.builder(ACME)
        .rule(new EscalationRule("r", "waiting", EscalationCriteria.any(), TimeBasis.WALL, tiers)).build();
    WorkItem item = WorkItem.builder(ACME, new CaseId("c-1"), "support", T0).build();
    Set<FiredTier> fired = new HashSet<>();
    List<String> order = new ArrayList<>();
    Instant now = T0;
    for (int step : steps) {
      now = now.plus(Duration.ofMinutes(step));
      for (EscalationRaised r : rules.evaluate(item, now, Set.copyOf(fired)).raised()) {
        assertThat(fired.add(r.firedTier())).as("tier %s fired twice", r.tier()).isTrue();
        int i = Integer.parseInt(r.tier().substring(1));
        assertThat(Duration.between(T0, now)).isGreaterThanOrEqualTo(Duration.ofMinutes(tierMinutes.get(i)));
        order.add(r.tier());
      }
    }
    Duration finalAge = Duration.between(T0, now);
    List<String> due = new ArrayList<>();
    for (int i = 0; i < tierMinutes.size(); i++) {
      if (finalAge.compareTo(Duration.ofMinutes(tierMinutes.get(i))) >= 0) {
        due.add("t" + i);
      }
    }
    assertThat(order).isEqualTo(due);
  }

  @Provide
  Arbitrary<List<Integer>> tierAges() {
    return Arbitraries.integers().between(1, 2000).set().ofMinSize(1).ofMaxSize(5)
        .map(s -> s.stream().sorted().toList());
  }

  @Provide
  Arbitrary<List<Integer>> steps() {
    return Arbitraries.integers().between(0, 600).list().ofMaxSize(20);
  }

  /** The matched rule is always the first whose criteria accept the item, and its reason is on every event. */
  @Property(tries = 150)
  void firstMatchingRuleDecides(@ForAll("priorities") List<Set<WorkPriority>> ruleCriteria, @ForAll WorkPriority priority) {
    EscalationRules.Builder b = EscalationRules.builder(ACME);
    for (int i = 0; i < ruleCriteria.size(); i++) {
      b.rule(EscalationRule.of("r" + i, "reason " + i,
          EscalationCriteria.any().priorities(ruleCriteria.get(i).toArray(WorkPriority[]::new)), TimeBasis.WALL,
          EscalationTier.of("t", Duration.ofMinutes(1), new Notify(List.of("lead"), "x"))));
    }
    WorkItem item = WorkItem.builder(ACME, new CaseId("c-1"), "support", T0).priority(priority).build();
    EscalationEvaluation e = b.build().evaluate(item, T0.plusSeconds(3600), Set.of());
    Optional<String> expected = Optional.empty();
    for (int i = 0; i < ruleCriteria.size(); i++) {
      if (ruleCriteria.get(i).isEmpty() || ruleCriteria.get(i).contains(priority)) {
        expected = Optional.of("r" + i);
        break;
      }
    }
    assertThat(e.matchedRule()).isEqualTo(expected);
    e.raised().forEach(r -> assertThat(r.reason()).isEqualTo("reason " + r.rule().substring(1)));
  }

  @Provide
  Arbitrary<List<Set<WorkPriority>>> priorities() {
    return Arbitraries.of(WorkPriority.class).set().ofMaxSize(3).list().ofMaxSize(5);
  }

  /**
   * Every breakdown of a report adds up to the total, counts distinct cases no higher than escalations, and its
   * shares add up to 100 % within rounding.
   */
  @Property(tries = 150)
  void breakdownsAddUp(@ForAll("records") List<EscalationRecord> records, @ForAll ReportPeriod period) {
    EscalationReport r = EscalationReport.of(ACME, records, period, ZoneId.of("America/New_York"));
    assertThat(r.total()).isEqualTo(records.size());
    for (List<EscalationCount> breakdown : List.of(r.byReason(), r.byProduct(), r.byPriority(), r.byPeriod())) {
      assertThat(breakdown.stream().mapToLong(EscalationCount::escalations).sum()).isEqualTo(records.size());
      assertThat(breakdown).allSatisfy(c -> assertThat(c.cases()).isLessThanOrEqualTo(c.escalations()));
      if (!records.isEmpty()) {
        BigDecimal shares = breakdown.stream().map(EscalationCount::share).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(shares.subtract(BigDecimal.valueOf(100)).abs())
            .isLessThanOrEqualTo(new BigDecimal("0.01").multiply(BigDecimal.valueOf(breakdown.size())));
      }
    }
    Map<String, Long> reasons = count(records, EscalationRecord::reason);
    r.byReason().forEach(c -> assertThat(c.escalations()).isEqualTo(reasons.get(c.key())));
    assertThat(r.byPeriod()).extracting(EscalationCount::key).isSorted();
  }

  static Map<String, Long> count(List<EscalationRecord> records, Function<EscalationRecord, String> key) {
    Map<String, Long> out = new HashMap<>();
    records.forEach(x -> out.merge(key.apply(x), 1L, Long::sum));
    return out;
  }

  @Provide
  Arbitrary<List<EscalationRecord>> records() {
    return Combinators.combine(Arbitraries.integers().between(0, 20), Arbitraries.of("waiting", "urgent", "reopened"),
            Arbitraries.of("router-x", "switch-y").optional(0.8), Arbitraries.of(WorkPriority.class),
            Arbitraries.longs().between(0, 400L * 24 * 3600))
        .as((c, reason, product, p, s) -> new EscalationRecord(ACME, new CaseId("c-" + c), reason, product, p, T0.plusSeconds(s)))
        .list().ofMaxSize(40);
  }
}
