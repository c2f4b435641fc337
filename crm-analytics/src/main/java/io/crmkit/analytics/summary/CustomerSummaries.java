package io.crmkit.analytics.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Builds {@link CustomerSummary customer summaries} from a transaction log under explicit
 * {@link SummaryConventions}: {@code List<CustomerSummary> s = CustomerSummaries.summarise(log, conventions);}.
 *
 * <p>Customers whose first purchase is after the calibration end are left out (they were not customers in the
 * calibration period). The log may come in any order; the result lists customers in the order in which they first
 * appear in it. Cost is linear in the number of transactions (plus a sort of each customer's own purchases when
 * the log lists them out of date order): one pass into primitive columns, a counting sort by customer, no
 * per-transaction objects.
 */
public final class CustomerSummaries {
  private CustomerSummaries() {}

  /** Summarises {@code transactions}. */
  public static List<CustomerSummary> summarise(Iterable<Transaction> transactions, SummaryConventions conventions) {
    Objects.requireNonNull(transactions, "transactions");
    Objects.requireNonNull(conventions, "conventions");
    // one pass into primitive columns: the customer's index (in order of first appearance), epoch day, amount
    int expected = transactions instanceof Collection<?> c ? c.size() : 1024;
    CustomerIndex customers = new CustomerIndex(Math.max(16, expected / 2));
    int[] who = new int[Math.max(16, expected)];
    long[] days = new long[who.length];
    double[] amounts = new double[who.length];
    int n = 0;
    @Nullable String lastId = null; // logs usually list a customer's purchases together: skip the lookup then
    int lastIndex = -1;
    boolean grouped = true; // whether each customer's transactions are consecutive in the log
    for (Transaction t : transactions) {
      if (n == who.length) {
        int grown = n * 2;
        who = Arrays.copyOf(who, grown);
        days = Arrays.copyOf(days, grown);
        amounts = Arrays.copyOf(amounts, grown);
      }
      String id = t.customerId();
      if (id != lastId) {
        int index = customers.indexOf(id);
        grouped &= index == lastIndex + 1; // a new customer, not one seen before
        lastIndex = index;
        lastId = id;
      }
      who[n] = lastIndex;
      days[n] = t.date().toEpochDay();
      amounts[n] = t.amount();
      n++;
    }
    // a stable counting sort by customer keeps each customer's purchases in log order (the log's own arrays
    // when it already lists each customer's purchases together)
    int m = customers.size();
    int[] start = new int[m + 1];
    for (int i = 0; i < n; i++) {
      start[who[i] + 1]++;
    }
    for (int k = 0; k < m; k++) {
      start[k + 1] += start[k];
    }
    long[] byDay = days;
    double[] byAmount = amounts;
    if (!grouped) {
      int[] next = Arrays.copyOf(start, m);
      byDay = new long[n];
      byAmount = new double[n];
      for (int i = 0; i < n; i++) {
        int at = next[who[i]]++;
        byDay[at] = days[i];
        byAmount[at] = amounts[i];
      }
    }
    long calibrationEnd = conventions.calibrationEnd().toEpochDay();
    long holdoutEnd = conventions.holdoutEnd().map(d -> d.toEpochDay()).orElse(calibrationEnd);
    List<CustomerSummary> out = new ArrayList<>(m);
    for (int k = 0; k < m; k++) {
      sortByDay(byDay, byAmount, start[k], start[k + 1]);
      CustomerSummary summary = summary(customers.id(k), byDay, byAmount, start[k], start[k + 1],
          conventions, calibrationEnd, holdoutEnd);
      if (summary != null) {
        out.add(summary);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** Sorts one customer's purchases [from, to) by day, stably (same-day purchases keep their log order). */
  private static void sortByDay(long[] days, double[] amounts, int from, int to) {
    boolean sorted = true;
    for (int i = from + 1; i < to && sorted; i++) {
      sorted = days[i - 1] <= days[i];
    }
    if (sorted) {
      return;
    }
    int size = to - from;
    Integer[] order = new Integer[size];
    for (int i = 0; i < size; i++) {
      order[i] = from + i;
    }
    Arrays.sort(order, (i, j) -> Long.compare(days[i], days[j])); // stable: same-day order kept
    long[] nd = new long[size];
    double[] na = new double[size];
    for (int i = 0; i < size; i++) {
      nd[i] = days[order[i]];
      na[i] = amounts[order[i]];
    }
    System.arraycopy(nd, 0, days, from, size);
    System.arraycopy(na, 0, amounts, from, size);
  }

  /** One customer's summary from their day-sorted purchases [from, to); null when first seen after calibration. */
  private static @Nullable CustomerSummary summary(String id, long[] days, double[] amounts, int from, int to,
      SummaryConventions c, long calibrationEnd, long holdoutEnd) {
    long first = days[from];
    if (first > calibrationEnd) {
      return null;
    }
    int repeats = 0;
    long last = first;
    double repeatSpend = 0;
    int holdout = 0;
    // the first purchase (and, when merging, everything else on its day) is not a repeat purchase
    int i = from;
    if (c.mergeSameDay()) {
      while (i < to && days[i] == first) {
        i++;
      }
    } else {
      i = from + 1;
    }
    while (i < to) {
      long day = days[i];
      double amount = amounts[i++];
      if (c.mergeSameDay()) {
        while (i < to && days[i] == day) {
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
    return new CustomerSummary(id, repeats, unit.fromDays(last - first), unit.fromDays(calibrationEnd - first),
        repeats == 0 ? 0.0 : repeatSpend / repeats, holdout);
  }

  /** Customer ids to dense indexes in order of first appearance: open addressing, no boxing. */
  private static final class CustomerIndex {
    private String[] keys;
    private int[] slots;
    private String[] ids;
    private int size;

    CustomerIndex(int expected) {
      int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
      keys = new String[capacity];
      slots = new int[capacity];
      ids = new String[Math.max(16, expected)];
    }

    int size() {
      return size;
    }

    String id(int index) {
      return ids[index];
    }

    int indexOf(String id) {
      int mask = keys.length - 1;
      int h = id.hashCode();
      int at = (h ^ (h >>> 16)) * 0x9E3779B9 & mask;
      while (true) {
        String k = keys[at];
        if (k == null) {
          break;
        }
        if (k == id || k.equals(id)) {
          return slots[at];
        }
        at = (at + 1) & mask;
      }
      if (size == ids.length) {
        ids = Arrays.copyOf(ids, size * 2);
      }
      ids[size] = id;
      keys[at] = id;
      slots[at] = size;
      size++;
      if (size * 2 > keys.length) {
        rehash();
      }
      return size - 1;
    }

    private void rehash() {
      String[] oldKeys = keys;
      int[] oldSlots = slots;
      keys = new String[oldKeys.length * 2];
      slots = new int[keys.length];
      int mask = keys.length - 1;
      for (int j = 0; j < oldKeys.length; j++) {
        String k = oldKeys[j];
        if (k != null) {
          int h = k.hashCode();
          int at = (h ^ (h >>> 16)) * 0x9E3779B9 & mask;
          while (keys[at] != null) {
            at = (at + 1) & mask;
          }
          keys[at] = k;
          slots[at] = oldSlots[j];
        }
      }
    }
  }
}
