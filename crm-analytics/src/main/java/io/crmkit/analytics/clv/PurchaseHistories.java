package io.crmkit.analytics.clv;

import io.crmkit.analytics.summary.CustomerSummary;
import io.crmkit.core.ValidationException;
import java.util.Arrays;
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
    // the patterns in order of first appearance, and an open-addressing table of their indexes (−1 = empty)
    private int[] x = new int[64];
    private double[] tx = new double[64];
    private double[] age = new double[64];
    private double[] w = new double[64];
    private int size;
    private int[] table = filled(128);

    private Builder() {}

    private static int[] filled(int capacity) {
      int[] t = new int[capacity];
      Arrays.fill(t, -1);
      return t;
    }

    private static int hash(int x, double tx, double age) {
      long h = x * 0x9E3779B97F4A7C15L;
      h = (h ^ Double.doubleToLongBits(tx)) * 0xBF58476D1CE4E5B9L;
      h = (h ^ Double.doubleToLongBits(age)) * 0x94D049BB133111EBL;
      h ^= h >>> 31; // whole weeks have all-zero low mantissa bits: fold the high bits down
      h *= 0xBF58476D1CE4E5B9L;
      return (int) (h ^ (h >>> 29));
    }

    /** Adds {@code weight} customers with frequency x, recency t_x and age T (validated as a PurchaseHistory). */
    public Builder add(int frequency, double recency, double age, double weight) {
      new PurchaseHistory(frequency, recency, age);
      if (!(Double.isFinite(weight) && weight > 0)) {
        throw new ValidationException("weight", "must be > 0, was " + weight);
      }
      double r = recency + 0.0; // −0.0 and 0.0 are one pattern
      double t = age + 0.0;
      int mask = table.length - 1;
      int at = hash(frequency, r, t) & mask;
      while (true) {
        int i = table[at];
        if (i < 0) {
          break;
        }
        if (x[i] == frequency && Double.compare(tx[i], r) == 0 && Double.compare(this.age[i], t) == 0) {
          w[i] += weight;
          return this;
        }
        at = (at + 1) & mask;
      }
      if (size == x.length) {
        int grown = size * 2;
        x = Arrays.copyOf(x, grown);
        tx = Arrays.copyOf(tx, grown);
        this.age = Arrays.copyOf(this.age, grown);
        w = Arrays.copyOf(w, grown);
      }
      x[size] = frequency;
      tx[size] = r;
      this.age[size] = t;
      w[size] = weight;
      table[at] = size;
      size++;
      if (size * 2 > table.length) {
        rehash();
      }
      return this;
    }

    private void rehash() {
      int[] t = filled(table.length * 2);
      int mask = t.length - 1;
      for (int i = 0; i < size; i++) {
        int at = hash(x[i], tx[i], age[i]) & mask;
        while (t[at] >= 0) {
          at = (at + 1) & mask;
        }
        t[at] = i;
      }
      table = t;
    }

    /** Adds one customer's history. */
    public Builder add(PurchaseHistory h) {
      return add(h.frequency(), h.recency(), h.age(), 1.0);
    }

    /** The compressed histories. */
    public PurchaseHistories build() {
      return new PurchaseHistories(Arrays.copyOf(x, size), Arrays.copyOf(tx, size), Arrays.copyOf(age, size),
          Arrays.copyOf(w, size));
    }
  }
}
