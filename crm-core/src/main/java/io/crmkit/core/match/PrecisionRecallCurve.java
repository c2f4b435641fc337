package io.crmkit.core.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The precision/recall trade-off the model expects, without labels: at threshold {@code t}, the pairs scoring
 * at least {@code t} are called matches; their expected number of true matches is the sum of their match
 * probabilities, so precision is that sum over their count and recall that sum over the sum of all candidate
 * probabilities. Use {@link #best()} to pick the threshold with the highest expected F1, or read
 * {@link #points()} to choose by precision.
 */
public record PrecisionRecallCurve(List<Point> points) {
  public PrecisionRecallCurve {
    Objects.requireNonNull(points, "points");
    points = List.copyOf(points);
  }

  /** One threshold with its expected precision, recall and F1 and the number of pairs at or above it. */
  public record Point(double threshold, double precision, double recall, double f1, long pairs) {}

  /** The curve of a set of pair probabilities at thresholds 0.01, 0.02, ... 0.99 and 0.995, 0.999. */
  public static PrecisionRecallCurve of(double[] probabilities) {
    double[] p = probabilities.clone();
    Arrays.sort(p);
    double total = 0;
    for (double v : p) {
      total += v;
    }
    double[] thresholds = new double[101];
    for (int i = 1; i <= 99; i++) {
      thresholds[i - 1] = i / 100.0;
    }
    thresholds[99] = 0.995;
    thresholds[100] = 0.999;
    List<Point> out = new ArrayList<>();
    // suffix sums over the sorted probabilities
    double[] suffix = new double[p.length + 1];
    for (int i = p.length - 1; i >= 0; i--) {
      suffix[i] = suffix[i + 1] + p[i];
    }
    for (double t : thresholds) {
      int from = lowerBound(p, t);
      long count = p.length - from;
      double expectedTrue = suffix[from];
      double precision = count == 0 ? 1.0 : expectedTrue / count;
      double recall = total == 0 ? 0.0 : expectedTrue / total;
      double f1 = precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
      out.add(new Point(t, precision, recall, f1, count));
    }
    return new PrecisionRecallCurve(out);
  }

  private static int lowerBound(double[] sorted, double t) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < t) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The point with the highest expected F1 (the higher threshold on ties). */
  public Point best() {
    return points.stream()
        .max(Comparator.comparingDouble(Point::f1).thenComparingDouble(Point::threshold))
        .orElse(new Point(0.5, 1.0, 0.0, 0.0, 0));
  }

  /** The curve as a table for people, every tenth point. */
  public String table() {
    StringBuilder b = new StringBuilder("threshold  precision  recall   f1      pairs\n");
    for (int i = 0; i < points.size(); i += 10) {
      Point pt = points.get(i);
      b.append(String.format(Locale.ROOT, "%9.3f  %9.4f  %6.4f  %6.4f  %,d%n", pt.threshold(), pt.precision(), pt.recall(), pt.f1(), pt.pairs()));
    }
    return b.toString();
  }
}
