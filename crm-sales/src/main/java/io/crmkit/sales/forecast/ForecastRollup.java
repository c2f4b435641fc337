package io.crmkit.sales.forecast;

import io.crmkit.core.ValidationException;
import io.crmkit.core.money.ExchangeRate;
import io.crmkit.core.money.ExchangeRates;
import io.crmkit.core.money.Money;
import io.crmkit.sales.opportunity.Opportunity;
import io.crmkit.sales.pipeline.ForecastCategory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Rolls opportunities up into a {@link Forecast}: by period of a {@link FiscalCalendar} (from each deal's
 * close date), by owner, and up a {@link ForecastHierarchy} of teams and territories, per forecast category.
 *
 * <pre>{@code
 * ForecastRollup rollup = ForecastRollup.builder(FiscalCalendar.calendarQuarters(), Money.currency("EUR"), rateDate)
 *     .rates(rates).hierarchy(hierarchy).build();
 * Forecast f = rollup.compute(entries);
 * }</pre>
 *
 * <p>Every deal is converted on its own into the target currency at the rate in force on the rate date and
 * rounded half-even to the currency's minor unit; its weighted amount is its exactly converted amount ×
 * probability ÷ 100, rounded the same way. Figures are then sums of these per-deal amounts, so every team's
 * figure is exactly the sum of its children's and no amounts of different currencies are ever added. A deal
 * whose owner is not in the hierarchy, or whose currency has no rate, is an error naming the deal.
 */
public final class ForecastRollup {
  private final FiscalCalendar calendar;
  private final Currency currency;
  private final LocalDate rateDate;
  private final ExchangeRates rates;
  private final Optional<ForecastHierarchy> hierarchy;
  private final Optional<LocalDate> from;
  private final Optional<LocalDate> to;

  private ForecastRollup(Builder b) {
    this.calendar = b.calendar;
    this.currency = b.currency;
    this.rateDate = b.rateDate;
    this.rates = b.rates;
    this.hierarchy = Optional.ofNullable(b.hierarchy);
    this.from = Optional.ofNullable(b.from);
    this.to = Optional.ofNullable(b.to);
  }

  /** Starts a roll-up into {@code currency} at the rates of {@code rateDate}, by the periods of {@code calendar}. */
  public static Builder builder(FiscalCalendar calendar, Currency currency, LocalDate rateDate) {
    return new Builder(calendar, currency, rateDate);
  }

  /** The forecast of {@code opportunities} (through {@link ForecastEntry#of}). */
  public Forecast computeOpportunities(Collection<Opportunity> opportunities) {
    List<ForecastEntry> entries = new ArrayList<>(opportunities.size());
    opportunities.forEach(o -> entries.add(ForecastEntry.of(o)));
    return compute(entries);
  }

  /**
   * The forecast of {@code entries}. Periods run from the earliest to the latest close date (or the
   * builder's range, outside which deals are left out), empty periods included.
   *
   * @throws ValidationException naming the deal whose owner is not in the hierarchy or whose currency has no
   *     rate on the rate date
   */
  public Forecast compute(Collection<ForecastEntry> entries) {
    Objects.requireNonNull(entries, "entries");
    ForecastHierarchy h = hierarchy.orElseGet(() -> {
      LinkedHashSet<io.crmkit.core.Owner> owners = new LinkedHashSet<>();
      entries.forEach(e -> owners.add(e.owner()));
      return ForecastHierarchy.flat("all", "All owners", owners);
    });
    List<ForecastNode> nodes = h.nodes();
    Map<String, Integer> nodeIndex = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      nodeIndex.put(nodes.get(i).id(), i);
    }
    int[] parent = new int[nodes.size()];
    for (int i = 0; i < nodes.size(); i++) {
      parent[i] = h.parent(nodes.get(i).id()).map(p -> nodeIndex.get(p.id())).orElse(-1);
    }
    Map<io.crmkit.core.Owner, Integer> ownerIndex = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      int idx = i;
      nodes.get(i).owner().ifPresent(o -> ownerIndex.put(o, idx));
    }

    LocalDate lo = from.orElse(null);
    LocalDate hi = to.orElse(null);
    if (lo == null || hi == null) {
      LocalDate min = null;
      LocalDate max = null;
      for (ForecastEntry e : entries) {
        LocalDate d = e.closeDate();
        min = min == null || d.isBefore(min) ? d : min;
        max = max == null || d.isAfter(max) ? d : max;
      }
      LocalDate fallback = rateDate;
      lo = lo != null ? lo : min != null ? min : fallback;
      hi = hi != null ? hi : max != null ? max : fallback;
      if (hi.isBefore(lo)) {
        hi = lo;
      }
    }
    List<ForecastPeriod> periods = calendar.periods(lo, hi);
    Map<String, Integer> periodIndex = new HashMap<>();
    for (int i = 0; i < periods.size(); i++) {
      periodIndex.put(periods.get(i).key(), i);
    }

    int digits = Money.fractionDigits(currency);
    int cats = ForecastCategory.values().length;
    int stride = nodes.size() * cats;
    long[] amount = new long[periods.size() * stride];
    long[] weighted = new long[periods.size() * stride];
    long[] count = new long[periods.size() * stride];
    Map<LocalDate, Integer> periodOfDate = new HashMap<>();
    Map<Currency, ExchangeRate> rateCache = new HashMap<>();
    LocalDate first = lo;
    LocalDate last = hi;

    for (ForecastEntry e : entries) {
      LocalDate d = e.closeDate();
      if (d.isBefore(first) || d.isAfter(last)) {
        continue;
      }
      Integer p = periodOfDate.computeIfAbsent(d, day -> periodIndex.get(calendar.periodOf(day).key()));
      Integer leaf = ownerIndex.get(e.owner());
      if (leaf == null) {
        throw new ValidationException(
            "owner", "opportunity " + e.opportunity() + " is owned by " + e.owner() + ", who is not in the forecast hierarchy");
      }
      BigDecimal exact = convertExactly(e, rateCache);
      long units = exact.setScale(digits, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
      // × probability ÷ 100, exactly: the division by 100 only moves the decimal point
      long weightedUnits = exact.multiply(BigDecimal.valueOf(e.probability())).movePointLeft(2)
          .setScale(digits, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
      int at = p * stride + leaf * cats + e.category().ordinal();
      amount[at] = Math.addExact(amount[at], units);
      weighted[at] = Math.addExact(weighted[at], weightedUnits);
      count[at]++;
    }

    // children come after their parents in pre-order: walking backwards adds every node into its parent
    // after all of its own descendants have been added into it
    for (int p = 0; p < periods.size(); p++) {
      for (int n = nodes.size() - 1; n > 0; n--) {
        int child = p * stride + n * cats;
        int into = p * stride + parent[n] * cats;
        for (int c = 0; c < cats; c++) {
          amount[into + c] = Math.addExact(amount[into + c], amount[child + c]);
          weighted[into + c] = Math.addExact(weighted[into + c], weighted[child + c]);
          count[into + c] += count[child + c];
        }
      }
    }

    ForecastCategory[] all = ForecastCategory.values();
    Map<String, Map<String, ForecastFigures>> cells = new HashMap<>();
    for (int p = 0; p < periods.size(); p++) {
      Map<String, ForecastFigures> byNode = new HashMap<>();
      for (int n = 0; n < nodes.size(); n++) {
        Map<ForecastCategory, Money> a = new EnumMap<>(ForecastCategory.class);
        Map<ForecastCategory, Money> w = new EnumMap<>(ForecastCategory.class);
        Map<ForecastCategory, Long> k = new EnumMap<>(ForecastCategory.class);
        for (int c = 0; c < cats; c++) {
          int at = p * stride + n * cats + c;
          a.put(all[c], new Money(BigDecimal.valueOf(amount[at], digits), currency));
          w.put(all[c], new Money(BigDecimal.valueOf(weighted[at], digits), currency));
          k.put(all[c], count[at]);
        }
        byNode.put(nodes.get(n).id(), new ForecastFigures(currency, a, w, k));
      }
      cells.put(periods.get(p).key(), Map.copyOf(byNode));
    }
    return new Forecast(h, periods, currency, rateDate, Map.copyOf(cells), List.of());
  }

  private BigDecimal convertExactly(ForecastEntry e, Map<Currency, ExchangeRate> cache) {
    Money m = e.amount();
    if (m.currency().equals(currency)) {
      return m.amount();
    }
    ExchangeRate rate = cache.get(m.currency());
    if (rate == null) {
      rate = rates.rate(m.currency(), currency, rateDate).orElseThrow(() -> new ValidationException(
          "currency", "no " + m.currency() + "→" + currency + " rate in force on " + rateDate + " to convert opportunity " + e.opportunity()));
      cache.put(m.currency(), rate);
    }
    // exactly what ExchangeRate.apply computes, without building a Money for every deal
    return m.amount().multiply(rate.rate());
  }

  /** Configures a {@link ForecastRollup}. Defaults: no exchange rates (single currency), a flat hierarchy, every close date. */
  public static final class Builder {
    private final FiscalCalendar calendar;
    private final Currency currency;
    private final LocalDate rateDate;
    private ExchangeRates rates = (f, t, on) -> Optional.empty();
    private @Nullable ForecastHierarchy hierarchy;
    private @Nullable LocalDate from;
    private @Nullable LocalDate to;

    private Builder(FiscalCalendar calendar, Currency currency, LocalDate rateDate) {
      this.calendar = Objects.requireNonNull(calendar, "calendar");
      this.currency = Objects.requireNonNull(currency, "currency");
      this.rateDate = Objects.requireNonNull(rateDate, "rateDate");
    }

    /** The exchange rates converting deals in other currencies. */
    public Builder rates(ExchangeRates value) {
      this.rates = Objects.requireNonNull(value, "rates");
      return this;
    }

    /** The teams and territories to roll up through; without one, every owner sits directly under the root {@code all}. */
    public Builder hierarchy(ForecastHierarchy value) {
      this.hierarchy = Objects.requireNonNull(value, "hierarchy");
      return this;
    }

    /** Only deals closing from {@code first} to {@code last} (both included); the periods cover this range. */
    public Builder between(LocalDate first, LocalDate last) {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(last, "last");
      ValidationException.check(!last.isBefore(first), "last", "must not be before " + first + " but was " + last);
      this.from = first;
      this.to = last;
      return this;
    }

    public ForecastRollup build() {
      return new ForecastRollup(this);
    }
  }
}
