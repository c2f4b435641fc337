package io.crmkit.analytics.clv;

import io.crmkit.analytics.summary.CustomerSummary;
import io.crmkit.core.ValidationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The input of the {@link GammaGamma} spend model, compressed: unique (x, m̄) pairs — the number of repeat
 * purchases and their mean amount — with the number of customers sharing each. Customers without a repeat purchase
 * say nothing about spend and are left out by {@link #of}. Build with {@code SpendHistories.of(summaries)} or
 * {@code SpendHistories.builder().add(2, 22.35, 1).build()}.
 */
public final class SpendHistories {
  final int[] x;
  final double[] mean;
  final double[] w;

  private SpendHistories(int[] x, double[] mean, double[] w) {
    this.x = x;
    this.mean = mean;
    this.w = w;
  }

  /** The (frequency, monetary value) of the summaries with frequency &gt; 0. */
  public static SpendHistories of(Iterable<CustomerSummary> summaries) {
    Objects.requireNonNull(summaries, "summaries");
    Builder b = builder();
    for (CustomerSummary s : summaries) {
      if (s.frequency() > 0) {
        b.add(s.frequency(), s.monetaryValue(), 1);
      }
    }
    return b.build();
  }

  /** A builder merging equal (x, m̄) pairs. */
  public static Builder builder() {
    return new Builder();
  }

  /** How many distinct (x, m̄) pairs there are. */
  public int patterns() {
    return x.length;
  }

  /** The number of customers: the sum of the weights. */
  public double customers() {
    double c = 0;
    for (double wi : w) {
      c += wi;
    }
    return c;
  }

  /** Collects (x, m̄, weight) rows; x must be &gt; 0 and m̄ &gt; 0. */
  public static final class Builder {
    private final Map<List<Double>, Integer> index = new HashMap<>();
    private final List<double[]> rows = new ArrayList<>();

    private Builder() {}

    /** Adds {@code weight} customers with {@code frequency} repeat purchases of mean amount {@code meanSpend}. */
    public Builder add(int frequency, double meanSpend, double weight) {
      if (!(frequency > 0)) {
        throw new ValidationException("frequency",
            "must be > 0: customers without a repeat purchase carry no spend information, was " + frequency);
      }
      if (!(Double.isFinite(meanSpend) && meanSpend > 0)) {
        throw new ValidationException("monetaryValue",
            "must be > 0 (the gamma spend model has no zero or negative amounts), was " + meanSpend);
      }
      if (!(Double.isFinite(weight) && weight > 0)) {
        throw new ValidationException("weight", "must be > 0, was " + weight);
      }
      List<Double> key = List.of((double) frequency, meanSpend);
      Integer at = index.get(key);
      if (at == null) {
        index.put(key, rows.size());
        rows.add(new double[] {frequency, meanSpend, weight});
      } else {
        rows.get(at)[2] += weight;
      }
      return this;
    }

    /** The compressed histories. */
    public SpendHistories build() {
      int n = rows.size();
      int[] x = new int[n];
      double[] m = new double[n];
      double[] w = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] = (int) rows.get(i)[0];
        m[i] = rows.get(i)[1];
        w[i] = rows.get(i)[2];
      }
      return new SpendHistories(x, m, w);
    }
  }
}
