package io.crmkit.service.escalation;

import java.time.Duration;
import java.time.Instant;

/**
 * How much time counts between two instants: {@link #wall()} counts all of it; a business calendar counts only
 * its open hours (pass {@code calendar::diff}-style method references, so escalation does not depend on a
 * calendar implementation). {@code ElapsedTime business = (from, to) -> calendar.businessTimeBetween(from, to);}
 */
@FunctionalInterface
public interface ElapsedTime {
  /** The time that counts from {@code from} to {@code to}; zero or more, and zero when {@code to} is not after {@code from}. */
  Duration between(Instant from, Instant to);

  /** Wall-clock time. */
  static ElapsedTime wall() {
    return (from, to) -> to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
  }
}
