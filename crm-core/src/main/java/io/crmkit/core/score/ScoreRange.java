package io.crmkit.core.score;

import io.crmkit.core.ValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * A range of score values with optional bounds, each inclusive or exclusive: what a segment or a report asks
 * of a score, e.g. {@code ScoreRange.atLeast(70)}, {@code ScoreRange.between(0.2, 0.5)} (from 0.2 inclusive to
 * 0.5 exclusive) or {@code ScoreRange.any()}.
 */
public record ScoreRange(Optional<Double> lower, boolean lowerInclusive, Optional<Double> upper, boolean upperInclusive) {
  public ScoreRange {
    Objects.requireNonNull(lower, "lower");
    Objects.requireNonNull(upper, "upper");
    lower.ifPresent(v -> ValidationException.check(Double.isFinite(v), "lower", "must be finite but was " + v));
    upper.ifPresent(v -> ValidationException.check(Double.isFinite(v), "upper", "must be finite but was " + v));
    if (lower.isPresent() && upper.isPresent()) {
      double lo = lower.get();
      double hi = upper.get();
      ValidationException.check(lo < hi || (lo == hi && lowerInclusive && upperInclusive), "upper",
          "the range [" + lo + ", " + hi + "] holds no value; the upper bound must lie above the lower one");
    }
  }

  /** Every value. */
  public static ScoreRange any() {
    return new ScoreRange(Optional.empty(), true, Optional.empty(), true);
  }

  /** Values of at least {@code lower}. */
  public static ScoreRange atLeast(double lower) {
    return new ScoreRange(Optional.of(lower), true, Optional.empty(), true);
  }

  /** Values above {@code lower}. */
  public static ScoreRange above(double lower) {
    return new ScoreRange(Optional.of(lower), false, Optional.empty(), true);
  }

  /** Values of at most {@code upper}. */
  public static ScoreRange atMost(double upper) {
    return new ScoreRange(Optional.empty(), true, Optional.of(upper), true);
  }

  /** Values below {@code upper}. */
  public static ScoreRange below(double upper) {
    return new ScoreRange(Optional.empty(), true, Optional.of(upper), false);
  }

  /** Values from {@code lowerInclusive} up to but not including {@code upperExclusive}. */
  public static ScoreRange between(double lowerInclusive, double upperExclusive) {
    return new ScoreRange(Optional.of(lowerInclusive), true, Optional.of(upperExclusive), false);
  }

  /** Whether {@code value} lies in the range. */
  public boolean contains(double value) {
    if (lower.isPresent() && (lowerInclusive ? value < lower.get() : value <= lower.get())) {
      return false;
    }
    return upper.isEmpty() || (upperInclusive ? value <= upper.get() : value < upper.get());
  }

  @Override
  public String toString() {
    return (lower.isPresent() ? (lowerInclusive ? "[" : "(") + lower.get() : "(-∞") + ", "
        + (upper.isPresent() ? upper.get() + (upperInclusive ? "]" : ")") : "∞)");
  }
}
