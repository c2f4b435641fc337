package io.crmkit.core.activity;

import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.Values;
import io.crmkit.core.store.Repository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The questions a CRM asks of activities: what is still open for a customer or an owner, which reminders are
 * due, which tasks are overdue. Results come in a total order (by the relevant instant, then id).
 *
 * <p>{@code List<Activity> due = Activities.remindersDue(tenantStore.repository(Activity.TYPE), clock.instant());}
 */
public final class Activities {
  private Activities() {}

  /** By {@link Activity#expectedAt()}, then id. */
  static final Comparator<Activity> BY_EXPECTED =
      Comparator.comparing(Activity::expectedAt).thenComparing(a -> a.id().value(), Values.CODE_POINT_ORDER);

  /** By reminder instant, then id. */
  static final Comparator<Activity> BY_REMINDER =
      Comparator.<Activity, Instant>comparing(a -> a.remindAt().orElseThrow()).thenComparing(a -> a.id().value(), Values.CODE_POINT_ORDER);

  private static final Criteria OPEN = Criteria.eq(Activity.STATUS, ActivityStatus.OPEN.name());

  /** Open activities linked to any of {@code records}, soonest expected first. */
  public static List<Activity> open(Repository<Activity, ActivityId> activities, Set<RecordRef> records) {
    Objects.requireNonNull(activities, "activities");
    if (records.isEmpty()) {
      return List.of();
    }
    return sorted(activities.query(Criteria.and(OPEN, linkedToAny(records))), BY_EXPECTED);
  }

  /** Open activities owned by {@code owner}, soonest expected first. */
  public static List<Activity> openOwnedBy(Repository<Activity, ActivityId> activities, Owner owner) {
    Objects.requireNonNull(activities, "activities");
    Objects.requireNonNull(owner, "owner");
    return sorted(activities.query(Criteria.and(OPEN, Criteria.eq(Activity.OWNER, owner.toString()))), BY_EXPECTED);
  }

  /** Open activities whose reminder is at or before {@code at}, earliest reminder first. */
  public static List<Activity> remindersDue(Repository<Activity, ActivityId> activities, Instant at) {
    Objects.requireNonNull(at, "at");
    return sorted(activities.query(Criteria.and(OPEN, Criteria.atMost(Activity.REMIND_AT, at))), BY_REMINDER);
  }

  /**
   * Open activities whose reminder falls in {@code (after, upTo]}: what a scheduler polling every few
   * minutes sends, each reminder once, when it passes the previous poll's {@code upTo} as {@code after}.
   */
  public static List<Activity> remindersDue(Repository<Activity, ActivityId> activities, Instant after, Instant upTo) {
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(upTo, "upTo");
    if (!upTo.isAfter(after)) {
      return List.of();
    }
    return sorted(
        activities.query(Criteria.and(OPEN, Criteria.greaterThan(Activity.REMIND_AT, after), Criteria.atMost(Activity.REMIND_AT, upTo))),
        BY_REMINDER);
  }

  /** Open tasks whose due date is before {@code at}, most overdue first. */
  public static List<Activity> overdue(Repository<Activity, ActivityId> activities, Instant at) {
    Objects.requireNonNull(at, "at");
    return sorted(
        activities.query(Criteria.and(
            OPEN, Criteria.eq(Activity.ACTIVITY_TYPE, ActivityType.TASK.name()), Criteria.lessThan(Activity.DUE_AT, at))),
        BY_EXPECTED);
  }

  /** The criteria "linked to any of {@code records}". */
  public static Criteria linkedToAny(Set<RecordRef> records) {
    return Criteria.in(Activity.LINKS, records.stream().map(RecordRef::toString).sorted().toList());
  }

  private static List<Activity> sorted(List<Activity> list, Comparator<Activity> order) {
    List<Activity> out = new ArrayList<>(list);
    out.sort(order);
    return List.copyOf(out);
  }
}
