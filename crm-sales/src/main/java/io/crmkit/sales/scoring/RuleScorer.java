package io.crmkit.sales.scoring;

import io.crmkit.core.AccessDeniedException;
import io.crmkit.core.TenantId;
import io.crmkit.sales.scoring.internal.FeatureCriteria;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Scores records of one type with a {@link RuleScoringModel}, as of a given instant: fit rules from the
 * record's fields, engagement rules from its events at or before the instant (later ones have not happened
 * yet), each event's points faded by the group's decay, each group's total held within its caps. Thread-safe
 * and free of clock reads: the as-of instant is an argument.
 *
 * <pre>{@code
 * RuleScorer<Lead> scorer = RuleScorer.of(model, leadExtractor);
 * RuleScore score = scorer.score(lead, clock.instant());
 * }</pre>
 *
 * @param <R> the type of the scored records
 */
public final class RuleScorer<R> {
  private final RuleScoringModel model;
  private final ScoringExtractor<R> extractor;
  private final List<CompiledGroup> groups;

  private RuleScorer(RuleScoringModel model, ScoringExtractor<R> extractor) {
    this.model = model;
    this.extractor = extractor;
    List<CompiledGroup> gs = new ArrayList<>();
    for (ScoreGroup g : model.groups()) {
      gs.add(new CompiledGroup(g));
    }
    this.groups = List.copyOf(gs);
  }

  /** A scorer of {@code model} reading records through {@code extractor}. */
  public static <R> RuleScorer<R> of(RuleScoringModel model, ScoringExtractor<R> extractor) {
    return new RuleScorer<>(Objects.requireNonNull(model, "model"), Objects.requireNonNull(extractor, "extractor"));
  }

  /** The model this scorer applies. */
  public RuleScoringModel model() {
    return model;
  }

  /**
   * The score of {@code record} as of {@code asOf}.
   *
   * @throws AccessDeniedException if the record belongs to another tenant than the model
   */
  public RuleScore score(R record, Instant asOf) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(asOf, "asOf");
    TenantId tenant = extractor.tenantId(record);
    if (!tenant.equals(model.tenantId())) {
      throw new AccessDeniedException("scoring model '" + model.name() + "' of tenant " + model.tenantId()
          + " cannot score a record of tenant " + tenant);
    }
    FeatureCriteria.FieldValues fields = field -> extractor.values(record, field);
    List<EngagementEvent> events = null;
    List<GroupScore> scores = new ArrayList<>(groups.size());
    double total = 0;
    for (CompiledGroup g : groups) {
      GroupScore s;
      if (g.group.kind() == ScoreGroupKind.FIT) {
        s = g.scoreFit(fields);
      } else {
        if (events == null) {
          events = List.copyOf(extractor.engagement(record));
        }
        s = g.scoreEngagement(events, asOf);
      }
      scores.add(s);
      total += s.total();
    }
    return new RuleScore(tenant, extractor.ref(record), model.name(), asOf, total, scores);
  }

  private static final class CompiledGroup {
    final ScoreGroup group;
    final List<Predicate<FeatureCriteria.FieldValues>> conditions = new ArrayList<>();
    final Map<String, Integer> ruleOfEventType = new HashMap<>();

    CompiledGroup(ScoreGroup group) {
      this.group = group;
      for (int i = 0; i < group.rules().size(); i++) {
        ScoringRule r = group.rules().get(i);
        if (r instanceof ScoringRule.Fit f) {
          conditions.add(FeatureCriteria.compile(f.condition()));
        } else {
          for (String t : ((ScoringRule.Engagement) r).eventTypes()) {
            ruleOfEventType.put(t, i);
          }
        }
      }
    }

    GroupScore scoreFit(FeatureCriteria.FieldValues fields) {
      int n = group.rules().size();
      double[] raw = new double[n];
      int[] applications = new int[n];
      for (int i = 0; i < n; i++) {
        if (conditions.get(i).test(fields)) {
          raw[i] = group.rules().get(i).points();
          applications[i] = 1;
        }
      }
      return finish(raw, raw, applications);
    }

    GroupScore scoreEngagement(List<EngagementEvent> events, Instant asOf) {
      int n = group.rules().size();
      double[] raw = new double[n];
      double[] decayed = new double[n];
      int[] applications = new int[n];
      for (EngagementEvent e : events) {
        if (e.occurredAt().isAfter(asOf)) {
          continue;
        }
        Integer i = ruleOfEventType.get(e.type());
        if (i == null) {
          continue;
        }
        double points = group.rules().get(i).points();
        raw[i] += points;
        decayed[i] += points * group.decay().factor(e.occurredAt(), asOf);
        applications[i]++;
      }
      return finish(raw, decayed, applications);
    }

    private GroupScore finish(double[] raw, double[] decayed, int[] applications) {
      double beforeDecay = 0;
      double positive = 0;
      double negative = 0;
      for (int i = 0; i < raw.length; i++) {
        beforeDecay += raw[i];
        if (decayed[i] > 0) {
          positive += decayed[i];
        } else {
          negative += decayed[i];
        }
      }
      double afterDecay = positive + negative;
      double total = afterDecay;
      double positiveScale = 1;
      double negativeScale = 1;
      boolean capped = false;
      if (group.max().isPresent() && afterDecay > group.max().getAsDouble()) {
        total = group.max().getAsDouble();
        positiveScale = (total - negative) / positive;
        capped = true;
      } else if (group.min().isPresent() && afterDecay < group.min().getAsDouble()) {
        total = group.min().getAsDouble();
        negativeScale = (total - positive) / negative;
        capped = true;
      }
      List<RuleContribution> contributions = new ArrayList<>();
      for (int i = 0; i < raw.length; i++) {
        if (applications[i] > 0) {
          double after = decayed[i] * (decayed[i] > 0 ? positiveScale : negativeScale);
          contributions.add(new RuleContribution(
              group.rules().get(i).name(), group.name(), applications[i], raw[i], decayed[i], after));
        }
      }
      return new GroupScore(group.name(), group.kind(), beforeDecay, afterDecay, total, capped, contributions);
    }
  }
}
