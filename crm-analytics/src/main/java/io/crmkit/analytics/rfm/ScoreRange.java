package io.crmkit.analytics.rfm;

import io.crmkit.core.ValidationException;

/** An inclusive range of scores such as 4..5, used by {@link RfmSegment} rules: {@code ScoreRange.of(4, 5)}. */
public record ScoreRange(int min, int max) {
  public ScoreRange {
    ValidationException.check(min >= 1, "min", "scores start at 1, was " + min);
    ValidationException.check(max >= min, "max", "must be >= min " + min + ", was " + max);
  }

  public static ScoreRange of(int min, int max) {
    return new ScoreRange(min, max);
  }

  /** Any score from 1 to {@code bins}. */
  public static ScoreRange any(int bins) {
    return new ScoreRange(1, bins);
  }

  public boolean contains(int score) {
    return score >= min && score <= max;
  }
}
