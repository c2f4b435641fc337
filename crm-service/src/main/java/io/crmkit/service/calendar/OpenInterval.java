package io.crmkit.service.calendar;

import io.crmkit.core.ValidationException;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A local time range during which a calendar is open: from {@code start} (inclusive) to {@code end}
 * (exclusive), in whole seconds. An {@code end} of {@code 00:00} means the end of the day (24:00), so
 * {@code 00:00–00:00} is the whole day. An {@code end} before {@code start} (22:00–06:00) runs into the next
 * day, which a {@link CalendarVersion} accepts only with {@link AcrossMidnight#ALLOW}.
 *
 * <p>{@code OpenInterval.of("08:30", "17:00")}
 */
public record OpenInterval(LocalTime start, LocalTime end) implements Comparable<OpenInterval> {
  /** Seconds in a day, the end-of-day value of {@link #endSecond()}. */
  public static final int DAY_SECONDS = 86_400;

  public OpenInterval {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    ValidationException.check(start.getNano() == 0, "start", "must be a whole second but was " + start);
    ValidationException.check(end.getNano() == 0, "end", "must be a whole second but was " + end);
    ValidationException.check(
        !start.equals(end) || end.equals(LocalTime.MIDNIGHT),
        "end", "must differ from start (" + start + "); use 00:00-00:00 for the whole day");
  }

  /** Parses two ISO local times, e.g. {@code of("09:00", "17:30")}. */
  public static OpenInterval of(String start, String end) {
    return new OpenInterval(LocalTime.parse(start), LocalTime.parse(end));
  }

  /** The whole day, 00:00–24:00. */
  public static OpenInterval wholeDay() {
    return new OpenInterval(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
  }

  /** The start as seconds of the day. */
  public int startSecond() {
    return start.toSecondOfDay();
  }

  /** The end as seconds of the day, {@link #DAY_SECONDS} for midnight, less than {@link #startSecond()} when it crosses midnight. */
  public int endSecond() {
    return end.equals(LocalTime.MIDNIGHT) ? DAY_SECONDS : end.toSecondOfDay();
  }

  /** Whether this interval runs past midnight into the next day. */
  public boolean crossesMidnight() {
    return endSecond() <= startSecond();
  }

  @Override
  public int compareTo(OpenInterval o) {
    int c = Integer.compare(startSecond(), o.startSecond());
    return c != 0 ? c : Integer.compare(endSecond(), o.endSecond());
  }

  @Override
  public String toString() {
    return start + "-" + (end.equals(LocalTime.MIDNIGHT) ? "24:00" : end.toString());
  }
}
