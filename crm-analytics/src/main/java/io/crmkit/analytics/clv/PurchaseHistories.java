package io.crmkit.analytics.clv;

import io.crmkit.analytics.summary.CustomerSummary;
import io.crmkit.core.ValidationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The input of the continuous-time models in compressed form: the unique (x, t_x, T) patterns with the number
 * of customers (weight) who share each, so a fit costs as much as there are patterns, not customers. Build it
 * from summaries with {@code PurchaseHistories.of(summaries)} or pattern by pattern with
 * {@code PurchaseHistories.builder().add(2, 30.43, 38.86, 1).build()}.
 */
public final class PurchaseHistories {
  final int[] x;
  final double[] tx;
  final double[] age;
  final double[] w;
  private final double customers;

  private PurchaseHistories(int[] x, double[] tx, double[] age, double[] w) {
    this.x = x;
    this.tx = tx;
    this.age = age;
    this.w = w;
    double c = 0;
    for (double wi : w) {
      c += wi;
    }
    this.customers = c;
  }

  /** The summaries' (frequency, recency, age) patterns, each weighted by how many customers share it. */
  public static PurchaseHistories of(Iterable<CustomerSummary> summaries) {
    Objects.requireNonNull(summaries, "summaries");
    Builder b = builder();
    for (CustomerSummary s : summaries) {
      b.add(s.frequency(), s.recency(), s.age(), 1.0);
    }
    return b.build();
  }

  /** A builder that merges equal patterns as they are added. */
  public static Builder builder() {
    return new Builder();
  }

  /** How many distinct patterns there are. */
  public int patterns() {
    return x.length;
  }

  /** The number of customers: the sum of the weights. */
  public double customers() {
    return customers;
  }

  /** The total number of repeat purchases, Σ weight · x. */
  public double repeatPurchases() {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += w[i] * x[i];
    }
    return s;
  }

  /** The pattern at {@code index} (0 ≤ index &lt; {@link #patterns()}). */
  public PurchaseHistory pattern(int index) {
    return new PurchaseHistory(x[index], tx[index], age[index]);
  }

  /** The weight of the pattern at {@code index}. */
  public double weight(int index) {
    return w[index];
  }

  int maxFrequency() {
    int m = 0;
    for (int xi : x) {
      m = Math.max(m, xi);
    }
    return m;
  }

  double meanAge() {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += w[i] * age[i];
    }
    return s / customers;
  }

  /** Refuses data no model can be fitted to: no customers, or nobody who bought again. */
  void requireRepeatBuyers(String model) {
    if (customers <= 0) {
      throw new ValidationException("histories", model + " cannot be fitted to no customers");
    }
    if (repeatPurchases() == 0) {
      throw new ValidationException("histories", model + " cannot be fitted when no customer made a repeat"
          + " purchase (every frequency is 0): the purchase rate and the dropout are not identified");
    }
  }

  /** Collects patterns; equal (x, t_x, T) patterns are merged and their weights added. */
  public static final class Builder {
    private final Map<Key, Integer> index = new HashMap<>();
    private final List<double[]> rows = new ArrayList<>();

    private Builder() {}

    private record Key(int x, double tx, double age) {}

    /** Adds {@code weight} customers with frequency x, recency t_x and age T (validated as a PurchaseHistory). */
    public Builder add(int frequency, double recency, double age, double weight) {
      new PurchaseHistory(frequency, recency, age);
      if (!(Double.isFinite(weight) && weight > 0)) {
        throw new ValidationException("weight", "must be > 0, was " + weight);
      }
      Key k = new Key(frequency, recency + 0.0, age + 0.0);
      Integer at = index.get(k);
      if (at == null) {
        index.put(k, rows.size());
        rows.add(new double[] {frequency, recency, age, weight});
      } else {
        rows.get(at)[3] += weight;
      }
      return this;
    }

    /** Adds one customer's history. */
    public Builder add(PurchaseHistory h) {
      return add(h.frequency(), h.recency(), h.age(), 1.0);
    }

    /** The compressed histories. */
    public PurchaseHistories build() {
      int n = rows.size();
      int[] x = new int[n];
      double[] tx = new double[n];
      double[] age = new double[n];
      double[] w = new double[n];
      for (int i = 0; i < n; i++) {
        double[] r = rows.get(i);
        x[i] = (int) r[0];
        tx[i] = r[1];
        age[i] = r[2];
        w[i] = r[3];
      }
      return new PurchaseHistories(x, tx, age, w);
    }
  }
}
