package io.crmkit.benchmarks.sales;

import io.crmkit.core.Owner;
import io.crmkit.core.money.ExchangeRate;
import io.crmkit.core.money.InMemoryExchangeRates;
import io.crmkit.core.money.Money;
import io.crmkit.core.money.MoneyConversion;
import io.crmkit.sales.forecast.FiscalCalendar;
import io.crmkit.sales.forecast.Forecast;
import io.crmkit.sales.forecast.ForecastEntry;
import io.crmkit.sales.forecast.ForecastHierarchy;
import io.crmkit.sales.forecast.ForecastRollup;
import io.crmkit.sales.opportunity.OpportunityId;
import io.crmkit.sales.pipeline.ForecastCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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
 * The forecast roll-up over 100,000 opportunities of 1,000 owners (10 regions × 5 teams × 20 owners), in
 * EUR, USD, GBP and JPY, converted per deal into EUR and rolled up by calendar quarter of 2026 through the
 * hierarchy in every forecast category. Compared with a naive baseline: a {@code HashMap} keyed by
 * (quarter, owner, category) summing {@link MoneyConversion#convert} results, without the hierarchy,
 * weighting or counts.
 *
 * <p>{@code java -jar crm-benchmarks/target/benchmarks.jar ForecastRollup -f 1 -wi 2 -i 3}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class ForecastRollupBenchmark {
  static final int OPPORTUNITIES = 100_000;
  static final LocalDate RATE_DATE = LocalDate.parse("2026-01-31");
  static final String[] CURRENCIES = {"EUR", "USD", "GBP", "JPY"};

  List<ForecastEntry> entries;
  ForecastHierarchy hierarchy;
  InMemoryExchangeRates rates;
  ForecastRollup rollup;
  FiscalCalendar quarters = FiscalCalendar.calendarQuarters();

  /** Builds the hierarchy and the opportunities (seed 42). */
  @Setup
  public void build() {
    ForecastHierarchy.Builder b = ForecastHierarchy.builder("company", "Company");
    List<Owner> owners = new ArrayList<>();
    for (int r = 0; r < 10; r++) {
      b.group("region-" + r, "Region " + r, "company");
      for (int t = 0; t < 5; t++) {
        String team = "team-" + r + "-" + t;
        b.group(team, "Team " + r + "-" + t, "region-" + r);
        for (int o = 0; o < 20; o++) {
          Owner owner = Owner.user("rep-" + owners.size());
          owners.add(owner);
          b.owner(owner, "Rep " + owners.size(), team);
        }
      }
    }
    hierarchy = b.build();
    Currency eur = Money.currency("EUR");
    LocalDate from = LocalDate.parse("2025-01-01");
    rates = new InMemoryExchangeRates()
        .add(new ExchangeRate(Money.currency("USD"), eur, new BigDecimal("0.9213"), from))
        .add(new ExchangeRate(Money.currency("GBP"), eur, new BigDecimal("1.1842"), from))
        .add(new ExchangeRate(Money.currency("JPY"), eur, new BigDecimal("0.006117"), from));
    SplittableRandom random = new SplittableRandom(42);
    ForecastCategory[] categories = ForecastCategory.values();
    entries = new ArrayList<>(OPPORTUNITIES);
    for (int i = 0; i < OPPORTUNITIES; i++) {
      String c = CURRENCIES[random.nextInt(CURRENCIES.length)];
      int digits = Money.fractionDigits(Money.currency(c));
      entries.add(new ForecastEntry(
          new OpportunityId("opp-" + i), owners.get(random.nextInt(owners.size())),
          LocalDate.parse("2026-01-01").plusDays(random.nextInt(365)),
          Money.of(BigDecimal.valueOf(random.nextLong(100, 50_000_000L), digits), c),
          random.nextInt(101), categories[random.nextInt(categories.length)]));
    }
    rollup = ForecastRollup.builder(quarters, eur, RATE_DATE).rates(rates).hierarchy(hierarchy).build();
    Forecast f = rollup.compute(entries);
    System.out.printf("%n%d periods × %d nodes; best case %s%n", f.periods().size(), hierarchy.nodes().size(),
        f.total("company").cumulative(ForecastCategory.BEST_CASE));
  }

  /** The full roll-up: per-deal conversion and weighting, every level of the hierarchy, every category. */
  @Benchmark
  public Forecast rollup() {
    return rollup.compute(entries);
  }

  /** The naive baseline: convert each deal with MoneyConversion and sum per (quarter, owner, category). */
  @Benchmark
  public Map<String, Money> naiveGroupingBaseline() {
    MoneyConversion fx = new MoneyConversion(rates);
    Currency eur = Money.currency("EUR");
    Map<String, Money> sums = new HashMap<>();
    for (ForecastEntry e : entries) {
      String key = quarters.periodOf(e.closeDate()).key() + "|" + e.owner() + "|" + e.category();
      sums.merge(key, fx.convert(e.amount(), eur, RATE_DATE), Money::plus);
    }
    return sums;
  }
}
