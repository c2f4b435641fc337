package io.crmkit.sales.forecast;

import io.crmkit.core.ValidationException;
import io.crmkit.core.money.Money;
import io.crmkit.sales.pipeline.ForecastCategory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A computed forecast: for every period and every node of the hierarchy, the {@link ForecastFigures} in one
 * currency (converted per deal at the rates in force on {@link #rateDate()}), and the managers' adjustments
 * kept beside them. A team's figures are exactly the sum of its children's. Made by {@link ForecastRollup}.
 *
 * <pre>{@code
 * Forecast f = rollup.compute(entries).withAdjustment(adjustment);
 * Money computed = f.figures("FY2026-Q2", "emea").cumulative(ForecastCategory.COMMIT);
 * Money judged = f.adjusted("FY2026-Q2", "emea", ForecastCategory.COMMIT);
 * }</pre>
 *
 * <p>Immutable; {@link #withAdjustment} returns a new forecast with the same computed figures.
 */
public final class Forecast {
  private final ForecastHierarchy hierarchy;
  private final List<ForecastPeriod> periods;
  private final Currency currency;
  private final LocalDate rateDate;
  private final Map<String, Map<String, ForecastFigures>> cells; // period key -> node id -> figures
  private final List<ForecastAdjustment> adjustments;

  Forecast(
      ForecastHierarchy hierarchy,
      List<ForecastPeriod> periods,
      Currency currency,
      LocalDate rateDate,
      Map<String, Map<String, ForecastFigures>> cells,
      List<ForecastAdjustment> adjustments) {
    this.hierarchy = hierarchy;
    this.periods = List.copyOf(periods);
    this.currency = currency;
    this.rateDate = rateDate;
    this.cells = cells;
    this.adjustments = List.copyOf(adjustments);
  }

  public ForecastHierarchy hierarchy() {
    return hierarchy;
  }

  /** The periods, in order. */
  public List<ForecastPeriod> periods() {
    return periods;
  }

  /** The currency every figure is in. */
  public Currency currency() {
    return currency;
  }

  /** The date whose exchange rates converted each deal. */
  public LocalDate rateDate() {
    return rateDate;
  }

  /** The period with {@code key}. */
  public ForecastPeriod period(String key) {
    Objects.requireNonNull(key, "period");
    return periods.stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow(
        () -> new ValidationException("period", "'" + key + "' is not a period of this forecast (periods: "
            + periods.stream().map(ForecastPeriod::key).toList() + ")"));
  }

  /**
   * The computed figures of node {@code nodeId} in period {@code periodKey}.
   *
   * @throws ValidationException if the period or node is not in the forecast
   */
  public ForecastFigures figures(String periodKey, String nodeId) {
    period(periodKey);
    hierarchy.requireNode(nodeId);
    return cells.get(periodKey).get(nodeId);
  }

  /** The computed figures of node {@code nodeId} over all periods. */
  public ForecastFigures total(String nodeId) {
    hierarchy.requireNode(nodeId);
    ForecastFigures sum = ForecastFigures.zero(currency);
    for (ForecastPeriod p : periods) {
      sum = sum.plus(cells.get(p.key()).get(nodeId));
    }
    return sum;
  }

  /** Every (period, node) with its figures: period by period, nodes in hierarchy pre-order. */
  public List<ForecastRow> rows() {
    List<ForecastRow> rows = new ArrayList<>();
    Map<String, Integer> depths = new LinkedHashMap<>();
    for (ForecastNode n : hierarchy.nodes()) {
      depths.put(n.id(), hierarchy.depth(n.id()));
    }
    for (ForecastPeriod p : periods) {
      Map<String, ForecastFigures> byNode = cells.get(p.key());
      for (ForecastNode n : hierarchy.nodes()) {
        rows.add(new ForecastRow(p, n, depths.get(n.id()), byNode.get(n.id())));
      }
    }
    return Collections.unmodifiableList(rows);
  }

  /** The adjustments, oldest first. */
  public List<ForecastAdjustment> adjustments() {
    return adjustments;
  }

  /**
   * This forecast with {@code adjustment} recorded beside the computed figures (a later adjustment of the
   * same node, period and view supersedes an earlier one in {@link #adjusted}; both are kept).
   *
   * @throws ValidationException if the node or period is unknown, or the amount is in another currency
   */
  public Forecast withAdjustment(ForecastAdjustment adjustment) {
    Objects.requireNonNull(adjustment, "adjustment");
    hierarchy.requireNode(adjustment.node());
    period(adjustment.period());
    ValidationException.check(
        adjustment.amount().currency().equals(currency),
        "adjustment.amount",
        "must be in the forecast's currency " + currency + " but was " + adjustment.amount());
    List<ForecastAdjustment> next = new ArrayList<>(adjustments);
    next.add(adjustment);
    return new Forecast(hierarchy, periods, currency, rateDate, cells, next);
  }

  /** The latest adjustment of view {@code category} of node {@code nodeId} in {@code periodKey}, if any. */
  public Optional<ForecastAdjustment> adjustment(String periodKey, String nodeId, ForecastCategory category) {
    Optional<ForecastAdjustment> latest = Optional.empty();
    for (ForecastAdjustment a : adjustments) {
      if (a.period().equals(periodKey) && a.node().equals(nodeId) && a.category() == category
          && (latest.isEmpty() || !a.at().isBefore(latest.get().at()))) {
        latest = Optional.of(a);
      }
    }
    return latest;
  }

  /**
   * The adjusted cumulative view {@code category} of node {@code nodeId} in {@code periodKey}: the node's own
   * latest adjustment if it has one; otherwise, for an owner, the computed figure, and for a team, the sum of
   * its children's adjusted figures (so adjustments roll up, as in Salesforce). Without adjustments this is the
   * computed cumulative figure.
   */
  public Money adjusted(String periodKey, String nodeId, ForecastCategory category) {
    Objects.requireNonNull(category, "category");
    ForecastFigures computed = figures(periodKey, nodeId);
    Optional<ForecastAdjustment> own = adjustment(periodKey, nodeId, category);
    if (own.isPresent()) {
      return own.get().amount();
    }
    List<ForecastNode> children = hierarchy.children(nodeId);
    if (children.isEmpty() || category == ForecastCategory.OMITTED) {
      return computed.cumulative(category);
    }
    Money sum = Money.zero(currency);
    for (ForecastNode c : children) {
      sum = sum.plus(adjusted(periodKey, c.id(), category));
    }
    return sum;
  }

  /**
   * How node {@code quota.node()} stands against {@code quota}: closed (won) in the period, attainment, gap,
   * and the commit forecast.
   *
   * @throws ValidationException if the quota's currency is not the forecast's, or its node or period unknown
   */
  public QuotaAttainment attainment(Quota quota) {
    Objects.requireNonNull(quota, "quota");
    ValidationException.check(
        quota.target().currency().equals(currency),
        "quota.target",
        "must be in the forecast's currency " + currency + " but was " + quota.target());
    ForecastFigures f = figures(quota.period(), quota.node());
    Money closed = f.amount(ForecastCategory.CLOSED);
    Money commit = f.cumulative(ForecastCategory.COMMIT);
    Money gap = closed.isLessThan(quota.target()) ? quota.target().minus(closed) : Money.zero(currency);
    return new QuotaAttainment(quota, closed, percent(closed, quota.target()), gap, commit, percent(commit, quota.target()));
  }

  private static Optional<BigDecimal> percent(Money part, Money whole) {
    if (whole.isZero()) {
      return Optional.empty();
    }
    return Optional.of(part.amount().multiply(BigDecimal.valueOf(100)).divide(whole.amount(), 2, RoundingMode.HALF_EVEN));
  }
}
