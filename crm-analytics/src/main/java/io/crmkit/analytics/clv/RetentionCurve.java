package io.crmkit.analytics.clv;

import io.crmkit.core.ValidationException;
import java.util.List;
import java.util.Objects;

/**
 * A contractual cohort for the {@link ShiftedBetaGeometric} model: the number of customers still active at the
 * start of each period, period 0 (acquisition) first, e.g. {@code RetentionCurve.of(1000, 631, 468, 382)}.
 * The counts may not grow (a cohort gains no members after acquisition).
 */
public record RetentionCurve(List<Long> alive) {
  public RetentionCurve {
    Objects.requireNonNull(alive, "alive");
    alive = List.copyOf(alive);
    ValidationException.check(alive.size() >= 2, "alive",
        "needs the count at period 0 and at least one later period, had " + alive.size());
    ValidationException.check(alive.get(0) > 0, "alive[0]", "must be > 0, was " + alive.get(0));
    for (int t = 1; t < alive.size(); t++) {
      long now = alive.get(t);
      long before = alive.get(t - 1);
      ValidationException.check(now >= 0, "alive[" + t + "]", "must be >= 0, was " + now);
      ValidationException.check(now <= before, "alive[" + t + "]",
          "must not exceed the " + before + " active in period " + (t - 1) + ", was " + now);
    }
  }

  /** A curve from its counts. */
  public static RetentionCurve of(long... alive) {
    Long[] boxed = new Long[alive.length];
    for (int i = 0; i < alive.length; i++) {
      boxed[i] = alive[i];
    }
    return new RetentionCurve(List.of(boxed));
  }

  /** The last period observed. */
  public int periods() {
    return alive.size() - 1;
  }
}
