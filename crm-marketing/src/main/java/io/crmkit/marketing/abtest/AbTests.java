package io.crmkit.marketing.abtest;

import io.crmkit.core.ValidationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Assignment and decision for {@link AbTest}s.
 *
 * <p>Assignment hashes (tenant, test, recipient) with {@link WeightedBuckets}: one point decides whether the
 * recipient is in the test share, a second (hashed with a different salt) picks the variant by weight, so the
 * same recipient always gets the same answer.
 *
 * <p>Decision: the leader is the variant with the highest rate by the test's metric. It wins when every variant
 * has sent at least {@code minimumSample} messages and, against every other variant, the two-proportion z-test
 * (pooled proportion p = (x1 + x2) / (n1 + n2), z = (p1 - p2) / sqrt(p (1 - p) (1/n1 + 1/n2)), two-sided p-value
 * 2 (1 - Φ(|z|))) gives a p-value below (1 - confidence) / (k - 1) (Bonferroni over the k - 1 comparisons).
 *
 * <pre>{@code
 * AbOutcome outcome = AbTests.decide(test, stats);
 * AbAssignment who = AbTests.assign(test, contactId.value(), outcome);   // the rest get outcome.winner()
 * }</pre>
 */
public final class AbTests {
  private AbTests() {}

  /** Where {@code recipient} stands, given the outcome so far. */
  public static AbAssignment assign(AbTest test, String recipient, AbOutcome outcome) {
    Objects.requireNonNull(test, "test");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(outcome, "outcome");
    double share = WeightedBuckets.point(test.tenantId().value(), test.id().value(), recipient, "share");
    if (share < test.testShare()) {
      int i = WeightedBuckets.pick(test.variants().stream().map(Variant::weight).toList(),
          test.tenantId().value(), test.id().value(), recipient, "variant");
      Variant v = test.variants().get(i);
      return new AbAssignment(recipient, true, Optional.of(v), "in the test: variant '" + v.key() + "' by hash");
    }
    return outcome.winner()
        .map(w -> new AbAssignment(recipient, false, Optional.of(w), "among the rest: gets the winner '" + w.key() + "'"))
        .orElseGet(() -> new AbAssignment(recipient, false, Optional.empty(), "among the rest: waits, " + outcome.explanation()));
  }

  /** The decision from the stats so far (one entry per variant; a missing variant counts as nothing sent). */
  public static AbOutcome decide(AbTest test, List<VariantStats> stats) {
    Objects.requireNonNull(test, "test");
    Objects.requireNonNull(stats, "stats");
    Map<String, VariantStats> by = new HashMap<>();
    for (VariantStats s : stats) {
      test.variant(s.variant());
      ValidationException.check(by.put(s.variant(), s) == null, "stats", "variant '" + s.variant() + "' is listed twice");
    }
    List<VariantStats> all = new ArrayList<>();
    for (Variant v : test.variants()) {
      all.add(by.getOrDefault(v.key(), new VariantStats(v.key(), 0, 0)));
    }
    VariantStats leader = all.stream().max(Comparator.comparingDouble(VariantStats::rate)).orElseThrow();
    List<AbOutcome.Comparison> comparisons = new ArrayList<>();
    for (VariantStats other : all) {
      if (other != leader) {
        double z = z(leader, other);
        comparisons.add(new AbOutcome.Comparison(leader.variant(), other.variant(), leader.rate(), other.rate(), z, 2 * (1 - phi(Math.abs(z)))));
      }
    }
    String metric = test.metric().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    for (VariantStats s : all) {
      if (s.sent() < test.minimumSample()) {
        return new AbOutcome(Optional.empty(), "no winner yet because variant '" + s.variant() + "' has sent " + s.sent()
            + " of the " + test.minimumSample() + " messages needed", comparisons);
      }
    }
    double alpha = (1 - test.confidence()) / (all.size() - 1);
    for (AbOutcome.Comparison c : comparisons) {
      if (!(c.pValue() < alpha)) {
        return new AbOutcome(Optional.empty(), String.format(Locale.ROOT,
            "no winner yet because '%s' (%s %.4f) is not significantly ahead of '%s' (%.4f): p = %.4f, needs < %.4f",
            c.leader(), metric, c.leaderRate(), c.other(), c.otherRate(), c.pValue(), alpha), comparisons);
      }
    }
    return new AbOutcome(Optional.of(test.variant(leader.variant())), String.format(Locale.ROOT,
        "'%s' wins on %s (%.4f) against every other variant at %.0f%% confidence; the rest get it",
        leader.variant(), metric, leader.rate(), test.confidence() * 100), comparisons);
  }

  /** The two-proportion z statistic with pooled variance; 0 when both rates are 0 or 1. */
  static double z(VariantStats a, VariantStats b) {
    if (a.sent() == 0 || b.sent() == 0) {
      return 0;
    }
    double p = (double) (a.successes() + b.successes()) / (a.sent() + b.sent());
    double se = Math.sqrt(p * (1 - p) * (1.0 / a.sent() + 1.0 / b.sent()));
    return se == 0 ? 0 : (a.rate() - b.rate()) / se;
  }

  /** The standard normal CDF, through erfc (Numerical Recipes' Chebyshev fit, relative error below 1.2e-7). */
  static double phi(double x) {
    return 0.5 * erfc(-x / Math.sqrt(2));
  }

  private static double erfc(double x) {
    double z = Math.abs(x);
    double t = 1 / (1 + 0.5 * z);
    double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
        + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
    return x >= 0 ? r : 2 - r;
  }
}
