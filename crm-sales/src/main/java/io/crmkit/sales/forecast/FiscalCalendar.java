package io.crmkit.sales.forecast;

import io.crmkit.core.ValidationException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Cuts time into forecast periods: months or quarters of the calendar year, of a fiscal year starting in any
 * month, or of a 52/53-week fiscal year laid out in a 4-4-5, 4-5-4 or 5-4-4 week pattern (Salesforce's custom
 * fiscal years).
 *
 * <pre>{@code
 * FiscalCalendar quarters = FiscalCalendar.fiscal(Month.APRIL, Granularity.QUARTER);       // FY2027-Q1 = Apr–Jun 2026
 * FiscalCalendar retail = FiscalCalendar.weeks(WeekPattern.P4_5_4, Month.FEBRUARY, DayOfWeek.SUNDAY, Granularity.MONTH);
 * ForecastPeriod p = quarters.periodOf(LocalDate.parse("2026-05-10"));
 * }</pre>
 *
 * <p>Fiscal years are named after the calendar year they end in ({@link YearNaming#ENDING_YEAR}, the
 * default) or start in. A week-based year starts on the {@code startDay} nearest to the first of
 * {@code startMonth}, so it has 52 weeks or, when the next start falls a week later, 53; the extra week goes to
 * the year's last month. Periods tile time: every date lies in exactly one, and each ends where the next begins.
 */
public final class FiscalCalendar {
  /** How long one period is. */
  public enum Granularity {
    MONTH,
    QUARTER
  }

  /** Which calendar year names a fiscal year that spans two. */
  public enum YearNaming {
    /** FY2026 ends in 2026 (a year starting April 2025). */
    ENDING_YEAR,
    /** FY2025 starts in 2025. */
    STARTING_YEAR
  }

  /** The weeks of the three months of each quarter in a week-based fiscal year. */
  public enum WeekPattern {
    P4_4_5(4, 4, 5),
    P4_5_4(4, 5, 4),
    P5_4_4(5, 4, 4);

    private final int[] weeks;

    WeekPattern(int... weeks) {
      this.weeks = weeks;
    }

    /** The number of weeks of month {@code i} (0, 1 or 2) of a quarter. */
    public int weeksOf(int i) {
      return weeks[i];
    }
  }

  private final Month startMonth;
  private final Granularity granularity;
  private final YearNaming naming;
  private final @Nullable WeekPattern pattern; // null for month-based years
  private final @Nullable DayOfWeek startDay; // null for month-based years

  private FiscalCalendar(Month startMonth, Granularity granularity, YearNaming naming, @Nullable WeekPattern pattern, @Nullable DayOfWeek startDay) {
    this.startMonth = Objects.requireNonNull(startMonth, "startMonth");
    this.granularity = Objects.requireNonNull(granularity, "granularity");
    this.naming = Objects.requireNonNull(naming, "naming");
    this.pattern = pattern;
    this.startDay = startDay;
  }

  /** Calendar months ({@code FY2026-M03} is March 2026). */
  public static FiscalCalendar calendarMonths() {
    return fiscal(Month.JANUARY, Granularity.MONTH);
  }

  /** Calendar quarters ({@code FY2026-Q1} is January to March 2026). */
  public static FiscalCalendar calendarQuarters() {
    return fiscal(Month.JANUARY, Granularity.QUARTER);
  }

  /** A fiscal year of calendar months starting on the first of {@code startMonth}, named by its ending year. */
  public static FiscalCalendar fiscal(Month startMonth, Granularity granularity) {
    return new FiscalCalendar(startMonth, granularity, YearNaming.ENDING_YEAR, null, null);
  }

  /**
   * A 52/53-week fiscal year starting on the {@code startDay} nearest to the first of {@code startMonth}, its
   * months of {@code pattern} weeks; named by its ending year.
   */
  public static FiscalCalendar weeks(WeekPattern pattern, Month startMonth, DayOfWeek startDay, Granularity granularity) {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(startDay, "startDay");
    return new FiscalCalendar(startMonth, granularity, YearNaming.ENDING_YEAR, pattern, startDay);
  }

  /** This calendar with fiscal years named by {@code value}. */
  public FiscalCalendar withYearNaming(YearNaming value) {
    return new FiscalCalendar(startMonth, granularity, value, pattern, startDay);
  }

  /** This calendar cut into periods of {@code value}. */
  public FiscalCalendar withGranularity(Granularity value) {
    return new FiscalCalendar(startMonth, value, naming, pattern, startDay);
  }

  public Granularity granularity() {
    return granularity;
  }

  public Month startMonth() {
    return startMonth;
  }

  /** Whether fiscal years are made of weeks (4-4-5 and the like) rather than calendar months. */
  public boolean isWeekBased() {
    return pattern != null;
  }

  /**
   * The first day of the fiscal year that starts around the first of {@code startMonth} in calendar year
   * {@code year}.
   */
  public LocalDate yearStart(int year) {
    LocalDate nominal = LocalDate.of(year, startMonth, 1);
    DayOfWeek day = startDay;
    if (pattern == null || day == null) {
      return nominal;
    }
    int shift = Math.floorMod(day.getValue() - nominal.getDayOfWeek().getValue(), 7); // 0..6 days forward
    return shift <= 3 ? nominal.plusDays(shift) : nominal.plusDays(shift - 7L);
  }

  /** The number of weeks of the fiscal year starting in {@code year} (week-based calendars: 52 or 53). */
  public int weeksInYear(int year) {
    return (int) (ChronoUnit.DAYS.between(yearStart(year), yearStart(year + 1)) / 7);
  }

  /** The period {@code date} lies in. */
  public ForecastPeriod periodOf(LocalDate date) {
    Objects.requireNonNull(date, "date");
    int y = nominalYear(date);
    for (ForecastPeriod p : periodsOfYear(y)) {
      if (p.contains(date)) {
        return p;
      }
    }
    throw new IllegalStateException("no period of fiscal year " + y + " contains " + date);
  }

  /**
   * Every period that overlaps {@code from} to {@code to} (both included), in order.
   *
   * @throws ValidationException if {@code to} is before {@code from}
   */
  public List<ForecastPeriod> periods(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    ValidationException.check(!to.isBefore(from), "to", "must not be before from " + from + " but was " + to);
    List<ForecastPeriod> out = new ArrayList<>();
    for (int y = nominalYear(from); !yearStart(y).isAfter(to); y++) {
      for (ForecastPeriod p : periodsOfYear(y)) {
        if (p.end().isAfter(from) && !p.start().isAfter(to)) {
          out.add(p);
        }
      }
    }
    return List.copyOf(out);
  }

  /** The periods of the fiscal year starting around {@code startMonth} of calendar year {@code year}, in order. */
  public List<ForecastPeriod> periodsOfYear(int year) {
    String fy = "FY" + (naming == YearNaming.STARTING_YEAR || startMonth == Month.JANUARY ? year : year + 1);
    LocalDate[] monthStarts = new LocalDate[13];
    LocalDate start = yearStart(year);
    WeekPattern weeks = pattern;
    if (weeks == null) {
      for (int m = 0; m <= 12; m++) {
        monthStarts[m] = start.plusMonths(m);
      }
    } else {
      boolean longYear = weeksInYear(year) == 53;
      LocalDate d = start;
      for (int m = 0; m < 12; m++) {
        monthStarts[m] = d;
        d = d.plusWeeks(weeks.weeksOf(m % 3) + (longYear && m == 11 ? 1 : 0));
      }
      monthStarts[12] = d;
    }
    List<ForecastPeriod> out = new ArrayList<>(12);
    if (granularity == Granularity.MONTH) {
      for (int m = 0; m < 12; m++) {
        out.add(new ForecastPeriod(fy + "-M" + (m < 9 ? "0" : "") + (m + 1), monthStarts[m], monthStarts[m + 1]));
      }
    } else {
      for (int q = 0; q < 4; q++) {
        out.add(new ForecastPeriod(fy + "-Q" + (q + 1), monthStarts[q * 3], monthStarts[q * 3 + 3]));
      }
    }
    return List.copyOf(out);
  }

  private int nominalYear(LocalDate date) {
    int y = date.getYear();
    while (yearStart(y).isAfter(date)) {
      y--;
    }
    while (!yearStart(y + 1).isAfter(date)) {
      y++;
    }
    return y;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FiscalCalendar c && c.startMonth == startMonth && c.granularity == granularity && c.naming == naming
        && c.pattern == pattern && c.startDay == startDay;
  }

  @Override
  public int hashCode() {
    return Objects.hash(startMonth, granularity, naming, pattern, startDay);
  }

  @Override
  public String toString() {
    return "FiscalCalendar[" + granularity + " from " + startMonth
        + (pattern == null ? "" : ", " + pattern.name().substring(1).replace('_', '-') + " weeks from " + startDay) + ", " + naming + "]";
  }
}
