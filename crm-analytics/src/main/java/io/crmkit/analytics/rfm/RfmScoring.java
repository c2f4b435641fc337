package io.crmkit.analytics.rfm;

import io.crmkit.core.ValidationException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Quantile RFM scoring with named segments: {@code RfmScoring.ofDefaults().score(observations)}, or with your own
 * bins and rules: {@code RfmScoring.ofDefaults().withBins(4).withSegments(myRules)}.
 *
 * <p>Scores are quantiles of the customers scored together: with n customers and k bins, a customer's score is
 * {@code 1 + ⌊k · w / n⌋}, where w is the number of customers with a strictly worse value (more days since the last
 * purchase; fewer purchases; less spend). So ties always share a score (the lowest their rank allows) and the result
 * does not depend on the input order; the best customer gets at most k. Heavy ties — many one-time buyers —
 * therefore leave some scores unused rather than splitting equal customers arbitrarily.
 *
 * <p>Segments are rules tried in order; a customer no rule matches is in {@code fallback} ("other" by default).
 * The default rules, for 5 bins, on recency and frequency (monetary 1..5): champions R4–5 F4–5; loyal R3–5 F3–5;
 * new R4–5 F1; promising R3–5 F1–2; at risk R1–2 F3–5; hibernating R2 F1–2; lost R1 F1–2.
 */
public record RfmScoring(int bins, List<RfmSegment> segments, String fallback) {
  public RfmScoring {
    Objects.requireNonNull(segments, "segments");
    Objects.requireNonNull(fallback, "fallback");
    segments = List.copyOf(segments);
    ValidationException.check(bins >= 2 && bins <= 100, "bins", "must be in [2, 100], was " + bins);
    for (RfmSegment s : segments) {
      for (ScoreRange r : List.of(s.recency(), s.frequency(), s.monetary())) {
        ValidationException.check(r.max() <= bins, "segments",
            "segment '" + s.name() + "' uses score " + r.max() + " but there are only " + bins
                + " bins; give segments written for " + bins + " bins");
      }
    }
  }

  /** 5 bins and the default segments. */
  public static RfmScoring ofDefaults() {
    ScoreRange any = ScoreRange.any(5);
    return new RfmScoring(5, List.of(
        new RfmSegment("champions", ScoreRange.of(4, 5), ScoreRange.of(4, 5), any),
        new RfmSegment("loyal", ScoreRange.of(3, 5), ScoreRange.of(3, 5), any),
        new RfmSegment("new", ScoreRange.of(4, 5), ScoreRange.of(1, 1), any),
        new RfmSegment("promising", ScoreRange.of(3, 5), ScoreRange.of(1, 2), any),
        new RfmSegment("at risk", ScoreRange.of(1, 2), ScoreRange.of(3, 5), any),
        new RfmSegment("hibernating", ScoreRange.of(2, 2), ScoreRange.of(1, 2), any),
        new RfmSegment("lost", ScoreRange.of(1, 1), ScoreRange.of(1, 2), any)), "other");
  }

  /** These settings with {@code n} bins and no segment rules unless {@code n} is the current number. */
  public RfmScoring withBins(int n) {
    return n == bins ? this : new RfmScoring(n, List.of(), fallback);
  }

  /** These settings with other segment rules. */
  public RfmScoring withSegments(List<RfmSegment> rules) {
    return new RfmScoring(bins, rules, fallback);
  }

  /** Scores {@code observations} against each other and assigns segments. */
  public RfmResult score(List<RfmObservation> observations) {
    Objects.requireNonNull(observations, "observations");
    int n = observations.size();
    double[] r = new double[n];
    double[] f = new double[n];
    double[] m = new double[n];
    for (int i = 0; i < n; i++) {
      RfmObservation o = observations.get(i);
      r[i] = -o.daysSinceLastPurchase(); // more recent is better
      f[i] = o.purchases();
      m[i] = o.totalSpend();
    }
    int[] rs = quantileScores(r);
    int[] fs = quantileScores(f);
    int[] ms = quantileScores(m);
    Map<String, Long> counts = new LinkedHashMap<>();
    segments.forEach(s -> counts.put(s.name(), 0L));
    counts.put(fallback, 0L);
    java.util.ArrayList<RfmScore> scores = new java.util.ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String segment = fallback;
      for (RfmSegment s : segments) {
        if (s.matches(rs[i], fs[i], ms[i])) {
          segment = s.name();
          break;
        }
      }
      counts.merge(segment, 1L, Long::sum);
      scores.add(new RfmScore(observations.get(i), rs[i], fs[i], ms[i], segment));
    }
    return new RfmResult(scores, counts);
  }

  /** 1 + ⌊bins · (number strictly worse) / n⌋ for each value (higher values are better). */
  int[] quantileScores(double[] values) {
    int n = values.length;
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      int worse = lowerBound(sorted, values[i]);
      out[i] = 1 + (int) ((long) bins * worse / n);
    }
    return out;
  }

  private static int lowerBound(double[] sorted, double v) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
