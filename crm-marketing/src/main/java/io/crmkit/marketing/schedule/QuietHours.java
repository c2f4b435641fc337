package io.crmkit.marketing.schedule;

import java.time.LocalTime;
import java.util.Objects;

/**
 * Local times of day, in the recipient's zone, when nothing is sent — [start, end), usually wrapping midnight
 * — and what happens to a send that falls inside: {@link Policy#DEFER} moves it to the end of the quiet
 * hours, {@link Policy#DROP} drops it and reports it in {@link SendPlan#dropped()}, never silently, e.g.
 * {@code QuietHours.of("21:00", "08:00", QuietHours.Policy.DEFER)}.
 */
public record QuietHours(LocalTime start, LocalTime end, Policy policy) {
  /** What happens to a send inside quiet hours. */
  public enum Policy {
    /** Send at the end of the quiet hours. */
    DEFER,
    /** Do not send; the plan reports the drop. */
    DROP
  }

  public QuietHours {
    new DailyTimeRange(Objects.requireNonNull(start, "start"), Objects.requireNonNull(end, "end"));
    Objects.requireNonNull(policy, "policy");
  }

  /** Quiet hours from {@code start} to {@code end}, both {@code HH:mm}. */
  public static QuietHours of(String start, String end, Policy policy) {
    return new QuietHours(LocalTime.parse(start), LocalTime.parse(end), policy);
  }

  /** Whether {@code local} is quiet. */
  public boolean contains(LocalTime local) {
    return new DailyTimeRange(start, end).contains(local);
  }
}
