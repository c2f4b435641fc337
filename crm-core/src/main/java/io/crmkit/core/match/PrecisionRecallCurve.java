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
    Objects.requireNonNull(probabilities, "probabilities");
    double[] thresholds = new double[101];
    for (int i = 1; i <= 99; i++) {
      thresholds[i - 1] = i / 100.0;
    }
    thresholds[99] = 0.995;
    thresholds[100] = 0.999;
    // one pass, no sort: bucket k holds the pairs that reach exactly the first k thresholds
    long[] count = new long[thresholds.length + 1];
    double[] sum = new double[thresholds.length + 1];
    double total = 0;
    for (double v : probabilities) {
      int k = reached(thresholds, v);
      count[k]++;
      sum[k] += v;
      total += v;
    }
    List<Point> out = new ArrayList<>(thresholds.length);
    long pairs = 0;
    double expectedTrue = 0;
    Point[] points = new Point[thresholds.length];
    for (int i = thresholds.length - 1; i >= 0; i--) {
      pairs += count[i + 1];
      expectedTrue += sum[i + 1];
      double precision = pairs == 0 ? 1.0 : expectedTrue / pairs;
      double recall = total == 0 ? 0.0 : expectedTrue / total;
      double f1 = precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
      points[i] = new Point(thresholds[i], precision, recall, f1, pairs);
    }
    out.addAll(Arrays.asList(points));
    return new PrecisionRecallCurve(out);
  }

  /** How many of the ascending {@code thresholds} are at most {@code v}. */
  private static int reached(double[] thresholds, double v) {
    int lo = 0;
    int hi = thresholds.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (thresholds[mid] <= v) {
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
