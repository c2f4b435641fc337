package io.crmkit.marketing.schedule;

import io.crmkit.core.ValidationException;
import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How failed jobs are retried: at most {@code maxAttempts} attempts (a lease that expires counts as one),
 * waiting {@code initialBackoff × multiplier^(attempt−1)} capped at {@code maxBackoff}, minus a random jitter
 * of up to {@code jitter} of that delay, e.g. {@code RetryPolicy.ofDefaults()} or
 * {@code new RetryPolicy(5, Duration.ofSeconds(30), Duration.ofMinutes(30), 2.0, 0.2)}.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, double multiplier, double jitter) {
  public RetryPolicy {
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    ValidationException.check(maxAttempts >= 1, "maxAttempts", "must be at least 1 but was " + maxAttempts);
    ValidationException.check(
        !initialBackoff.isNegative() && !initialBackoff.isZero(), "initialBackoff", "must be positive");
    ValidationException.check(
        maxBackoff.compareTo(initialBackoff) >= 0, "maxBackoff", "must not be shorter than initialBackoff");
    ValidationException.check(multiplier >= 1.0 && Double.isFinite(multiplier), "multiplier", "must be at least 1");
    ValidationException.check(jitter >= 0.0 && jitter < 1.0, "jitter", "must be in [0, 1) but was " + jitter);
  }

  /** Eight attempts, 30 s doubling up to 1 h, 20 % jitter. */
  public static RetryPolicy ofDefaults() {
    return new RetryPolicy(8, Duration.ofSeconds(30), Duration.ofHours(1), 2.0, 0.2);
  }

  /** The capped delay before the attempt after {@code failedAttempt} (1-based), before jitter. */
  public Duration cappedBackoff(int failedAttempt) {
    ValidationException.check(failedAttempt >= 1, "failedAttempt", "must be at least 1 but was " + failedAttempt);
    double millis = initialBackoff.toMillis() * Math.pow(multiplier, failedAttempt - 1.0);
    long capped = millis >= maxBackoff.toMillis() ? maxBackoff.toMillis() : (long) millis;
    return Duration.ofMillis(capped);
  }

  /** The delay before the attempt after {@code failedAttempt}: the capped backoff less up to {@code jitter} of it. */
  public Duration backoff(int failedAttempt, RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    long capped = cappedBackoff(failedAttempt).toMillis();
    long cut = (long) (capped * jitter * random.nextDouble());
    return Duration.ofMillis(capped - cut);
  }
}
