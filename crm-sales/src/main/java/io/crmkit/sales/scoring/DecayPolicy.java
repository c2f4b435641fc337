package io.crmkit.sales.scoring;

import io.crmkit.core.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * How engagement points fade with the age of the event that earned them, evaluated as of an instant: no
 * decay, a half-life, or steps by age like HubSpot's "decay by 25% after 3 months". {@link #factor} is the
 * fraction of the points that still counts: 1 for an event at the as-of instant, never increasing with age.
 *
 * <p>{@code DecayPolicy.stepwise(Step.afterMonths(3, 0.75), Step.afterMonths(6, 0.5))}
 */
public sealed interface DecayPolicy {

  /** The fraction (0 to 1) of points earned at {@code occurredAt} that still counts at {@code asOf}. */
  double factor(Instant occurredAt, Instant asOf);

  /** Points never fade. */
  static DecayPolicy none() {
    return None.INSTANCE;
  }

  /** Points halve every {@code halfLife}: factor = 0.5^(age / halfLife). */
  static DecayPolicy halfLife(Duration halfLife) {
    return new HalfLife(halfLife);
  }

  /** Points count at the factor of the steps reached by the event's age (see {@link Stepwise}). */
  static DecayPolicy stepwise(Step... steps) {
    return new Stepwise(List.of(steps));
  }

  /** No decay. */
  enum None implements DecayPolicy {
    INSTANCE;

    @Override
    public double factor(Instant occurredAt, Instant asOf) {
      return 1.0;
    }
  }

  /**
   * Exponential decay with a half-life: an event {@code halfLife} old counts half, twice as old a quarter.
   * Events after the as-of instant count fully (scorers leave them out anyway).
   */
  record HalfLife(Duration halfLife) implements DecayPolicy {
    public HalfLife {
      Objects.requireNonNull(halfLife, "halfLife");
      ValidationException.check(
          !halfLife.isNegative() && !halfLife.isZero(), "halfLife", "must be positive but was " + halfLife);
    }

    @Override
    public double factor(Instant occurredAt, Instant asOf) {
      Duration age = Duration.between(occurredAt, asOf);
      if (age.isNegative() || age.isZero()) {
        return 1.0;
      }
      double ratio = seconds(age) / seconds(halfLife);
      return Math.pow(0.5, ratio);
    }

    private static double seconds(Duration d) {
      return d.getSeconds() + d.getNano() / 1e9;
    }
  }

  /**
   * Decay in steps by age: once an event is at least a step's {@link Step#after} old (calendar arithmetic in
   * UTC, so "3 months" from 30 November is 28 February), its points count at that step's
   * {@link Step#factor}; the smallest factor among the steps reached applies, 1 when none is reached. Listed
   * by age with falling factors, the last step reached is the one that applies, as in HubSpot.
   */
  record Stepwise(List<Step> steps) implements DecayPolicy {
    public Stepwise {
      steps = List.copyOf(steps);
      ValidationException.check(!steps.isEmpty(), "steps", "a stepwise decay needs at least one step");
      HashSet<Period> seen = new HashSet<>();
      for (Step s : steps) {
        ValidationException.check(seen.add(s.after().normalized()), "steps", "two steps start at the same age " + s.after());
      }
    }

    @Override
    public double factor(Instant occurredAt, Instant asOf) {
      double f = 1.0;
      for (Step s : steps) {
        if (!occurredAt.atOffset(ZoneOffset.UTC).plus(s.after()).toInstant().isAfter(asOf)) {
          f = Math.min(f, s.factor());
        }
      }
      return f;
    }
  }

  /**
   * One step of a {@link Stepwise} decay: from age {@code after} on, points count at {@code factor}.
   *
   * @param after the age at which the step starts: positive, no negative part
   * @param factor the fraction of the points that still counts, 0 to 1
   */
  record Step(Period after, double factor) {
    public Step {
      Objects.requireNonNull(after, "after");
      ValidationException.check(
          !after.isNegative() && !after.isZero() && after.getYears() >= 0 && after.getMonths() >= 0 && after.getDays() >= 0,
          "after", "must be a positive age but was " + after);
      ValidationException.check(factor >= 0 && factor <= 1, "factor", "must be between 0 and 1 but was " + factor);
    }

    /** "Decay to {@code factor} after {@code months} months". */
    public static Step afterMonths(int months, double factor) {
      return new Step(Period.ofMonths(months), factor);
    }

    /** "Decay to {@code factor} after {@code days} days". */
    public static Step afterDays(int days, double factor) {
      return new Step(Period.ofDays(days), factor);
    }
  }
}
