package io.crmkit.sales.scoring;

import io.crmkit.core.AccessDeniedException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Predictive lead scoring exactly as Odoo's CRM computes {@code automated_probability}
 * ({@code crm.lead._pls_get_naive_bayes_probabilities}): a naive Bayes classifier over the frequency table.
 *
 * <ul>
 *   <li>Counts are the lead's team's; a lead without team, or of a team without rows, uses the sum of every
 *       team's rows (leads without team included).
 *   <li>Prior: {@code P(won) = won / (won + lost)} with the team's totals, which are the smoothed counts of
 *       the first stage; a team without won or without lost counts gets no probability.
 *   <li>For the stage, the stage, then each configured single-valued variable and then each multi-valued
 *       value (tags) with a row: the won score is multiplied by {@code won(value) / won total} and the lost
 *       score by {@code lost(value) / lost total}, where the totals are the sums over the variable's values
 *       (for the stage: the team's totals). Values without a row are skipped, as are multi-valued values
 *       below their minimum support (counted with smoothing, per team, before teams are summed).
 *   <li>Probability = {@code won score / (won score + lost score)}, in percent, rounded half-even to two
 *       decimals on the exact binary value (Python's {@code round(x, 2)}), then held within 0.01 and 99.99.
 *       No stage gives 0 and a won stage 100. When both scores underflow to zero (hundreds of rare values),
 *       the same ratio is taken in log space instead of Odoo's division by zero.
 * </ul>
 *
 * <p>One difference by design: Odoo caches the prior across leads of the same team in a loop and can reuse the
 * previous team's prior after a team without counts; here every team's prior is its own.
 *
 * <pre>{@code
 * PredictiveLeadScorer scorer = PredictiveLeadScorer.of(model, table);
 * LeadProbability p = scorer.score(model.observe(lead, extractor));
 * }</pre>
 */
public final class PredictiveLeadScorer {
  private static final BigDecimal MIN = new BigDecimal("0.01");
  private static final BigDecimal MAX = new BigDecimal("99.99");
  private static final BigDecimal ZERO = new BigDecimal("0");
  private static final BigDecimal HUNDRED = new BigDecimal("100");

  private final PredictiveScoringModel model;
  private final Map<String, TeamStats> teams;
  private final TeamStats all;
  private final List<PlsVariable> singles;
  private final List<PlsVariable> multis;

  private PredictiveLeadScorer(PredictiveScoringModel model, FrequencyTable table) {
    this.model = model;
    Map<String, PlsVariable> variables = new HashMap<>();
    model.variables().forEach(v -> variables.put(v.name(), v));
    String first = model.firstStage().id();
    Map<String, TeamStats> byTeam = new HashMap<>();
    TeamStats global = new TeamStats();
    // summed in the table's row order (team, variable, value), so that totals are the same on every run
    for (FrequencyEntry row : table.entries()) {
      String variable = row.variable();
      boolean stage = variable.equals(PredictiveScoringModel.STAGE_VARIABLE);
      PlsVariable v = variables.get(variable);
      if (!stage && v == null) {
        continue;
      }
      double won = row.counts().smoothedWon();
      double lost = row.counts().smoothedLost();
      if (!stage && won + lost < v.minimumSupport()) {
        continue;
      }
      row.team().ifPresent(team -> byTeam.computeIfAbsent(team, k -> new TeamStats()).add(variable, row.value(), won, lost));
      global.add(variable, row.value(), won, lost);
    }
    byTeam.values().forEach(s -> s.prior(first));
    global.prior(first);
    this.teams = Map.copyOf(byTeam);
    this.all = global;
    this.singles = model.variables().stream().filter(v -> !v.multiValued()).toList();
    this.multis = model.variables().stream().filter(PlsVariable::multiValued).toList();
  }

  /**
   * A scorer over {@code table}.
   *
   * @throws AccessDeniedException if model and table belong to different tenants
   */
  public static PredictiveLeadScorer of(PredictiveScoringModel model, FrequencyTable table) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(table, "table");
    if (!model.tenantId().equals(table.tenantId())) {
      throw new AccessDeniedException("predictive scoring of tenant " + model.tenantId()
          + " cannot use the frequency table of tenant " + table.tenantId());
    }
    return new PredictiveLeadScorer(model, table);
  }

  /** The model this scorer applies. */
  public PredictiveScoringModel model() {
    return model;
  }

  /** The probability of {@code record}, read through {@code extractor}. */
  public <R> LeadProbability score(R record, ScoringExtractor<R> extractor) {
    return score(model.observe(record, extractor));
  }

  /** The probability that {@code lead} will be won. */
  public LeadProbability score(PlsObservation lead) {
    Objects.requireNonNull(lead, "lead");
    if (lead.stage().isEmpty()) {
      return new LeadProbability(LeadProbability.Status.NO_STAGE, Optional.of(ZERO), LeadProbability.Basis.NONE, 0, List.of());
    }
    Optional<PlsStage> stage = model.stage(lead.stage().get());
    if (stage.isPresent() && stage.get().won()) {
      return new LeadProbability(LeadProbability.Status.WON_STAGE, Optional.of(HUNDRED), LeadProbability.Basis.NONE, 0, List.of());
    }
    Evidence e = evidence(lead, true);
    if (e == null) {
      return new LeadProbability(LeadProbability.Status.NOT_COMPUTABLE, Optional.empty(), basis(lead), 0, List.of());
    }
    double probability = e.sWon / (e.sWon + e.sLost);
    if (!Double.isFinite(probability)) {
      probability = 1 / (1 + Math.exp(-e.logOdds()));
    }
    return new LeadProbability(LeadProbability.Status.COMPUTED, Optional.of(percent(probability)), basis(lead), e.prior, e.contributions);
  }

  /** Odoo's {@code min(max(round(100 * p, 2), 0.01), 99.99)}. */
  static BigDecimal percent(double probability) {
    BigDecimal rounded = new BigDecimal(100 * probability).setScale(2, RoundingMode.HALF_EVEN);
    if (rounded.compareTo(MIN) < 0) {
      return MIN;
    }
    if (rounded.compareTo(MAX) > 0) {
      return MAX;
    }
    return rounded;
  }

  LeadProbability.Basis basis(PlsObservation lead) {
    return lead.team().isPresent() && teams.containsKey(lead.team().get())
        ? LeadProbability.Basis.TEAM
        : LeadProbability.Basis.ALL_TEAMS;
  }

  /**
   * The prior and the likelihoods of {@code lead}'s values, with or without the stage; null when the basis
   * has no won or no lost counts.
   */
  Evidence evidence(PlsObservation lead, boolean withStage) {
    TeamStats stats = lead.team().map(teams::get).orElse(all);
    if (stats == null) {
      stats = all;
    }
    if (stats.teamWon == 0 || stats.teamLost == 0) {
      return null;
    }
    double total = stats.teamWon + stats.teamLost;
    double pWon = stats.teamWon / total;
    double pLost = stats.teamLost / total;
    Evidence e = new Evidence(pWon, pLost, Math.log(pWon / pLost));
    if (withStage) {
      e.apply(stats, PredictiveScoringModel.STAGE_VARIABLE, lead.stage().orElseThrow(), true);
    }
    for (PlsVariable v : singles) {
      for (String value : lead.values(v.name())) {
        e.apply(stats, v.name(), value, false);
      }
    }
    for (PlsVariable v : multis) {
      for (String value : lead.values(v.name())) {
        e.apply(stats, v.name(), value, false);
      }
    }
    return e;
  }

  /** Won and lost scores being multiplied up, with the contributions so far. */
  static final class Evidence {
    double sWon;
    double sLost;
    final double prior;
    final List<FeatureContribution> contributions = new ArrayList<>();

    Evidence(double pWon, double pLost, double prior) {
      this.sWon = pWon;
      this.sLost = pLost;
      this.prior = prior;
    }

    void apply(TeamStats stats, String variable, String value, boolean stage) {
      VariableStats vs = stats.variables.get(variable);
      if (vs == null) {
        return;
      }
      double[] counts = vs.values.get(value);
      if (counts == null) {
        return;
      }
      double totalWon = stage ? stats.teamWon : vs.wonTotal;
      double totalLost = stage ? stats.teamLost : vs.lostTotal;
      if (totalWon == 0 || totalLost == 0) {
        return;
      }
      double pw = counts[0] / totalWon;
      double pl = counts[1] / totalLost;
      sWon *= pw;
      sLost *= pl;
      contributions.add(new FeatureContribution(variable, value, pw, pl, Math.log(pw / pl)));
    }

    double logOdds() {
      double sum = prior;
      for (FeatureContribution c : contributions) {
        sum += c.logOdds();
      }
      return sum;
    }
  }

  /** One team's (or all teams') smoothed counts by variable, with the totals the formula divides by. */
  static final class TeamStats {
    final Map<String, VariableStats> variables = new HashMap<>();
    double teamWon;
    double teamLost;

    void add(String variable, String value, double won, double lost) {
      VariableStats vs = variables.computeIfAbsent(variable, k -> new VariableStats());
      double[] c = vs.values.computeIfAbsent(value, k -> new double[2]);
      c[0] += won;
      c[1] += lost;
      vs.wonTotal += won;
      vs.lostTotal += lost;
    }

    void prior(String firstStage) {
      VariableStats stage = variables.get(PredictiveScoringModel.STAGE_VARIABLE);
      double[] c = stage == null ? null : stage.values.get(firstStage);
      teamWon = c == null ? 0 : c[0];
      teamLost = c == null ? 0 : c[1];
    }
  }

  /** One variable's counts by value and their sums. */
  static final class VariableStats {
    final Map<String, double[]> values = new HashMap<>();
    double wonTotal;
    double lostTotal;
  }
}
