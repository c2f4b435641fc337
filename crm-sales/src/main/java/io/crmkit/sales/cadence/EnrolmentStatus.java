package io.crmkit.sales.cadence;

/**
 * Where an {@link Enrolment} stands. Active and paused enrolments count as the record's one enrolment in the
 * cadence; completed and unenrolled ones are history.
 *
 * <p>{@code enrolment.status().isLive()}
 */
public enum EnrolmentStatus {
  /** Steps come due. */
  ACTIVE,
  /** No step comes due until resumed; the time paused does not count towards delays. */
  PAUSED,
  /** Every step was done. */
  COMPLETED,
  /** Ended early: the record replied or booked a meeting, or someone took it out ({@link ExitReason}). */
  UNENROLLED;

  /** Whether the enrolment still runs (active or paused). */
  public boolean isLive() {
    return this == ACTIVE || this == PAUSED;
  }
}
