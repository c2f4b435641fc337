package io.crmkit.analytics.summary;

/**
 * The unit in which recency, age and every model time are measured. Choose it once and keep it: a model fitted
 * in weeks predicts in weeks. Use it as {@code PeriodUnit.WEEK.between(first, last)}.
 */
public enum PeriodUnit {
  /** Calendar days. */
  DAY(1.0),
  /** Weeks of seven days (the unit of the CDNOW papers). */
  WEEK(7.0),
  /** Average Gregorian months of 365.25 / 12 = 30.4375 days, so every month has the same length. */
  MONTH(365.25 / 12.0);

  private final double days;

  PeriodUnit(double days) {
    this.days = days;
  }

  /** How many days one unit lasts. */
  public double days() {
    return days;
  }

  /** {@code days} expressed in this unit. */
  public double fromDays(long days) {
    return days / this.days;
  }

  /** The time from {@code start} to {@code end} in this unit (negative when {@code end} is earlier). */
  public double between(java.time.LocalDate start, java.time.LocalDate end) {
    return fromDays(end.toEpochDay() - start.toEpochDay());
  }
}
