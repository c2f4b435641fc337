package io.crmkit.sales.followup;

import io.crmkit.core.Aggregate;
import io.crmkit.core.IllegalTransitionException;
import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.store.EntityType;
import io.crmkit.sales.followup.internal.RuleExpansion;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A follow-up task for one record ({@link FollowUpTarget}): a subject, an owner, a due local date-time in an IANA
 * zone, reminders ahead of it and optionally a {@link Recurrence}. For a recurring follow-up, {@code start} is
 * the first occurrence (RFC 5545's DTSTART) and {@code due} the occurrence now open; {@link #complete} and
 * {@link #skip} move on to the next one until the rule's {@code COUNT} or {@code UNTIL} ends the series.
 *
 * <p>Everything time-related is computed from these fields alone, so a stored follow-up and a clock are enough
 * to know what is due ({@link FollowUpReminders}):
 *
 * <pre>{@code
 * FollowUp weekly = FollowUp.builder(ids.next(FollowUpId::new), tenant)
 *     .target(FollowUpTarget.lead(leadId)).subject("Check in").owner(Owner.user("u-1"))
 *     .due(LocalDateTime.parse("2026-03-23T09:00"), ZoneId.of("Europe/Berlin"))
 *     .recurrence(Recurrence.of("FREQ=WEEKLY;COUNT=4")).reminder(Duration.ofMinutes(15))
 *     .createdAt(clock.instant()).build();
 * }</pre>
 *
 * @param start the first occurrence, local time in {@code zone}
 * @param due the open occurrence (nominal local time), present exactly when the status is {@link FollowUpStatus#OPEN}
 * @param reminders how long before each occurrence to remind the owner; distinct, not negative, ascending
 */
public record FollowUp(
    FollowUpId id,
    TenantId tenantId,
    long version,
    FollowUpTarget target,
    String subject,
    Owner owner,
    LocalDateTime start,
    ZoneId zone,
    Optional<Recurrence> recurrence,
    List<Duration> reminders,
    Optional<LocalDateTime> due,
    FollowUpStatus status,
    Instant createdAt,
    Instant updatedAt)
    implements Aggregate<FollowUpId> {

  /** The entity type name, used in {@link io.crmkit.core.RecordRef}s. */
  public static final String TYPE_NAME = "follow_up";
  /** The most reminders one follow-up may have. */
  public static final int MAX_REMINDERS = 10;

  /** The target as {@code type:id}; indexed. */
  public static final FieldRef<String> TARGET = FieldRef.text("target");
  /** The owner as {@code user:<id>} or {@code team:<id>}; indexed. */
  public static final FieldRef<String> OWNER = FieldRef.text("owner");
  /** The {@link FollowUpStatus} by name; indexed. */
  public static final FieldRef<String> STATUS = FieldRef.text("status");
  /** The instant the open occurrence is due (absent once the series ended); indexed. */
  public static final FieldRef<Instant> DUE_AT = FieldRef.instant("dueAt");

  /** The entity type {@code follow_up}. */
  public static final EntityType<FollowUp, FollowUpId> TYPE =
      EntityType.builder(TYPE_NAME, FollowUp.class, FollowUpId::new)
          .field(TARGET, f -> f.target().toString())
          .field(OWNER, f -> f.owner().toString())
          .field(STATUS, f -> f.status().name())
          .optionalField(DUE_AT, f -> f.dueAt().map(ZonedDateTime::toInstant))
          .index(TARGET, OWNER, STATUS, DUE_AT)
          .build();

  public FollowUp {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(recurrence, "recurrence");
    Objects.requireNonNull(reminders, "reminders");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    ValidationException.checkNotNegative(version, "version");
    ValidationException.check(
        !subject.isBlank() && subject.length() <= Activity.MAX_SUBJECT,
        "subject",
        "must have 1 to " + Activity.MAX_SUBJECT + " characters and not be blank");
    ValidationException.check(
        !(zone instanceof ZoneOffset), "zone", "must be an IANA time zone such as Europe/Berlin, not the fixed offset " + zone);
    reminders = List.copyOf(reminders);
    ValidationException.check(reminders.size() <= MAX_REMINDERS, "reminders", "must have at most " + MAX_REMINDERS + " entries");
    for (Duration d : reminders) {
      ValidationException.check(!d.isNegative(), "reminders", "must not be negative (a reminder comes before the due time) but was " + d);
    }
    ValidationException.check(new HashSet<>(reminders).size() == reminders.size(), "reminders", "must not repeat an offset but was " + reminders);
    reminders = reminders.stream().sorted().toList();
    ValidationException.check(
        due.isPresent() == (status == FollowUpStatus.OPEN),
        "due",
        "must be present exactly when the status is OPEN (status " + status + ")");
    due.ifPresent(d -> ValidationException.check(!d.isBefore(start), "due", "must not be before the start " + start + " but was " + d));
    ValidationException.check(due.isEmpty() || recurrence.isPresent() || due.get().equals(start),
        "due", "of a follow-up without recurrence must be its start " + start);
    recurrence.ifPresent(r -> {
      Iterator<LocalDateTime> first = r.localOccurrences(start, zone);
      ValidationException.check(
          first.hasNext() && first.next().equals(start),
          "start",
          "must be an occurrence of " + r + " (RFC 5545: DTSTART is the first instance) but " + start + " is not");
    });
    ValidationException.check(!updatedAt.isBefore(createdAt), "updatedAt", "must not be before createdAt " + createdAt);
  }

  /** Starts a follow-up; {@code target}, {@code subject}, {@code owner}, {@code due} and {@code createdAt} are required. */
  public static Builder builder(FollowUpId id, TenantId tenantId) {
    return new Builder(id, tenantId);
  }

  @Override
  public FollowUp withVersion(long version) {
    return new FollowUp(id, tenantId, version, target, subject, owner, start, zone, recurrence, reminders, due, status, createdAt, updatedAt);
  }

  /** Whether an occurrence is open. */
  public boolean isOpen() {
    return status == FollowUpStatus.OPEN;
  }

  /** The instant the open occurrence is due, placed in the zone (a time in a DST gap moves forward). */
  public Optional<ZonedDateTime> dueAt() {
    return due.map(d -> RuleExpansion.place(d, zone));
  }

  /** The open occurrence and up to {@code limit - 1} after it, strictly increasing; empty once the series ended. */
  public List<ZonedDateTime> upcoming(int limit) {
    ValidationException.check(limit >= 0, "limit", "must not be negative but was " + limit);
    if (due.isEmpty() || limit == 0) {
      return List.of();
    }
    List<ZonedDateTime> out = new ArrayList<>();
    out.add(RuleExpansion.place(due.get(), zone));
    if (recurrence.isPresent()) {
      Iterator<LocalDateTime> it = after(due.get());
      while (out.size() < limit && it.hasNext()) {
        out.add(RuleExpansion.place(it.next(), zone));
      }
    }
    return List.copyOf(out);
  }

  /** The reminders of the open occurrence, earliest first; empty once the series ended. */
  public List<Reminder> openReminders() {
    Optional<ZonedDateTime> at = dueAt();
    if (at.isEmpty()) {
      return List.of();
    }
    return reminders.stream()
        .sorted(Comparator.reverseOrder())
        .map(before -> new Reminder(id, tenantId, owner, subject, at.get(), before, at.get().toInstant().minus(before)))
        .toList();
  }

  /**
   * Completes the open occurrence at {@code at}: the follow-up moves to the next occurrence (or ends), and the
   * occurrence becomes a completed task activity with id {@code activityId}, linked to the target.
   *
   * @throws IllegalTransitionException if no occurrence is open
   */
  public FollowUpCompletion complete(ActivityId activityId, Instant at) {
    Objects.requireNonNull(activityId, "activityId");
    Objects.requireNonNull(at, "at");
    requireOpen("complete");
    ZonedDateTime occurrence = dueAt().orElseThrow();
    Optional<Instant> remindAt = reminders.isEmpty()
        ? Optional.empty()
        : Optional.of(occurrence.toInstant().minus(reminders.get(reminders.size() - 1)));
    Activity task = Activity.task(activityId, tenantId, subject, owner, List.of(target.ref()), Optional.of(occurrence.toInstant()), at)
        .withBody(Optional.of("Follow-up " + id + ", occurrence due " + occurrence))
        .withRemindAt(remindAt)
        .complete(at);
    return new FollowUpCompletion(advance(at), task);
  }

  /**
   * Skips the open occurrence without doing it: the follow-up moves to the next occurrence (or ends).
   *
   * @throws IllegalTransitionException if no occurrence is open
   */
  public FollowUp skip(Instant at) {
    Objects.requireNonNull(at, "at");
    requireOpen("skip");
    return advance(at);
  }

  /**
   * Calls the follow-up off: no occurrence is due any more.
   *
   * @throws IllegalTransitionException if no occurrence is open
   */
  public FollowUp cancel(Instant at) {
    Objects.requireNonNull(at, "at");
    requireOpen("cancel");
    return new FollowUp(
        id, tenantId, version, target, subject, owner, start, zone, recurrence, reminders, Optional.empty(), FollowUpStatus.CANCELLED,
        createdAt, later(updatedAt, at));
  }

  public FollowUp withSubject(String subject) {
    return new FollowUp(id, tenantId, version, target, subject, owner, start, zone, recurrence, reminders, due, status, createdAt, updatedAt);
  }

  public FollowUp withOwner(Owner owner) {
    return new FollowUp(id, tenantId, version, target, subject, owner, start, zone, recurrence, reminders, due, status, createdAt, updatedAt);
  }

  public FollowUp withReminders(List<Duration> reminders) {
    return new FollowUp(id, tenantId, version, target, subject, owner, start, zone, recurrence, reminders, due, status, createdAt, updatedAt);
  }

  public FollowUp withUpdatedAt(Instant updatedAt) {
    return new FollowUp(id, tenantId, version, target, subject, owner, start, zone, recurrence, reminders, due, status, createdAt, updatedAt);
  }

  private FollowUp advance(Instant at) {
    Optional<LocalDateTime> next = Optional.empty();
    if (recurrence.isPresent()) {
      Iterator<LocalDateTime> it = after(due.orElseThrow());
      if (it.hasNext()) {
        next = Optional.of(it.next());
      }
    }
    FollowUpStatus nextStatus = next.isPresent() ? FollowUpStatus.OPEN : FollowUpStatus.ENDED;
    return new FollowUp(
        id, tenantId, version, target, subject, owner, start, zone, recurrence, reminders, next, nextStatus, createdAt, later(updatedAt, at));
  }

  private Iterator<LocalDateTime> after(LocalDateTime occurrence) {
    return RuleExpansion.parse(recurrence.orElseThrow().rule()).localOccurrences(start, zone, Optional.of(occurrence));
  }

  private void requireOpen(String event) {
    if (status != FollowUpStatus.OPEN) {
      throw new IllegalTransitionException(status.name(), event, "the follow-up has no open occurrence (it is " + status + ")");
    }
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  /** Collects a new follow-up; {@link #build()} validates it. Obtain one from {@link FollowUp#builder}. */
  public static final class Builder {
    private final FollowUpId id;
    private final TenantId tenantId;
    private FollowUpTarget target;
    private String subject;
    private Owner owner;
    private LocalDateTime due;
    private ZoneId zone;
    private Optional<Recurrence> recurrence = Optional.empty();
    private final List<Duration> reminders = new ArrayList<>();
    private Instant createdAt;

    private Builder(FollowUpId id, TenantId tenantId) {
      this.id = Objects.requireNonNull(id, "id");
      this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
    }

    public Builder target(FollowUpTarget target) {
      this.target = Objects.requireNonNull(target, "target");
      return this;
    }

    public Builder subject(String subject) {
      this.subject = Objects.requireNonNull(subject, "subject");
      return this;
    }

    public Builder owner(Owner owner) {
      this.owner = Objects.requireNonNull(owner, "owner");
      return this;
    }

    /** The (first) due local date-time and the IANA zone it is meant in. */
    public Builder due(LocalDateTime due, ZoneId zone) {
      this.due = Objects.requireNonNull(due, "due");
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /** Repeats the follow-up; {@code due} must be the rule's first occurrence. */
    public Builder recurrence(Recurrence recurrence) {
      this.recurrence = Optional.of(Objects.requireNonNull(recurrence, "recurrence"));
      return this;
    }

    /** Adds a reminder {@code before} each occurrence (zero: at the due time). */
    public Builder reminder(Duration before) {
      reminders.add(Objects.requireNonNull(before, "before"));
      return this;
    }

    public Builder createdAt(Instant createdAt) {
      this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
      return this;
    }

    /**
     * Builds the open follow-up (version 0).
     *
     * @throws NullPointerException naming a required value that was not given
     * @throws ValidationException for an invalid value
     */
    public FollowUp build() {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(due, "due");
      Objects.requireNonNull(createdAt, "createdAt");
      return new FollowUp(
          id, tenantId, 0, target, subject, owner, due, zone, recurrence, reminders, Optional.of(due), FollowUpStatus.OPEN, createdAt,
          createdAt);
    }
  }
}
