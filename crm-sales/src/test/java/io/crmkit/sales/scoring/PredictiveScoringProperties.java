package io.crmkit.sales.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PredictiveScoringProperties {
  static final TenantId ACME = TenantId.of("acme");
  static final PredictiveScoringModel MODEL = new PredictiveScoringModel(ACME,
      List.of(new PlsStage("new", 1, false), new PlsStage("qualified", 2, false), new PlsStage("proposal", 2, false),
          new PlsStage("won", 9, true)),
      List.of(PlsVariable.EMAIL_STATE, PlsVariable.COUNTRY, PlsVariable.multi("tag_id", 3)), LocalDate.parse("2025-01-01"));

  @Property(tries = 150)
  void incrementalUpdatesEqualARecount(@ForAll("closedLeads") List<ClosedLead> closed) {
    FrequencyTable incremental = FrequencyTable.empty(ACME);
    for (ClosedLead c : closed) {
      incremental = incremental.record(MODEL, c.observation(), c.outcome());
    }

    assertThat(incremental).isEqualTo(FrequencyTable.recount(MODEL, closed));
  }

  @Property(tries = 100)
  void reopeningALeadTakesOutExactlyWhatItAdded(@ForAll("closedLeads") List<ClosedLead> closed, @ForAll("closedLead") ClosedLead extra) {
    FrequencyTable before = FrequencyTable.recount(MODEL, closed);
    FrequencyTable after = before.record(MODEL, extra.observation(), extra.outcome()).reopen(MODEL, extra.observation(), extra.outcome());

    for (FrequencyEntry e : after.entries()) {
      FrequencyCounts expected = before.counts(e.team(), e.variable(), e.value()).orElse(new FrequencyCounts(0, 0));
      assertThat(e.counts()).isEqualTo(expected);
    }
    assertThat(after.entries().size()).isGreaterThanOrEqualTo(before.entries().size());
  }

  @Property(tries = 150)
  void probabilitiesAreWithinZeroAndAHundredWithTwoDecimals(@ForAll("closedLeads") List<ClosedLead> closed,
      @ForAll("openLead") PlsObservation lead) {
    LeadProbability p = PredictiveLeadScorer.of(MODEL, FrequencyTable.recount(MODEL, closed)).score(lead);

    p.probability().ifPresent(v -> {
      assertThat(v).isBetween(BigDecimal.ZERO, new BigDecimal("100"));
      assertThat(v.scale()).isLessThanOrEqualTo(2);
    });
    if (p.status() == LeadProbability.Status.COMPUTED) {
      double logit = p.logOdds();
      double unrounded = 100 / (1 + Math.exp(-logit));
      assertThat(p.probability().orElseThrow().doubleValue()).isCloseTo(Math.min(Math.max(unrounded, 0.01), 99.99),
          org.assertj.core.api.Assertions.within(0.0051));
    }
  }

  @Property(tries = 100)
  void opportunityWinProbabilitiesAreWithinZeroAndAHundred(@ForAll("closedLeads") List<ClosedLead> closed,
      @ForAll("openLead") PlsObservation opportunity, @ForAll("percent") BigDecimal stageDefault) {
    OpportunityWinProbability wins = OpportunityWinProbability.of(PredictiveLeadScorer.of(MODEL, FrequencyTable.recount(MODEL, closed)));
    WinProbability p = wins.estimate(stageDefault, opportunity);

    assertThat(p.probability()).isBetween(BigDecimal.ZERO, new BigDecimal("100"));
  }

  @Provide
  Arbitrary<BigDecimal> percent() {
    return Arbitraries.integers().between(0, 100).map(BigDecimal::valueOf);
  }

  @Provide
  Arbitrary<List<ClosedLead>> closedLeads() {
    return closedLead().list().ofMaxSize(60);
  }

  @Provide
  Arbitrary<ClosedLead> closedLead() {
    return Combinators.combine(observation(Arbitraries.of("new", "qualified", "proposal")), Arbitraries.of(PlsOutcome.class))
        .as((o, outcome) -> outcome == PlsOutcome.WON
            ? new ClosedLead(new PlsObservation(o.team(), Optional.of("won"), o.values(), o.createdAt()), outcome)
            : new ClosedLead(o, outcome));
  }

  @Provide
  Arbitrary<PlsObservation> openLead() {
    return observation(Arbitraries.of("new", "qualified", "proposal", "won", "elsewhere"));
  }

  Arbitrary<PlsObservation> observation(Arbitrary<String> stages) {
    Arbitrary<Optional<String>> team = Arbitraries.of("A", "B", "C").optional(0.8);
    Arbitrary<Optional<String>> stage = stages.optional(0.9);
    Arbitrary<String> email = Arbitraries.of("correct", "incorrect", PlsVariable.ABSENT);
    Arbitrary<Optional<String>> country = Arbitraries.of("BE", "FR", "DE", "JP").optional(0.7);
    Arbitrary<List<String>> tags = Arbitraries.of("t1", "t2", "t3").set().ofMaxSize(3).map(List::copyOf);
    Arbitrary<Optional<Instant>> created = Arbitraries.longs().between(-30, 400)
        .map(d -> Instant.parse("2025-01-01T00:00:00Z").plusSeconds(d * 86_400)).optional(0.95);
    return Combinators.combine(team, stage, email, country, tags, created).as((t, s, e, c, tg, cr) -> {
      Map<String, List<String>> values = new java.util.LinkedHashMap<>();
      values.put("email_state", List.of(e));
      c.ifPresent(v -> values.put("country_id", List.of(v)));
      if (!tg.isEmpty()) {
        values.put("tag_id", new ArrayList<>(tg));
      }
      return new PlsObservation(t, s, values, cr);
    });
  }
}
