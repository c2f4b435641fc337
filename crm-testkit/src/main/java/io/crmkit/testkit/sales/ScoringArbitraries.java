package io.crmkit.testkit.sales;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.sales.scoring.ClosedLead;
import io.crmkit.sales.scoring.DecayPolicy;
import io.crmkit.sales.scoring.EngagementEvent;
import io.crmkit.sales.scoring.FrequencyTable;
import io.crmkit.sales.scoring.PlsObservation;
import io.crmkit.sales.scoring.PlsOutcome;
import io.crmkit.sales.scoring.PlsStage;
import io.crmkit.sales.scoring.PlsVariable;
import io.crmkit.sales.scoring.PredictiveScoringModel;
import io.crmkit.sales.scoring.ScoreThreshold;
import io.crmkit.sales.scoring.ThresholdState;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for the scoring inputs of crm-sales: engagement events, decay policies, thresholds and
 * their states, predictive scoring models, lead observations, closed leads and frequency tables. Every value
 * goes through the real constructors, so it is valid.
 *
 * <p>{@code ScoringArbitraries.closedLeads(model).list().ofMaxSize(100).map(l -> FrequencyTable.recount(model, l))}
 */
public final class ScoringArbitraries {
  private static final Instant FROM = Instant.parse("2024-01-01T00:00:00Z");
  private static final List<String> EVENT_TYPES =
      List.of("email_opened", "email_clicked", "page_viewed", "form_submitted", "meeting_booked", "unsubscribed", "webinar_attended");

  private ScoringArbitraries() {}

  /** Engagement events of common types (and a few Unicode ones) over 2024–2026. */
  public static Arbitrary<EngagementEvent> engagementEvents() {
    Arbitrary<String> types = Arbitraries.oneOf(Arbitraries.of(EVENT_TYPES), Arbitraries.of("formulaire_envoyé", "訪問", "👀"));
    return Combinators.combine(types, Arbitraries.longs().between(0, 3L * 365 * 86_400))
        .as((t, s) -> new EngagementEvent(t, FROM.plusSeconds(s)));
  }

  /** No decay, half-lives from an hour to two years, and stepwise decays of one to four monthly steps. */
  public static Arbitrary<DecayPolicy> decayPolicies() {
    Arbitrary<DecayPolicy> halfLife = Arbitraries.longs().between(3_600, 730L * 86_400)
        .map(s -> DecayPolicy.halfLife(Duration.ofSeconds(s)));
    Arbitrary<DecayPolicy> stepwise = Arbitraries.integers().between(1, 36).set().ofMinSize(1).ofMaxSize(4).flatMap(months ->
        Arbitraries.doubles().between(0, 1).ofScale(2).list().ofSize(months.size()).map(factors -> {
          List<Integer> ms = months.stream().sorted().toList();
          List<Double> fs = factors.stream().sorted(java.util.Comparator.reverseOrder()).toList();
          List<DecayPolicy.Step> steps = new ArrayList<>();
          for (int i = 0; i < ms.size(); i++) {
            steps.add(DecayPolicy.Step.afterMonths(ms.get(i), fs.get(i)));
          }
          return (DecayPolicy) new DecayPolicy.Stepwise(steps);
        }));
    return Arbitraries.oneOf(Arbitraries.just(DecayPolicy.none()), halfLife, stepwise);
  }

  /** Thresholds with a lower bound 1 to 50 points below an upper bound of 1 to 200. */
  public static Arbitrary<ScoreThreshold> scoreThresholds() {
    return Combinators.combine(Arbitraries.of("sales-ready", "hot", "mql", "à-rappeler"),
            Arbitraries.integers().between(1, 200), Arbitraries.integers().between(1, 50))
        .as((name, upper, gap) -> new ScoreThreshold(name, upper, upper - gap));
  }

  /** The state, never crossed yet, of a lead of {@code tenant} against {@code threshold}. */
  public static Arbitrary<ThresholdState> thresholdStates(TenantId tenant, ScoreThreshold threshold) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(threshold, "threshold");
    return Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(20)
        .map(id -> ThresholdState.outside(tenant, new RecordRef("lead", id), threshold.name()));
  }

  /**
   * Predictive scoring models of {@code tenant}: two to six stages (sequences may tie, the last is won) and
   * a choice among Odoo's variables.
   */
  public static Arbitrary<PredictiveScoringModel> predictiveModels(TenantId tenant) {
    Objects.requireNonNull(tenant, "tenant");
    Arbitrary<List<PlsStage>> stages = Arbitraries.integers().between(1, 5).list().ofMinSize(1).ofMaxSize(5).map(seqs -> {
      List<Integer> sorted = seqs.stream().sorted().toList();
      List<PlsStage> out = new ArrayList<>();
      for (int i = 0; i < sorted.size(); i++) {
        out.add(new PlsStage("stage-" + i, sorted.get(i), false));
      }
      out.add(new PlsStage("won", 100, true));
      return out;
    });
    Arbitrary<List<PlsVariable>> variables = Arbitraries.of(PlsVariable.PHONE_STATE, PlsVariable.EMAIL_STATE, PlsVariable.COUNTRY,
        PlsVariable.STATE, PlsVariable.SOURCE, PlsVariable.LANG, PlsVariable.multi("tag_id", 3)).set().map(List::copyOf);
    return Combinators.combine(stages, variables).as((s, v) -> new PredictiveScoringModel(tenant, s, v, LocalDate.parse("2024-01-01")));
  }

  /** Observations of open leads under {@code model}: any stage of it (or none), teams A–D or none, values of its variables. */
  public static Arbitrary<PlsObservation> observations(PredictiveScoringModel model) {
    Objects.requireNonNull(model, "model");
    List<String> stageIds = model.stages().stream().map(PlsStage::id).toList();
    return observations(model, Arbitraries.of(stageIds).optional(0.95));
  }

  /** Closed leads under {@code model}: won leads in its won stage (or its last stage), lost leads in an open stage. */
  public static Arbitrary<ClosedLead> closedLeads(PredictiveScoringModel model) {
    Objects.requireNonNull(model, "model");
    List<String> open = model.stages().stream().filter(s -> !s.won()).map(PlsStage::id).toList();
    String won = model.stages().stream().filter(PlsStage::won).map(PlsStage::id).findFirst()
        .orElse(model.stagesInOrder().get(model.stages().size() - 1).id());
    Arbitrary<String> lostStages = open.isEmpty() ? Arbitraries.just(won) : Arbitraries.of(open);
    return Combinators.combine(observations(model, lostStages.optional(0.95)), Arbitraries.of(PlsOutcome.class)).as((o, outcome) ->
        outcome == PlsOutcome.WON
            ? new ClosedLead(new PlsObservation(o.team(), Optional.of(won), o.values(), o.createdAt()), outcome)
            : new ClosedLead(o, outcome));
  }

  /** Frequency tables recounted from up to {@code maxLeads} closed leads under {@code model}. */
  public static Arbitrary<FrequencyTable> frequencyTables(PredictiveScoringModel model, int maxLeads) {
    return closedLeads(model).list().ofMaxSize(maxLeads).map(l -> FrequencyTable.recount(model, l));
  }

  private static Arbitrary<PlsObservation> observations(PredictiveScoringModel model, Arbitrary<Optional<String>> stages) {
    Arbitrary<Optional<String>> team = Arbitraries.of("A", "B", "C", "D").optional(0.8);
    Arbitrary<Map<String, List<String>>> values = Arbitraries.of("BE", "FR", "DE", "JP", "Ελλάδα").list().ofSize(model.variables().size())
        .flatMap(base -> Arbitraries.of("t1", "t2", "t3", "t4").set().ofMaxSize(3).map(tags -> {
          Map<String, List<String>> m = new LinkedHashMap<>();
          for (int i = 0; i < model.variables().size(); i++) {
            PlsVariable v = model.variables().get(i);
            if (v.multiValued()) {
              if (!tags.isEmpty()) {
                m.put(v.name(), List.copyOf(tags));
              }
            } else if (v.absentIsValue()) {
              m.put(v.name(), List.of(i % 2 == 0 ? "correct" : PlsVariable.ABSENT));
            } else if (!base.get(i).equals("JP")) {
              m.put(v.name(), List.of(base.get(i)));
            }
          }
          return m;
        }));
    Arbitrary<Optional<Instant>> created = Arbitraries.longs().between(-60, 900)
        .map(d -> Instant.parse("2024-01-01T00:00:00Z").plusSeconds(d * 86_400)).optional(0.95);
    return Combinators.combine(team, stages, values, created).as(PlsObservation::new);
  }
}
