package io.crmkit.sales.followup;

import io.crmkit.core.ValidationException;
import io.crmkit.core.query.Values;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What is due among stored follow-ups, computed from their persisted state and a clock: the reminders to
 * send in a window, and the occurrences that are overdue. Pure functions; the host loads the follow-ups
 * (e.g. by {@link FollowUp#DUE_AT}) and delivers the reminders.
 *
 * <p>{@code List<Reminder> send = FollowUpReminders.due(followUps, lastPoll, clock);}
 */
public final class FollowUpReminders {
  private static final Comparator<Reminder> BY_REMIND_AT =
      Comparator.comparing(Reminder::remindAt).thenComparing(r -> r.followUpId().value(), Values.CODE_POINT_ORDER)
          .thenComparing(Reminder::before);

  private FollowUpReminders() {}

  /**
   * The reminders of open occurrences falling in {@code (after, upTo]}, earliest first: polling with the
   * previous poll's {@code upTo} as the next {@code after} hands out every reminder exactly once.
   */
  public static List<Reminder> between(Iterable<FollowUp> followUps, Instant after, Instant upTo) {
    Objects.requireNonNull(followUps, "followUps");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(upTo, "upTo");
    ValidationException.check(!upTo.isBefore(after), "upTo", "must not be before after " + after);
    List<Reminder> out = new ArrayList<>();
    for (FollowUp f : followUps) {
      for (Reminder r : f.openReminders()) {
        if (r.remindAt().isAfter(after) && !r.remindAt().isAfter(upTo)) {
          out.add(r);
        }
      }
    }
    out.sort(BY_REMIND_AT);
    return List.copyOf(out);
  }

  /** The reminders due since the previous poll at {@code lastPoll}, up to the clock's now. */
  public static List<Reminder> due(Iterable<FollowUp> followUps, Instant lastPoll, Clock clock) {
    Objects.requireNonNull(clock, "clock");
    return between(followUps, lastPoll, clock.instant());
  }

  /** The open follow-ups whose occurrence was due before the clock's now, most overdue first. */
  public static List<FollowUp> overdue(Iterable<FollowUp> followUps, Clock clock) {
    Objects.requireNonNull(followUps, "followUps");
    Instant now = clock.instant();
    List<FollowUp> out = new ArrayList<>();
    for (FollowUp f : followUps) {
      f.dueAt().map(ZonedDateTime::toInstant).filter(d -> d.isBefore(now)).ifPresent(d -> out.add(f));
    }
    out.sort(Comparator.<FollowUp, Instant>comparing(f -> f.dueAt().orElseThrow().toInstant())
        .thenComparing(f -> f.id().value(), Values.CODE_POINT_ORDER));
    return List.copyOf(out);
  }
}
