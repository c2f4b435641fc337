package io.crmkit.testkit.marketing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The clock the job-store kit moves by hand and hands to the store under test: leases expire and backoffs
 * elapse only when the kit says so. Thread-safe; always UTC: {@code clock.advance(Duration.ofMinutes(5))}.
 */
public final class JobStoreClock extends Clock {
  private volatile Instant now;

  /** A clock standing at {@code start}. */
  public JobStoreClock(Instant start) {
    this.now = Objects.requireNonNull(start, "start");
  }

  /** Moves the clock forward by {@code by} (zero allowed, never backwards). */
  public void advance(Duration by) {
    Objects.requireNonNull(by, "by");
    if (by.isNegative()) {
      throw new IllegalArgumentException("a job-store clock never goes back, but was asked to move by " + by);
    }
    now = now.plus(by);
  }

  /** Sets the clock to {@code at}, which must not be before now. */
  public void setTo(Instant at) {
    Objects.requireNonNull(at, "at");
    advance(Duration.between(now, at));
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  /** A view of this clock in {@code zone}: the same instant, moving whenever this one is moved. */
  @Override
  public Clock withZone(ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    JobStoreClock self = this;
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return zone;
      }

      @Override
      public Clock withZone(ZoneId other) {
        return self.withZone(other);
      }

      @Override
      public Instant instant() {
        return self.instant();
      }
    };
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public String toString() {
    return "JobStoreClock[" + now + "]";
  }
}
