package io.crmkit.service.calendar;

/**
 * Whether a weekly open interval may run past midnight into the next day (a night shift 22:00–06:00).
 * Chosen explicitly on every {@link CalendarVersion}: {@code builder.acrossMidnight(AcrossMidnight.ALLOW)}.
 */
public enum AcrossMidnight {
  /** An interval whose end is not after its start is refused with a {@link io.crmkit.core.ValidationException}. */
  REFUSE,
  /**
   * An interval whose end is not after its start runs into the next day; the part after midnight belongs to
   * the next date (so a holiday on that date closes it, and special hours on that date replace it).
   */
  ALLOW
}
