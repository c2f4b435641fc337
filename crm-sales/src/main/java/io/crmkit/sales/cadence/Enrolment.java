package io.crmkit.sales.cadence;

import io.crmkit.core.Aggregate;
import io.crmkit.core.IllegalTransitionException;
import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.store.EntityType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * One lead or contact going through a {@link Cadence}. The persisted state is small: the index of the next step
 * and the instant its delay started counting ({@code anchor}: the enrolment, or the completion of the previous
 * step). What is due follows from it, the cadence and a clock alone ({@link #nextStep}, {@link #dueStep}); wait
 * steps are folded into the delay of the next step.
 *
 * <pre>{@code
 * Enrolment e = Enrolment.enrol(ids.next(EnrolmentId::new), cadence, EnrolledRecord.lead(leadId), Owner.user("u-1"),
 *     ZoneId.of("Europe/Berlin"), clock.instant(), existingEnrolmentsOfTheLead);
 * e.dueStep(cadence, clock).ifPresent(step -> ...);   // then e.completeStep(cadence, step.index(), doneAt)
 * }</pre>
 *
 * @param zone the owner's zone, in which days and business days are counted
 * @param nextStep the index of the next step to work through (wait steps included)
 * @param anchor when the delay of step {@code nextStep} started counting
 */
public record Enrolment(
    EnrolmentId id,
    TenantId tenantId,
    long version,
    CadenceId cadenceId,
    EnrolledRecord record,
    Owner owner,
    ZoneId zone,
    Instant enrolledAt,
    EnrolmentStatus status,
    int nextStep,
    Instant anchor,
    Optional<Instant> pausedAt,
    Optional<Instant> endedAt,
    Optional<ExitReason> exitReason)
    implements Aggregate<EnrolmentId> {

  /** The entity type name, used in {@link io.crmkit.core.RecordRef}s. */
  public static final String TYPE_NAME = "cadence_enrolment";
  /** The cadence's id; indexed. */
  public static final FieldRef<String> CADENCE = FieldRef.text("cadence");
  /** The enrolled record as {@code type:id}; indexed. */
  public static final FieldRef<String> RECORD = FieldRef.text("record");
  /** The {@link EnrolmentStatus} by name; indexed. */
  public static final FieldRef<String> STATUS = FieldRef.text("status");

  /** The entity type {@code cadence_enrolment}. */
  public static final EntityType<Enrolment, EnrolmentId> TYPE =
      EntityType.builder(TYPE_NAME, Enrolment.class, EnrolmentId::new)
          .field(CADENCE, e -> e.cadenceId().value())
          .field(RECORD, e -> e.record().toString())
          .field(STATUS, e -> e.status().name())
          .index(CADENCE, RECORD, STATUS)
          .build();

  public Enrolment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(cadenceId, "cadenceId");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(enrolledAt, "enrolledAt");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(pausedAt, "pausedAt");
    Objects.requireNonNull(endedAt, "endedAt");
    Objects.requireNonNull(exitReason, "exitReason");
    ValidationException.checkNotNegative(version, "version");
    ValidationException.check(
        !(zone instanceof ZoneOffset), "zone", "must be an IANA time zone such as Europe/Berlin, not the fixed offset " + zone);
    ValidationException.check(nextStep >= 0 && nextStep <= Cadence.MAX_STEPS, "nextStep", "must be between 0 and " + Cadence.MAX_STEPS);
    ValidationException.check(!anchor.isBefore(enrolledAt), "anchor", "must not be before the enrolment " + enrolledAt);
    ValidationException.check(
        pausedAt.isPresent() == (status == EnrolmentStatus.PAUSED), "pausedAt", "must be present exactly when paused (status " + status + ")");
    ValidationException.check(endedAt.isPresent() == !status.isLive(), "endedAt", "must be present exactly when ended (status " + status + ")");
    ValidationException.check(
        exitReason.isPresent() == (status == EnrolmentStatus.UNENROLLED),
        "exitReason", "must be present exactly when unenrolled (status " + status + ")");
  }

  /**
   * Enrols {@code record} in {@code cadence} at {@code at}; the first step's delay counts from then.
   *
   * @param existing the record's enrolments so far (any cadence); a live one in the same cadence is refused
   * @throws ValidationException if the record already has an active or paused enrolment in the cadence
   */
  public static Enrolment enrol(
      EnrolmentId id, Cadence cadence, EnrolledRecord record, Owner owner, ZoneId zone, Instant at, Collection<Enrolment> existing) {
    Objects.requireNonNull(cadence, "cadence");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(existing, "existing");
    for (Enrolment e : existing) {
      if (e.cadenceId().equals(cadence.id()) && e.record().equals(record) && e.status().isLive()) {
        throw new ValidationException(
            "record", record + " already has an " + e.status().name().toLowerCase(java.util.Locale.ROOT) + " enrolment (" + e.id()
                + ") in cadence " + cadence.id() + "; one live enrolment per record and cadence");
      }
    }
    return new Enrolment(
        id, cadence.tenantId(), 0, cadence.id(), record, owner, zone, at, EnrolmentStatus.ACTIVE, 0, at, Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  @Override
  public Enrolment withVersion(long version) {
    return new Enrolment(id, tenantId, version, cadenceId, record, owner, zone, enrolledAt, status, nextStep, anchor, pausedAt, endedAt, exitReason);
  }

  /**
   * The next e-mail, call or task step and when it is due, whether or not that is already: wait steps before it
   * add their delays. Empty unless the enrolment is active.
   */
  public Optional<ScheduledStep> nextStep(Cadence cadence) {
    requireCadence(cadence);
    if (status != EnrolmentStatus.ACTIVE) {
      return Optional.empty();
    }
    ZonedDateTime t = anchor.atZone(zone);
    for (int i = nextStep; i < cadence.steps().size(); i++) {
      CadenceStep step = cadence.steps().get(i);
      t = step.delay().applyTo(t);
      if (step.kind().isActionable()) {
        return Optional.of(new ScheduledStep(i, step, t));
      }
    }
    return Optional.empty();
  }

  /** The next step if it is due by the clock's now; empty unless the enrolment is active. */
  public Optional<ScheduledStep> dueStep(Cadence cadence, Clock clock) {
    Objects.requireNonNull(clock, "clock");
    Instant now = clock.instant();
    return nextStep(cadence).filter(s -> !s.dueAt().toInstant().isAfter(now));
  }

  /**
   * Records that step {@code index} (the {@linkplain #nextStep next} one) was done at {@code at}: the following
   * step's delay counts from {@code at}; after the last step the enrolment is completed.
   *
   * @throws IllegalTransitionException if the enrolment is not active
   * @throws ValidationException if {@code index} is not the next step
   */
  public Enrolment completeStep(Cadence cadence, int index, Instant at) {
    Objects.requireNonNull(at, "at");
    requireStatus(EnrolmentStatus.ACTIVE, "complete_step");
    ScheduledStep next = nextStep(cadence).orElseThrow();
    ValidationException.check(index == next.index(), "index", "step " + index + " is not the next step; that is " + next.index());
    Instant done = later(anchor, at);
    boolean more = cadence.steps().subList(index + 1, cadence.steps().size()).stream().anyMatch(s -> s.kind().isActionable());
    if (!more) {
      return new Enrolment(id, tenantId, version, cadenceId, record, owner, zone, enrolledAt, EnrolmentStatus.COMPLETED, index + 1, done,
          Optional.empty(), Optional.of(done), Optional.empty());
    }
    return new Enrolment(id, tenantId, version, cadenceId, record, owner, zone, enrolledAt, status, index + 1, done, Optional.empty(),
        Optional.empty(), Optional.empty());
  }

  /**
   * Pauses the enrolment: nothing comes due until {@link #resume}.
   *
   * @throws IllegalTransitionException if it is not active
   */
  public Enrolment pause(Instant at) {
    Objects.requireNonNull(at, "at");
    requireStatus(EnrolmentStatus.ACTIVE, "pause");
    return new Enrolment(id, tenantId, version, cadenceId, record, owner, zone, enrolledAt, EnrolmentStatus.PAUSED, nextStep, anchor,
        Optional.of(later(anchor, at)), Optional.empty(), Optional.empty());
  }

  /**
   * Resumes a paused enrolment; the time paused does not count, so the next step is due as much later as the
   * pause lasted.
   *
   * @throws IllegalTransitionException if it is not paused
   */
  public Enrolment resume(Instant at) {
    Objects.requireNonNull(at, "at");
    requireStatus(EnrolmentStatus.PAUSED, "resume");
    Instant paused = pausedAt.orElseThrow();
    Duration pause = at.isAfter(paused) ? Duration.between(paused, at) : Duration.ZERO;
    return new Enrolment(id, tenantId, version, cadenceId, record, owner, zone, enrolledAt, EnrolmentStatus.ACTIVE, nextStep,
        anchor.plus(pause), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * Takes the record out of the cadence for {@code reason}.
   *
   * @throws IllegalTransitionException if the enrolment already ended
   */
  public Enrolment unenrol(ExitReason reason, Instant at) {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(at, "at");
    if (!status.isLive()) {
      throw new IllegalTransitionException(status.name(), "unenrol", "the enrolment already ended (" + status + ")");
    }
    return new Enrolment(id, tenantId, version, cadenceId, record, owner, zone, enrolledAt, EnrolmentStatus.UNENROLLED, nextStep, anchor,
        Optional.empty(), Optional.of(later(enrolledAt, at)), Optional.of(reason));
  }

  /**
   * The enrolment after {@code signal}: unenrolled when the signal is about this record, happened after the
   * enrolment, and the enrolment still runs; otherwise unchanged.
   */
  public Enrolment on(CadenceSignal signal) {
    Objects.requireNonNull(signal, "signal");
    if (!status.isLive() || !signal.record().equals(record.ref()) || signal.at().isBefore(enrolledAt)) {
      return this;
    }
    return unenrol(signal.reason(), signal.at());
  }

  /** The enrolment after {@code activity}: unenrolled on an inbound e-mail from, or a meeting booked with, the record. */
  public Enrolment on(Activity activity) {
    return CadenceSignal.of(activity).stream()
        .filter(s -> s.record().equals(record.ref()))
        .findFirst()
        .map(this::on)
        .orElse(this);
  }

  private void requireCadence(Cadence cadence) {
    Objects.requireNonNull(cadence, "cadence");
    ValidationException.check(
        cadence.id().equals(cadenceId) && cadence.tenantId().equals(tenantId),
        "cadence", "must be the enrolment's cadence " + cadenceId + " but was " + cadence.id());
  }

  private void requireStatus(EnrolmentStatus required, String event) {
    if (status != required) {
      throw new IllegalTransitionException(status.name(), event, "the enrolment must be " + required + " but is " + status);
    }
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
