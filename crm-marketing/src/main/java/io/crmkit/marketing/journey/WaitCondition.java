package io.crmkit.marketing.journey;

import io.crmkit.core.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * How long a {@link JourneyStep.Wait} holds a recipient, computed from when they entered the step and their
 * zone. Local times follow {@link ZonedDateTime#of}: in a DST gap the time moves forward by the gap's length,
 * in an overlap the earlier offset is used.
 *
 * <p>{@code WaitCondition.forDuration(Duration.ofDays(2))}, {@code WaitCondition.untilTimeOfDay(LocalTime.of(9, 0))}
 */
public sealed interface WaitCondition {

  /** When the wait is over for someone who entered it at {@code enteredAt} and lives in {@code zone}. */
  Instant dueAt(Instant enteredAt, ZoneId zone);

  /** Whether every pass through the wait takes time, so a cycle through it cannot spin within one instant. */
  boolean alwaysTakesTime();

  /** In words, for explanations: {@code "2 days"}, {@code "09:00 local time"}. */
  String describe();

  /** A wait of {@code duration} (positive). */
  static WaitCondition forDuration(Duration duration) {
    return new ForDuration(duration);
  }

  /** A wait until {@code date} at {@code time} in the recipient's zone; over at once once that has passed. */
  static WaitCondition untilDate(LocalDate date, LocalTime time) {
    return new UntilDate(date, time);
  }

  /** A wait until the next {@code time} of day in the recipient's zone, strictly after entering. */
  static WaitCondition untilTimeOfDay(LocalTime time) {
    return new UntilTimeOfDay(time);
  }

  /** A fixed, positive duration. */
  record ForDuration(Duration duration) implements WaitCondition {
    public ForDuration {
      Objects.requireNonNull(duration, "duration");
      ValidationException.check(!duration.isNegative() && !duration.isZero(), "duration", "must be positive but was " + duration);
    }

    @Override
    public Instant dueAt(Instant enteredAt, ZoneId zone) {
      return enteredAt.plus(duration);
    }

    @Override
    public boolean alwaysTakesTime() {
      return true;
    }

    @Override
    public String describe() {
      long s = duration.getSeconds();
      if (s % 86_400 == 0) {
        return s / 86_400 + (s == 86_400 ? " day" : " days");
      }
      if (s % 3600 == 0) {
        return s / 3600 + (s == 3600 ? " hour" : " hours");
      }
      return duration.toString();
    }
  }

  /** A local date and time in the recipient's zone. */
  record UntilDate(LocalDate date, LocalTime time) implements WaitCondition {
    public UntilDate {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(time, "time");
    }

    @Override
    public Instant dueAt(Instant enteredAt, ZoneId zone) {
      Instant due = ZonedDateTime.of(date, time, zone).toInstant();
      return due.isBefore(enteredAt) ? enteredAt : due;
    }

    @Override
    public boolean alwaysTakesTime() {
      return false;
    }

    @Override
    public String describe() {
      return date + " " + time + " local time";
    }
  }

  /** The next occurrence of a local time of day, strictly after entering. */
  record UntilTimeOfDay(LocalTime time) implements WaitCondition {
    public UntilTimeOfDay {
      Objects.requireNonNull(time, "time");
    }

    @Override
    public Instant dueAt(Instant enteredAt, ZoneId zone) {
      ZonedDateTime entered = enteredAt.atZone(zone);
      ZonedDateTime candidate = ZonedDateTime.of(entered.toLocalDate(), time, zone);
      while (!candidate.toInstant().isAfter(enteredAt)) {
        candidate = ZonedDateTime.of(candidate.toLocalDate().plusDays(1), time, zone);
      }
      return candidate.toInstant();
    }

    @Override
    public boolean alwaysTakesTime() {
      return true;
    }

    @Override
    public String describe() {
      return time + " local time";
    }
  }
}
