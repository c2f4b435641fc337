package io.crmkit.sales.forecast;

import io.crmkit.core.ValidationException;
import io.crmkit.core.money.Money;
import io.crmkit.sales.pipeline.ForecastCategory;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The computed forecast of one node in one period, all in the forecast's currency: per forecast category the
 * total amount, the weighted amount (probability × amount) and the number of opportunities. Read the
 * cumulative views with {@link #cumulative} and {@link #weightedCumulative}.
 *
 * <p>{@code Money commit = figures.cumulative(ForecastCategory.COMMIT); // commit + closed}
 *
 * @param amounts by category, every category present, in {@code currency}
 * @param weighted by category, every category present, in {@code currency}
 * @param counts by category, every category present, not negative
 */
public record ForecastFigures(
    Currency currency, Map<ForecastCategory, Money> amounts, Map<ForecastCategory, Money> weighted, Map<ForecastCategory, Long> counts) {

  public ForecastFigures {
    Objects.requireNonNull(currency, "currency");
    amounts = complete(amounts, "amounts", currency);
    weighted = complete(weighted, "weighted", currency);
    Objects.requireNonNull(counts, "counts");
    EnumMap<ForecastCategory, Long> c = new EnumMap<>(ForecastCategory.class);
    for (ForecastCategory cat : ForecastCategory.values()) {
      Long n = counts.get(cat);
      ValidationException.check(n != null && n >= 0, "counts", "needs a count of at least 0 for " + cat);
      c.put(cat, n);
    }
    counts = Collections.unmodifiableMap(c);
  }

  private static Map<ForecastCategory, Money> complete(Map<ForecastCategory, Money> in, String field, Currency currency) {
    Objects.requireNonNull(in, field);
    EnumMap<ForecastCategory, Money> out = new EnumMap<>(ForecastCategory.class);
    for (ForecastCategory cat : ForecastCategory.values()) {
      Money m = in.get(cat);
      ValidationException.check(m != null, field, "needs an amount for " + cat);
      ValidationException.check(m.currency().equals(currency), field, "must be in " + currency + " but " + cat + " is " + m);
      out.put(cat, m);
    }
    return Collections.unmodifiableMap(out);
  }

  /** All zero in {@code currency}. */
  public static ForecastFigures zero(Currency currency) {
    Map<ForecastCategory, Money> z = new EnumMap<>(ForecastCategory.class);
    Map<ForecastCategory, Long> n = new EnumMap<>(ForecastCategory.class);
    for (ForecastCategory cat : ForecastCategory.values()) {
      z.put(cat, Money.zero(currency));
      n.put(cat, 0L);
    }
    return new ForecastFigures(currency, z, z, n);
  }

  /** The total amount of the opportunities in exactly {@code category}. */
  public Money amount(ForecastCategory category) {
    return amounts.get(Objects.requireNonNull(category, "category"));
  }

  /** The weighted amount of the opportunities in exactly {@code category}. */
  public Money weighted(ForecastCategory category) {
    return weighted.get(Objects.requireNonNull(category, "category"));
  }

  /** The number of opportunities in exactly {@code category}. */
  public long count(ForecastCategory category) {
    return counts.get(Objects.requireNonNull(category, "category"));
  }

  /** The cumulative view named {@code category} (see {@link ForecastCategory#cumulative()}). */
  public Money cumulative(ForecastCategory category) {
    Money sum = Money.zero(currency);
    for (ForecastCategory c : category.cumulative()) {
      sum = sum.plus(amounts.get(c));
    }
    return sum;
  }

  /** The weighted amount of the cumulative view named {@code category}. */
  public Money weightedCumulative(ForecastCategory category) {
    Money sum = Money.zero(currency);
    for (ForecastCategory c : category.cumulative()) {
      sum = sum.plus(weighted.get(c));
    }
    return sum;
  }

  /** The number of opportunities in the cumulative view named {@code category}. */
  public long cumulativeCount(ForecastCategory category) {
    long n = 0;
    for (ForecastCategory c : category.cumulative()) {
      n += counts.get(c);
    }
    return n;
  }

  /** These figures plus {@code other}'s, category by category (same currency). */
  public ForecastFigures plus(ForecastFigures other) {
    Objects.requireNonNull(other, "other");
    Map<ForecastCategory, Money> a = new EnumMap<>(ForecastCategory.class);
    Map<ForecastCategory, Money> w = new EnumMap<>(ForecastCategory.class);
    Map<ForecastCategory, Long> n = new EnumMap<>(ForecastCategory.class);
    for (ForecastCategory c : ForecastCategory.values()) {
      a.put(c, amounts.get(c).plus(other.amounts.get(c)));
      w.put(c, weighted.get(c).plus(other.weighted.get(c)));
      n.put(c, counts.get(c) + other.counts.get(c));
    }
    return new ForecastFigures(currency, a, w, n);
  }
}
