package io.crmkit.analytics.rfm;

import io.crmkit.analytics.summary.Transaction;
import io.crmkit.core.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The raw R, F and M of one customer as of a date: {@code daysSinceLastPurchase}, {@code purchases} (distinct
 * purchase days, all of a day's purchases counting as one) and {@code totalSpend}. Build them from a log with
 * {@code RfmObservation.fromTransactions(log, LocalDate.of(1998, 6, 30))}, or one by one.
 */
public record RfmObservation(String customerId, long daysSinceLastPurchase, int purchases, double totalSpend) {
  public RfmObservation {
    Objects.requireNonNull(customerId, "customerId");
    ValidationException.check(daysSinceLastPurchase >= 0, "daysSinceLastPurchase",
        "must be >= 0 (a purchase after the scoring date?), was " + daysSinceLastPurchase);
    ValidationException.check(purchases >= 1, "purchases", "must be >= 1 for a customer, was " + purchases);
    ValidationException.check(Double.isFinite(totalSpend) && totalSpend >= 0, "totalSpend",
        "must be >= 0, was " + totalSpend);
  }

  /**
   * One observation per customer who bought on or before {@code asOf}; later transactions are ignored. Customers
   * appear in the order of their first transaction in the log.
   */
  public static List<RfmObservation> fromTransactions(Iterable<Transaction> log, LocalDate asOf) {
    Objects.requireNonNull(log, "log");
    Objects.requireNonNull(asOf, "asOf");
    final class Acc {
      long last = Long.MIN_VALUE;
      final java.util.Set<Long> days = new java.util.HashSet<>();
      double spend;
    }
    Map<String, Acc> by = new LinkedHashMap<>();
    long end = asOf.toEpochDay();
    for (Transaction t : log) {
      long day = t.date().toEpochDay();
      if (day > end) {
        continue;
      }
      Acc a = by.computeIfAbsent(t.customerId(), id -> new Acc());
      a.last = Math.max(a.last, day);
      a.days.add(day);
      a.spend += t.amount();
    }
    List<RfmObservation> out = new ArrayList<>(by.size());
    by.forEach((id, a) -> out.add(new RfmObservation(id, end - a.last, a.days.size(), a.spend)));
    return List.copyOf(out);
  }
}
