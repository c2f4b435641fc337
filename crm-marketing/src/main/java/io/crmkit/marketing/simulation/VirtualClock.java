package io.crmkit.marketing.simulation;

import io.crmkit.core.ValidationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A {@link Clock} that stands still until it is moved, and only ever forwards: the simulator's time, which any
 * component taking a clock can share. {@code VirtualClock clock = VirtualClock.at(start); clock.advance(Duration.ofDays(1));}
 * Not thread-safe.
 */
public final class VirtualClock extends Clock {
  private Instant now;

  private VirtualClock(Instant start) {
    this.now = start;
  }

  /** A clock showing {@code start}. */
  public static VirtualClock at(Instant start) {
    return new VirtualClock(Objects.requireNonNull(start, "start"));
  }

  /** Moves the clock to {@code instant}, which must not be earlier than now. */
  public void moveTo(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    ValidationException.check(!instant.isBefore(now), "instant", "must not be before the clock's " + now + " but was " + instant);
    now = instant;
  }

  /** Moves the clock forward by {@code amount}, which must not be negative. */
  public void advance(Duration amount) {
    Objects.requireNonNull(amount, "amount");
    ValidationException.check(!amount.isNegative(), "amount", "must not be negative but was " + amount);
    now = now.plus(amount);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
