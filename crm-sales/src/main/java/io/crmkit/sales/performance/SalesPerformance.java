package io.crmkit.sales.performance;

import io.crmkit.core.Owner;
import io.crmkit.core.ValidationException;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityStatus;
import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.money.ExchangeRates;
import io.crmkit.core.money.Money;
import io.crmkit.core.money.MoneyConversion;
import io.crmkit.core.statemachine.StateChange;
import io.crmkit.sales.forecast.ForecastHierarchy;
import io.crmkit.sales.forecast.ForecastNode;
import io.crmkit.sales.opportunity.Opportunity;
import io.crmkit.sales.opportunity.OpportunityStatus;
import io.crmkit.sales.pipeline.Pipeline;
import io.crmkit.sales.pipeline.PipelineCatalog;
import io.crmkit.sales.pipeline.Stage;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Measures sales performance per representative and team: win rate, average deal size, sales-cycle length,
 * stage conversion (from stage histories), pipeline velocity and activity counts (see
 * {@link PerformanceMetrics} for the definitions).
 *
 * <pre>{@code
 * PerformanceReport report = SalesPerformance.builder(catalog, Money.currency("EUR"), rateDate)
 *     .rates(rates).hierarchy(teams).build()
 *     .measure(opportunities, activities);
 * BigDecimal emeaWinRate = report.of("emea").winRate().orElse(BigDecimal.ZERO);
 * }</pre>
 *
 * <p>Amounts are converted per deal at the rates in force on the rate date before anything is added.
 * Opportunities of owners outside the hierarchy are an error; activities of other owners are not counted,
 * nor are open or cancelled ones.
 */
public final class SalesPerformance {
  private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

  private final PipelineCatalog catalog;
  private final Currency currency;
  private final LocalDate rateDate;
  private final MoneyConversion fx;
  private final Optional<ForecastHierarchy> hierarchy;

  private SalesPerformance(Builder b) {
    this.catalog = b.catalog;
    this.currency = b.currency;
    this.rateDate = b.rateDate;
    this.fx = new MoneyConversion(b.rates);
    this.hierarchy = Optional.ofNullable(b.hierarchy);
  }

  /** Starts a measurement with the tenant's pipelines, into {@code currency} at the rates of {@code rateDate}. */
  public static Builder builder(PipelineCatalog catalog, Currency currency, LocalDate rateDate) {
    return new Builder(catalog, currency, rateDate);
  }

  /**
   * The metrics of every node of the hierarchy (without one: each owner under the root {@code all}).
   *
   * @throws ValidationException if an opportunity's owner is not in the hierarchy, its pipeline is not in the
   *     catalog, or an amount cannot be converted
   */
  public PerformanceReport measure(Collection<Opportunity> opportunities, Collection<Activity> activities) {
    Objects.requireNonNull(opportunities, "opportunities");
    Objects.requireNonNull(activities, "activities");
    ForecastHierarchy h = hierarchy.orElseGet(() -> {
      Set<Owner> owners = new LinkedHashSet<>();
      opportunities.forEach(o -> owners.add(o.owner()));
      return ForecastHierarchy.flat("all", "All owners", owners);
    });
    Map<Owner, List<Opportunity>> dealsByOwner = new HashMap<>();
    for (ForecastNode n : h.owners()) {
      dealsByOwner.put(n.owner().orElseThrow(), new ArrayList<>());
    }
    for (Opportunity o : opportunities) {
      List<Opportunity> list = dealsByOwner.get(o.owner());
      if (list == null) {
        throw new ValidationException("owner", "opportunity " + o.id() + " is owned by " + o.owner() + ", who is not in the hierarchy");
      }
      list.add(o);
    }
    Map<Owner, EnumMap<ActivityType, Long>> activityByOwner = new HashMap<>();
    for (Activity a : activities) {
      if (a.status() == ActivityStatus.COMPLETED && dealsByOwner.containsKey(a.owner())) {
        activityByOwner.computeIfAbsent(a.owner(), k -> new EnumMap<>(ActivityType.class)).merge(a.type(), 1L, Long::sum);
      }
    }
    Map<String, PerformanceMetrics> byNode = new LinkedHashMap<>();
    for (ForecastNode n : h.nodes()) {
      List<Opportunity> deals = new ArrayList<>();
      EnumMap<ActivityType, Long> acts = new EnumMap<>(ActivityType.class);
      for (ForecastNode leaf : h.ownersUnder(n.id())) {
        Owner owner = leaf.owner().orElseThrow();
        deals.addAll(dealsByOwner.get(owner));
        activityByOwner.getOrDefault(owner, new EnumMap<>(ActivityType.class)).forEach((t, c) -> acts.merge(t, c, Long::sum));
      }
      byNode.put(n.id(), metrics(n.id(), deals, acts));
    }
    return new PerformanceReport(h, byNode);
  }

  private PerformanceMetrics metrics(String node, List<Opportunity> deals, Map<ActivityType, Long> activities) {
    long open = 0;
    long won = 0;
    long lost = 0;
    BigDecimal wonAmount = BigDecimal.ZERO;
    BigDecimal openAmount = BigDecimal.ZERO;
    Duration cycleTotal = Duration.ZERO;
    for (Opportunity o : deals) {
      BigDecimal converted = fx.convert(o.amount(), currency, rateDate).amount();
      switch (o.status()) {
        case OPEN -> {
          open++;
          openAmount = openAmount.add(converted);
        }
        case WON -> {
          won++;
          wonAmount = wonAmount.add(converted);
          cycleTotal = cycleTotal.plus(Duration.between(o.stageHistory().startedAt(), o.closedAt().orElseThrow()));
        }
        case LOST -> lost++;
      }
    }
    Optional<BigDecimal> winRate = StageConversion.ratio(won, won + lost);
    Optional<Money> averageDeal = won == 0
        ? Optional.empty()
        : Optional.of(new Money(wonAmount.divide(BigDecimal.valueOf(won), MathContext.DECIMAL64), currency).rounded());
    Optional<Duration> averageCycle = won == 0 ? Optional.empty() : Optional.of(cycleTotal.dividedBy(won));
    Optional<Money> velocity = Optional.empty();
    if (winRate.isPresent() && averageDeal.isPresent() && averageCycle.isPresent() && !averageCycle.get().isZero()) {
      BigDecimal days = new BigDecimal(averageCycle.get().toNanos()).divide(SECONDS_PER_DAY.movePointRight(9), MathContext.DECIMAL64);
      BigDecimal perDay = BigDecimal.valueOf(open)
          .multiply(winRate.get())
          .multiply(averageDeal.get().amount())
          .divide(days, MathContext.DECIMAL64);
      velocity = Optional.of(new Money(perDay, currency).rounded());
    }
    return new PerformanceMetrics(
        node, deals.size(), open, won, lost, new Money(wonAmount, currency), new Money(openAmount, currency), winRate,
        averageDeal, averageCycle, velocity, conversions(deals), activities);
  }

  private List<StageConversion> conversions(List<Opportunity> deals) {
    // pipeline -> stage -> {entered, advanced, won}
    Map<String, Map<String, long[]>> counts = new LinkedHashMap<>();
    for (Opportunity o : deals) {
      Pipeline p = catalog.require(o.pipeline());
      Map<String, long[]> byStage = counts.computeIfAbsent(p.name(), k -> {
        Map<String, long[]> m = new LinkedHashMap<>();
        p.stages().forEach(s -> m.put(s.key(), new long[3]));
        return m;
      });
      List<StateChange> changes = o.stageHistory().changes();
      // for each stage entered, the highest order entered later through an open or won stage
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < changes.size(); i++) {
        String key = changes.get(i).to();
        Stage s = p.requireStage(key);
        if (!seen.add(key)) {
          continue;
        }
        long[] c = byStage.get(key);
        c[0]++;
        boolean advanced = false;
        for (int j = i + 1; j < changes.size() && !advanced; j++) {
          Stage later = p.requireStage(changes.get(j).to());
          advanced = !later.lost() && later.order() > s.order();
        }
        if (advanced) {
          c[1]++;
        }
        if (o.status() == OpportunityStatus.WON) {
          c[2]++;
        }
      }
    }
    List<StageConversion> out = new ArrayList<>();
    counts.forEach((pipeline, byStage) -> byStage.forEach((stage, c) -> {
      if (c[0] > 0) {
        out.add(new StageConversion(pipeline, stage, c[0], c[1], c[2]));
      }
    }));
    return out;
  }

  /** Configures a {@link SalesPerformance}. Defaults: no exchange rates (one currency), a flat hierarchy. */
  public static final class Builder {
    private final PipelineCatalog catalog;
    private final Currency currency;
    private final LocalDate rateDate;
    private ExchangeRates rates = (f, t, on) -> Optional.empty();
    private @Nullable ForecastHierarchy hierarchy;

    private Builder(PipelineCatalog catalog, Currency currency, LocalDate rateDate) {
      this.catalog = Objects.requireNonNull(catalog, "catalog");
      this.currency = Objects.requireNonNull(currency, "currency");
      this.rateDate = Objects.requireNonNull(rateDate, "rateDate");
    }

    public Builder rates(ExchangeRates value) {
      this.rates = Objects.requireNonNull(value, "rates");
      return this;
    }

    /** The representatives and teams to measure. */
    public Builder hierarchy(ForecastHierarchy value) {
      this.hierarchy = Objects.requireNonNull(value, "hierarchy");
      return this;
    }

    public SalesPerformance build() {
      return new SalesPerformance(this);
    }
  }
}
