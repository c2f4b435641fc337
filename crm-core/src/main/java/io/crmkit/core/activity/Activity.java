package io.crmkit.core.activity;

import io.crmkit.core.Aggregate;
import io.crmkit.core.IllegalTransitionException;
import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.store.EntityType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A call, e-mail, meeting, task or note, linked to one or more records (contacts, accounts, leads,
 * opportunities, cases) by {@link RecordRef}. Which fields apply depends on the {@link ActivityType}:
 *
 * <ul>
 *   <li>{@code occurredAt}: the start of a call or meeting, the sending of an e-mail, the creation of a task
 *       or note. {@code endsAt} (calls and meetings) lies after it.
 *   <li>{@code dueAt}: tasks only. {@code remindAt} (tasks, calls, meetings): not after the due date of a
 *       task, not after the start of a call or meeting.
 *   <li>{@code direction}: calls and e-mails only.
 *   <li>{@code completedAt} is present exactly when the status is {@link ActivityStatus#COMPLETED}.
 * </ul>
 *
 * <p>Create one with a factory per type, then change it with {@link #complete}, {@link #cancel}, {@link
 * #relink} and the {@code withX} methods (which change one field; set {@code updatedAt} with {@link
 * #withUpdatedAt}):
 *
 * <pre>{@code
 * Activity task = Activity.task(ids.next(ActivityId::new), tenant, "Send the quote", Owner.user("u-1"),
 *     List.of(RecordRef.of("contact", contactId)), Optional.of(friday), clock.instant());
 * }</pre>
 */
public record Activity(
    ActivityId id,
    TenantId tenantId,
    long version,
    ActivityType type,
    String subject,
    Optional<String> body,
    List<RecordRef> links,
    Owner owner,
    Instant occurredAt,
    Optional<Instant> endsAt,
    Optional<Instant> dueAt,
    Optional<Instant> remindAt,
    ActivityStatus status,
    Optional<Direction> direction,
    Optional<Instant> completedAt,
    Instant createdAt,
    Instant updatedAt)
    implements Aggregate<ActivityId> {

  /** The longest subject accepted. */
  public static final int MAX_SUBJECT = 500;

  /** The linked records in {@code type:id} form (multi-valued); indexed. */
  public static final FieldRef<String> LINKS = FieldRef.text("links");
  /** The {@link ActivityType} by name. */
  public static final FieldRef<String> ACTIVITY_TYPE = FieldRef.text("type");
  /** The {@link ActivityStatus} by name; indexed. */
  public static final FieldRef<String> STATUS = FieldRef.text("status");
  /** The owner as {@code user:<id>} or {@code team:<id>}; indexed. */
  public static final FieldRef<String> OWNER = FieldRef.text("owner");
  /** When it happened or starts. */
  public static final FieldRef<Instant> OCCURRED_AT = FieldRef.instant("occurredAt");
  /** When a task is due (optional). */
  public static final FieldRef<Instant> DUE_AT = FieldRef.instant("dueAt");
  /** When to remind the owner (optional); indexed. */
  public static final FieldRef<Instant> REMIND_AT = FieldRef.instant("remindAt");

  /** The entity type {@code activity}. */
  public static final EntityType<Activity, ActivityId> TYPE =
      EntityType.builder("activity", Activity.class, ActivityId::new)
          .multiField(LINKS, a -> a.links().stream().map(RecordRef::toString).toList())
          .field(ACTIVITY_TYPE, a -> a.type().name())
          .field(STATUS, a -> a.status().name())
          .field(OWNER, a -> a.owner().toString())
          .field(OCCURRED_AT, Activity::occurredAt)
          .optionalField(DUE_AT, Activity::dueAt)
          .optionalField(REMIND_AT, Activity::remindAt)
          .index(LINKS, STATUS, OWNER, REMIND_AT)
          .build();

  public Activity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(endsAt, "endsAt");
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(remindAt, "remindAt");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(completedAt, "completedAt");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    links = List.copyOf(links);
    ValidationException.checkNotNegative(version, "version");
    ValidationException.check(
        !subject.isBlank() && subject.length() <= MAX_SUBJECT, "subject", "must have 1 to " + MAX_SUBJECT + " characters and not be blank");
    ValidationException.check(body.isEmpty() || !body.get().isBlank(), "body", "must not be blank when present; use Optional.empty()");
    ValidationException.check(!links.isEmpty(), "links", "must name at least one record the activity concerns");
    ValidationException.check(new HashSet<>(links).size() == links.size(), "links", "must not name a record twice but was " + links);
    boolean scheduled = type == ActivityType.CALL || type == ActivityType.MEETING;
    ValidationException.check(endsAt.isEmpty() || scheduled, "endsAt", "only calls and meetings have an end, not a " + type);
    endsAt.ifPresent(end -> ValidationException.check(
        end.isAfter(occurredAt), "endsAt", "must be after the start " + occurredAt + " but was " + end));
    ValidationException.check(dueAt.isEmpty() || type == ActivityType.TASK, "dueAt", "only tasks have a due date, not a " + type);
    ValidationException.check(
        remindAt.isEmpty() || scheduled || type == ActivityType.TASK, "remindAt", "only tasks, calls and meetings have reminders, not a " + type);
    if (remindAt.isPresent()) {
      Instant remind = remindAt.get();
      if (scheduled) {
        ValidationException.check(!remind.isAfter(occurredAt), "remindAt", "must not be after the start " + occurredAt + " but was " + remind);
      }
      dueAt.ifPresent(due -> ValidationException.check(
          !remind.isAfter(due), "remindAt", "must not be after the due date " + due + " but was " + remind));
    }
    ValidationException.check(
        direction.isEmpty() || type == ActivityType.CALL || type == ActivityType.EMAIL,
        "direction",
        "only calls and e-mails have a direction, not a " + type);
    ValidationException.check(
        completedAt.isPresent() == (status == ActivityStatus.COMPLETED),
        "completedAt",
        "must be present exactly when the status is COMPLETED (status " + status + ")");
    ValidationException.check(!updatedAt.isBefore(createdAt), "updatedAt", "must not be before createdAt " + createdAt);
  }

  /** An open task, due at {@code dueAt} when present. */
  public static Activity task(
      ActivityId id, TenantId tenant, String subject, Owner owner, List<RecordRef> links, Optional<Instant> dueAt, Instant createdAt) {
    return new Activity(
        id, tenant, 0, ActivityType.TASK, subject, Optional.empty(), links, owner, createdAt, Optional.empty(), dueAt,
        Optional.empty(), ActivityStatus.OPEN, Optional.empty(), Optional.empty(), createdAt, createdAt);
  }

  /** A call starting at {@code start}, open until {@link #complete}d (complete it at once to log a past call). */
  public static Activity call(
      ActivityId id, TenantId tenant, String subject, Owner owner, List<RecordRef> links, Direction direction, Instant start,
      Optional<Instant> end, Instant createdAt) {
    return new Activity(
        id, tenant, 0, ActivityType.CALL, subject, Optional.empty(), links, owner, start, end, Optional.empty(), Optional.empty(),
        ActivityStatus.OPEN, Optional.of(direction), Optional.empty(), createdAt, createdAt);
  }

  /** A meeting from {@code start} to {@code end}, open until {@link #complete}d. */
  public static Activity meeting(
      ActivityId id, TenantId tenant, String subject, Owner owner, List<RecordRef> links, Instant start, Instant end, Instant createdAt) {
    return new Activity(
        id, tenant, 0, ActivityType.MEETING, subject, Optional.empty(), links, owner, start, Optional.of(end), Optional.empty(),
        Optional.empty(), ActivityStatus.OPEN, Optional.empty(), Optional.empty(), createdAt, createdAt);
  }

  /** An e-mail sent or received at {@code sentAt}; completed when logged. */
  public static Activity email(
      ActivityId id, TenantId tenant, String subject, Owner owner, List<RecordRef> links, Direction direction, Instant sentAt,
      Instant createdAt) {
    return new Activity(
        id, tenant, 0, ActivityType.EMAIL, subject, Optional.empty(), links, owner, sentAt, Optional.empty(), Optional.empty(),
        Optional.empty(), ActivityStatus.COMPLETED, Optional.of(direction), Optional.of(sentAt), createdAt, createdAt);
  }

  /** A note with its text, written at {@code createdAt}; completed when written. */
  public static Activity note(
      ActivityId id, TenantId tenant, String subject, String body, Owner owner, List<RecordRef> links, Instant createdAt) {
    return new Activity(
        id, tenant, 0, ActivityType.NOTE, subject, Optional.of(body), links, owner, createdAt, Optional.empty(), Optional.empty(),
        Optional.empty(), ActivityStatus.COMPLETED, Optional.empty(), Optional.of(createdAt), createdAt, createdAt);
  }

  @Override
  public Activity withVersion(long version) {
    return new Activity(
        id, tenantId, version, type, subject, body, links, owner, occurredAt, endsAt, dueAt, remindAt, status, direction, completedAt,
        createdAt, updatedAt);
  }

  /** Whether the activity is still to be done. */
  public boolean isOpen() {
    return status == ActivityStatus.OPEN;
  }

  /** When the work is expected: the due date of a task, else {@code occurredAt}. */
  public Instant expectedAt() {
    return dueAt.orElse(occurredAt);
  }

  /**
   * Marks the open activity done at {@code at}.
   *
   * @throws IllegalTransitionException if it is not open
   */
  public Activity complete(Instant at) {
    Objects.requireNonNull(at, "at");
    requireOpen("complete");
    return new Activity(
        id, tenantId, version, type, subject, body, links, owner, occurredAt, endsAt, dueAt, remindAt, ActivityStatus.COMPLETED, direction,
        Optional.of(at), createdAt, later(updatedAt, at));
  }

  /**
   * Calls the open activity off at {@code at}.
   *
   * @throws IllegalTransitionException if it is not open
   */
  public Activity cancel(Instant at) {
    Objects.requireNonNull(at, "at");
    requireOpen("cancel");
    return new Activity(
        id, tenantId, version, type, subject, body, links, owner, occurredAt, endsAt, dueAt, remindAt, ActivityStatus.CANCELLED, direction,
        Optional.empty(), createdAt, later(updatedAt, at));
  }

  /** Links the activity to exactly {@code newLinks} (at least one, no duplicates), changed at {@code at}. */
  public Activity relink(List<RecordRef> newLinks, Instant at) {
    Objects.requireNonNull(at, "at");
    return withLinks(newLinks).withUpdatedAt(later(updatedAt, at));
  }

  /** Adds {@code record} to the links (no change when already linked), changed at {@code at}. */
  public Activity link(RecordRef record, Instant at) {
    Objects.requireNonNull(record, "record");
    if (links.contains(record)) {
      return this;
    }
    List<RecordRef> l = new ArrayList<>(links);
    l.add(record);
    return relink(l, at);
  }

  /** Removes {@code record} from the links, changed at {@code at}; the last link cannot be removed. */
  public Activity unlink(RecordRef record, Instant at) {
    Objects.requireNonNull(record, "record");
    if (!links.contains(record)) {
      return this;
    }
    List<RecordRef> l = new ArrayList<>(links);
    l.remove(record);
    return relink(l, at);
  }

  public Activity withSubject(String subject) {
    return new Activity(
        id, tenantId, version, type, subject, body, links, owner, occurredAt, endsAt, dueAt, remindAt, status, direction, completedAt,
        createdAt, updatedAt);
  }

  public Activity withBody(Optional<String> body) {
    return new Activity(
        id, tenantId, version, type, subject, body, links, owner, occurredAt, endsAt, dueAt, remindAt, status, direction, completedAt,
        createdAt, updatedAt);
  }

  public Activity withLinks(List<RecordRef> links) {
    return new Activity(
        id, tenantId, version, type, subject, body, links, owner, occurredAt, endsAt, dueAt, remindAt, status, direction, completedAt,
        createdAt, updatedAt);
  }

  public Activity withOwner(Owner owner) {
    return new Activity(
        id, tenantId, version, type, subject, body, links, owner, occurredAt, endsAt, dueAt, remindAt, status, direction, completedAt,
        createdAt, updatedAt);
  }

  public Activity withOccurredAt(Instant occurredAt) {
    return new Activity(
        id, tenantId, version, type, subject, body, links, owner, occurredAt, endsAt, dueAt, remindAt, status, direction, completedAt,
        createdAt, updatedAt);
  }

  public Activity withEndsAt(Optional<Instant> endsAt) {
    return new Activity(
        id, tenantId, version, type, subject, body, links, owner, occurredAt, endsAt, dueAt, remindAt, status, direction, completedAt,
        createdAt, updatedAt);
  }

  public Activity withDueAt(Optional<Instant> dueAt) {
    return new Activity(
        id, tenantId, version, type, subject, body, links, owner, occurredAt, endsAt, dueAt, remindAt, status, direction, completedAt,
        createdAt, updatedAt);
  }

  public Activity withRemindAt(Optional<Instant> remindAt) {
    return new Activity(
        id, tenantId, version, type, subject, body, links, owner, occurredAt, endsAt, dueAt, remindAt, status, direction, completedAt,
        createdAt, updatedAt);
  }

  public Activity withDirection(Optional<Direction> direction) {
    return new Activity(
        id, tenantId, version, type, subject, body, links, owner, occurredAt, endsAt, dueAt, remindAt, status, direction, completedAt,
        createdAt, updatedAt);
  }

  public Activity withUpdatedAt(Instant updatedAt) {
    return new Activity(
        id, tenantId, version, type, subject, body, links, owner, occurredAt, endsAt, dueAt, remindAt, status, direction, completedAt,
        createdAt, updatedAt);
  }

  private void requireOpen(String event) {
    if (status != ActivityStatus.OPEN) {
      throw new IllegalTransitionException(status.name(), event, "only an open activity can be " + (event.equals("complete") ? "completed" : "cancelled"));
    }
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
