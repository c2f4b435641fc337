package io.crmkit.benchmarks.sales;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.FieldRef;
import io.crmkit.sales.scoring.ClosedLead;
import io.crmkit.sales.scoring.DecayPolicy;
import io.crmkit.sales.scoring.EngagementEvent;
import io.crmkit.sales.scoring.FrequencyTable;
import io.crmkit.sales.scoring.PlsObservation;
import io.crmkit.sales.scoring.PlsOutcome;
import io.crmkit.sales.scoring.PlsStage;
import io.crmkit.sales.scoring.PlsVariable;
import io.crmkit.sales.scoring.PredictiveLeadScorer;
import io.crmkit.sales.scoring.PredictiveScoringModel;
import io.crmkit.sales.scoring.RuleScorer;
import io.crmkit.sales.scoring.RuleScoringModel;
import io.crmkit.sales.scoring.ScoreGroup;
import io.crmkit.sales.scoring.ScoringExtractor;
import io.crmkit.sales.scoring.ScoringRule;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scoring a million leads: rule-based (four fit rules, three engagement rules over 0–9 events per lead with a
 * 30-day half-life, capped groups) and predictive (Odoo's naive Bayes over stage, e-mail and phone state,
 * country, source and up to three tags, learnt from 200,000 closed leads in 20 teams), each on one thread and
 * on a parallel stream. Every benchmark returns a sum so the work cannot be elided.
 *
 * <p>{@code java -Xmx6g -jar crm-benchmarks/target/benchmarks.jar LeadScoringBenchmark -f 1 -wi 2 -i 3}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@State(Scope.Benchmark)
public class LeadScoringBenchmark {
  static final int LEADS = 1_000_000;
  static final TenantId ACME = TenantId.of("acme");
  static final Instant AS_OF = Instant.parse("2026-03-01T00:00:00Z");
  static final String[] COUNTRIES = {"BE", "FR", "DE", "NL", "US", "GB", "ES", "IT", "JP", "BR"};
  static final String[] SOURCES = {"web", "fair", "referral", "ads", "partner"};
  static final String[] STAGES = {"new", "qualified", "proposal", "negotiation"};
  static final String[] EVENTS = {"email_opened", "email_clicked", "page_viewed", "unsubscribed"};

  /** A lead as the benchmark holds it: plain arrays, read through {@link #EXTRACTOR}. */
  record BenchLead(int id, String country, long employees, String title, List<EngagementEvent> events) {}

  static final ScoringExtractor<BenchLead> EXTRACTOR = new ScoringExtractor<>() {
    @Override
    public TenantId tenantId(BenchLead record) {
      return ACME;
    }

    @Override
    public RecordRef ref(BenchLead record) {
      return new RecordRef("lead", Integer.toString(record.id()));
    }

    @Override
    public List<?> values(BenchLead record, String field) {
      return switch (field) {
        case "country" -> List.of(record.country());
        case "employees" -> List.of(record.employees());
        case "title" -> record.title().isEmpty() ? List.of() : List.of(record.title());
        default -> List.of();
      };
    }

    @Override
    public List<EngagementEvent> engagement(BenchLead record) {
      return record.events();
    }
  };

  List<BenchLead> ruleLeads;
  List<PlsObservation> openLeads;
  RuleScorer<BenchLead> rules;
  PredictiveLeadScorer predictive;

  /** Builds the models, the closed leads, the frequency table and a million open leads (seed 20260301). */
  @Setup
  public void build() {
    SplittableRandom random = new SplittableRandom(20260301L);
    FieldRef<String> country = FieldRef.text("country");
    RuleScoringModel ruleModel = new RuleScoringModel(ACME, "lead-score", List.of(
        ScoreGroup.fit("fit", List.of(
            ScoringRule.fit("dach", Criteria.in(country, "DE", "NL", "BE"), 20),
            ScoringRule.fit("big", Criteria.atLeast(FieldRef.number("employees"), 500L), 30),
            ScoringRule.fit("mid", Criteria.between(FieldRef.number("employees"), 50L, 500L), 10),
            ScoringRule.fit("student", Criteria.eq(FieldRef.text("title"), "student"), -25))).withMax(50),
        ScoreGroup.engagement("engagement", DecayPolicy.halfLife(Duration.ofDays(30)), List.of(
            ScoringRule.engagement("opened", java.util.Set.of("email_opened"), 3),
            ScoringRule.engagement("clicked", java.util.Set.of("email_clicked", "page_viewed"), 8),
            ScoringRule.engagement("unsubscribed", java.util.Set.of("unsubscribed"), -20))).withMax(60).withMin(0)));
    rules = RuleScorer.of(ruleModel, EXTRACTOR);
    ruleLeads = new ArrayList<>(LEADS);
    for (int i = 0; i < LEADS; i++) {
      int n = random.nextInt(10);
      List<EngagementEvent> events = new ArrayList<>(n);
      for (int e = 0; e < n; e++) {
        events.add(new EngagementEvent(EVENTS[random.nextInt(EVENTS.length)], AS_OF.minusSeconds(random.nextLong(365L * 86_400))));
      }
      ruleLeads.add(new BenchLead(i, COUNTRIES[random.nextInt(COUNTRIES.length)], random.nextLong(5000),
          random.nextInt(10) == 0 ? "student" : "", List.copyOf(events)));
    }

    List<PlsStage> stages = List.of(new PlsStage("new", 1, false), new PlsStage("qualified", 2, false),
        new PlsStage("proposal", 3, false), new PlsStage("negotiation", 4, false), new PlsStage("won", 5, true));
    PredictiveScoringModel plsModel = new PredictiveScoringModel(ACME, stages,
        List.of(PlsVariable.PHONE_STATE, PlsVariable.EMAIL_STATE, PlsVariable.COUNTRY, PlsVariable.SOURCE, PlsVariable.TAGS),
        LocalDate.parse("2024-01-01"));
    List<ClosedLead> closed = new ArrayList<>(200_000);
    for (int i = 0; i < 200_000; i++) {
      boolean won = random.nextInt(3) == 0;
      PlsObservation o = observation(random, won ? "won" : STAGES[random.nextInt(STAGES.length)]);
      closed.add(new ClosedLead(o, won ? PlsOutcome.WON : PlsOutcome.LOST));
    }
    predictive = PredictiveLeadScorer.of(plsModel, FrequencyTable.recount(plsModel, closed));
    openLeads = new ArrayList<>(LEADS);
    for (int i = 0; i < LEADS; i++) {
      openLeads.add(observation(random, STAGES[random.nextInt(STAGES.length)]));
    }
  }

  private static PlsObservation observation(SplittableRandom random, String stage) {
    Map<String, List<String>> values = new java.util.LinkedHashMap<>();
    values.put("phone_state", List.of(random.nextBoolean() ? "correct" : PlsVariable.ABSENT));
    values.put("email_state", List.of(random.nextInt(4) == 0 ? "incorrect" : "correct"));
    values.put("country_id", List.of(COUNTRIES[random.nextInt(COUNTRIES.length)]));
    values.put("source_id", List.of(SOURCES[random.nextInt(SOURCES.length)]));
    int tags = random.nextInt(4);
    if (tags > 0) {
      List<String> t = new ArrayList<>(tags);
      for (int i = 0; i < tags; i++) {
        t.add("tag-" + random.nextInt(30));
      }
      values.put("tag_id", t.stream().distinct().toList());
    }
    Optional<String> team = random.nextInt(20) == 0 ? Optional.empty() : Optional.of("team-" + random.nextInt(20));
    return new PlsObservation(team, Optional.of(stage), values, Optional.of(Instant.parse("2025-01-01T00:00:00Z")));
  }

  /** A million rule-based scores on one thread. */
  @Benchmark
  public double ruleBasedSingleThread() {
    double sum = 0;
    for (BenchLead l : ruleLeads) {
      sum += rules.score(l, AS_OF).total();
    }
    return sum;
  }

  /** A million rule-based scores on a parallel stream (the common pool: 2 cores here). */
  @Benchmark
  public double ruleBasedParallel() {
    return IntStream.range(0, LEADS).parallel().mapToDouble(i -> rules.score(ruleLeads.get(i), AS_OF).total()).sum();
  }

  /** A million predictive probabilities on one thread. */
  @Benchmark
  public double predictiveSingleThread() {
    double sum = 0;
    for (PlsObservation o : openLeads) {
      sum += predictive.score(o).probability().map(java.math.BigDecimal::doubleValue).orElse(0.0);
    }
    return sum;
  }

  /** A million predictive probabilities on a parallel stream. */
  @Benchmark
  public double predictiveParallel() {
    return IntStream.range(0, LEADS).parallel()
        .mapToDouble(i -> predictive.score(openLeads.get(i)).probability().map(java.math.BigDecimal::doubleValue).orElse(0.0))
        .sum();
  }
}
