package io.crmkit.core.activity;

/**
 * Where an {@link Activity} stands: open work, done, or called off.
 *
 * <p>{@code activity.complete(now).status() == ActivityStatus.COMPLETED}
 */
public enum ActivityStatus {
  /** To be done (a task, or a call or meeting not yet held). */
  OPEN,
  /** Done; e-mails and notes are done when logged. */
  COMPLETED,
  /** Called off. */
  CANCELLED
}
