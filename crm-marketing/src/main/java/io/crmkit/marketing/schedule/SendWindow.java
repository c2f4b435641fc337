package io.crmkit.marketing.schedule;

import java.time.LocalTime;
import java.util.Objects;

/**
 * The local times of day, in the recipient's zone, when a step may send: [start, end), wrapping midnight if
 * end is before start. A send outside the window moves to the window's next start, e.g.
 * {@code SendWindow.of("08:00", "20:00")}.
 */
public record SendWindow(LocalTime start, LocalTime end) {
  public SendWindow {
    new DailyTimeRange(Objects.requireNonNull(start, "start"), Objects.requireNonNull(end, "end"));
  }

  /** The window from {@code start} to {@code end}, both {@code HH:mm}. */
  public static SendWindow of(String start, String end) {
    return new SendWindow(LocalTime.parse(start), LocalTime.parse(end));
  }

  /** Whether {@code local} lies in the window. */
  public boolean contains(LocalTime local) {
    return new DailyTimeRange(start, end).contains(local);
  }
}
