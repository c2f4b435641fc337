package io.crmkit.marketing.schedule;

import io.crmkit.core.ValidationException;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

/** A daily range of local times [start, end), wrapping midnight when end is before start (21:00–08:00). */
record DailyTimeRange(LocalTime start, LocalTime end) {
  DailyTimeRange {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    ValidationException.check(!start.equals(end), "end", "must differ from start (" + start + ")");
  }

  boolean contains(LocalTime t) {
    return start.isBefore(end) ? !t.isBefore(start) && t.isBefore(end) : !t.isBefore(start) || t.isBefore(end);
  }

  /** The first local date-time after {@code local} whose time is {@code time}. */
  static LocalDateTime next(LocalDateTime local, LocalTime time) {
    LocalDateTime candidate = local.toLocalDate().atTime(time);
    return candidate.isAfter(local) ? candidate : candidate.plusDays(1);
  }

  @Override
  public String toString() {
    return start + "–" + end;
  }
}
