package io.crmkit.analytics.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds {@link CustomerSummary customer summaries} from a transaction log under explicit
 * {@link SummaryConventions}: {@code List<CustomerSummary> s = CustomerSummaries.summarise(log, conventions);}.
 *
 * <p>Customers whose first purchase is after the calibration end are left out (they were not customers in the
 * calibration period). The log may come in any order; the result lists customers in the order in which they first
 * appear in it. Cost is linear in the number of transactions (plus a sort of each customer's own purchases).
 */
public final class CustomerSummaries {
  private CustomerSummaries() {}

  /** Summarises {@code transactions} under {@code conventions}. */
  public static List<CustomerSummary> summarise(Iterable<Transaction> transactions, SummaryConventions conventions) {
    Objects.requireNonNull(transactions, "transactions");
    Objects.requireNonNull(conventions, "conventions");
    Map<String, Purchases> byCustomer = new LinkedHashMap<>();
    for (Transaction t : transactions) {
      byCustomer.computeIfAbsent(t.customerId(), id -> new Purchases()).add(t.date().toEpochDay(), t.amount());
    }
    long calibrationEnd = conventions.calibrationEnd().toEpochDay();
    long holdoutEnd = conventions.holdoutEnd().map(d -> d.toEpochDay()).orElse(calibrationEnd);
    List<CustomerSummary> out = new ArrayList<>(byCustomer.size());
    for (Map.Entry<String, Purchases> e : byCustomer.entrySet()) {
      e.getValue().summary(e.getKey(), conventions, calibrationEnd, holdoutEnd).ifPresent(out::add);
    }
    return List.copyOf(out);
  }

  /** One customer's purchases, growing arrays of (epoch day, amount). */
  private static final class Purchases {
    long[] days = new long[4];
    double[] amounts = new double[4];
    int size;
    boolean sorted = true;

    void add(long day, double amount) {
      if (size == days.length) {
        days = Arrays.copyOf(days, size * 2);
        amounts = Arrays.copyOf(amounts, size * 2);
      }
      if (size > 0 && day < days[size - 1]) {
        sorted = false;
      }
      days[size] = day;
      amounts[size] = amount;
      size++;
    }

    private void sort() {
      if (sorted) {
        return;
      }
      Integer[] order = new Integer[size];
      for (int i = 0; i < size; i++) {
        order[i] = i;
      }
      long[] d = days;
      Arrays.sort(order, (i, j) -> Long.compare(d[i], d[j])); // stable: same-day order kept
      long[] nd = new long[size];
      double[] na = new double[size];
      for (int i = 0; i < size; i++) {
        nd[i] = days[order[i]];
        na[i] = amounts[order[i]];
      }
      days = nd;
      amounts = na;
      sorted = true;
    }

    java.util.Optional<CustomerSummary> summary(
        String id, SummaryConventions c, long calibrationEnd, long holdoutEnd) {
      sort();
      long first = days[0];
      if (first > calibrationEnd) {
        return java.util.Optional.empty();
      }
      int repeats = 0;
      long last = first;
      double repeatSpend = 0;
      int holdout = 0;
      // the first purchase (and, when merging, everything else on its day) is not a repeat purchase
      int i = 0;
      if (c.mergeSameDay()) {
        while (i < size && days[i] == first) {
          i++;
        }
      } else {
        i = 1;
      }
      while (i < size) {
        long day = days[i];
        double amount = amounts[i++];
        if (c.mergeSameDay()) {
          while (i < size && days[i] == day) {
            amount += amounts[i++];
          }
        }
        if (day <= calibrationEnd) {
          repeats++;
          repeatSpend += amount;
          last = day;
        } else if (day <= holdoutEnd) {
          holdout++;
        }
      }
      PeriodUnit unit = c.unit();
      return java.util.Optional.of(new CustomerSummary(
          id, repeats, unit.fromDays(last - first), unit.fromDays(calibrationEnd - first),
          repeats == 0 ? 0.0 : repeatSpend / repeats, holdout));
    }
  }
}
