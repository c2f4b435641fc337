package io.crmkit.analytics.clv;

import io.crmkit.core.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The input of the {@link BgBb} model, compressed: unique (x, t_x, n) patterns with the number of customers
 * sharing each — the {@code frequency,recency,periods,weights} rows of the command line. Build with
 * {@code DiscreteHistories.builder().add(new DiscreteHistory(3, 5, 6), 225).build()}.
 */
public final class DiscreteHistories {
  private final List<DiscreteHistory> patterns;
  private final double[] weights;

  private DiscreteHistories(List<DiscreteHistory> patterns, double[] weights) {
    this.patterns = List.copyOf(patterns);
    this.weights = weights;
  }

  /** A builder that merges equal patterns. */
  public static Builder builder() {
    return new Builder();
  }

  /** The distinct patterns, in the order first added. */
  public List<DiscreteHistory> patterns() {
    return patterns;
  }

  /** The weight of the pattern at {@code index}. */
  public double weight(int index) {
    return weights[index];
  }

  /** The number of customers: the sum of the weights. */
  public double customers() {
    double c = 0;
    for (double w : weights) {
      c += w;
    }
    return c;
  }

  /** Collects patterns with weights. */
  public static final class Builder {
    private final Map<DiscreteHistory, Double> rows = new LinkedHashMap<>();

    private Builder() {}

    /** Adds {@code weight} customers with history {@code h}. */
    public Builder add(DiscreteHistory h, double weight) {
      ValidationException.check(Double.isFinite(weight) && weight > 0, "weight", "must be > 0, was " + weight);
      rows.merge(h, weight, Double::sum);
      return this;
    }

    /** The compressed histories. */
    public DiscreteHistories build() {
      List<DiscreteHistory> p = new ArrayList<>(rows.keySet());
      double[] w = new double[p.size()];
      for (int i = 0; i < w.length; i++) {
        w[i] = rows.get(p.get(i));
      }
      return new DiscreteHistories(p, w);
    }
  }
}
