package io.crmkit.sales.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.sales.forecast.FiscalCalendar.Granularity;
import io.crmkit.sales.forecast.FiscalCalendar.WeekPattern;
import io.crmkit.sales.forecast.FiscalCalendar.YearNaming;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FiscalCalendarTest {
  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  @DisplayName("calendar months and quarters")
  void calendar() {
    assertThat(FiscalCalendar.calendarMonths().periodOf(d("2026-03-31")))
        .isEqualTo(new ForecastPeriod("FY2026-M03", d("2026-03-01"), d("2026-04-01")));
    assertThat(FiscalCalendar.calendarQuarters().periodOf(d("2026-05-10")))
        .isEqualTo(new ForecastPeriod("FY2026-Q2", d("2026-04-01"), d("2026-07-01")));
  }

  @Test
  @DisplayName("a fiscal year starting in April is named after the year it ends in, or the one it starts in")
  void fiscalApril() {
    FiscalCalendar april = FiscalCalendar.fiscal(Month.APRIL, Granularity.QUARTER);
    assertThat(april.periodOf(d("2026-05-10")).key()).isEqualTo("FY2027-Q1");
    assertThat(april.periodOf(d("2026-03-31")).key()).isEqualTo("FY2026-Q4");
    assertThat(april.withYearNaming(YearNaming.STARTING_YEAR).periodOf(d("2026-05-10")).key()).isEqualTo("FY2026-Q1");
    assertThat(april.withGranularity(Granularity.MONTH).periodOf(d("2027-02-01")).key()).isEqualTo("FY2027-M11");
  }

  @Test
  @DisplayName("4-4-5: quarters of 13 weeks, months of 4, 4 and 5 weeks, starting on the weekday nearest the 1st")
  void weeks445() {
    FiscalCalendar c = FiscalCalendar.weeks(WeekPattern.P4_4_5, Month.JANUARY, DayOfWeek.MONDAY, Granularity.MONTH);
    // 2026-01-01 is a Thursday: the nearest Monday is 2025-12-29
    assertThat(c.yearStart(2026)).isEqualTo(d("2025-12-29"));
    assertThat(c.weeksInYear(2026)).isEqualTo(53); // the next start is 2027-01-04
    assertThat(c.periodsOfYear(2026).get(11).end()).isEqualTo(d("2027-01-04"));
    List<ForecastPeriod> months = c.periodsOfYear(2027);
    assertThat(c.weeksInYear(2027)).isEqualTo(52);
    assertThat(months).extracting(p -> ChronoUnit.WEEKS.between(p.start(), p.end()))
        .containsExactly(4L, 4L, 5L, 4L, 4L, 5L, 4L, 4L, 5L, 4L, 4L, 5L);
    assertThat(c.periodOf(d("2025-12-30")).key()).isEqualTo("FY2026-M01");
    FiscalCalendar q = c.withGranularity(Granularity.QUARTER);
    assertThat(q.periodsOfYear(2027)).allMatch(p -> ChronoUnit.WEEKS.between(p.start(), p.end()) == 13);
  }

  @Test
  @DisplayName("a 53-week year puts the extra week in its last month; 4-5-4 and 5-4-4 lay months out as named")
  void longYear() {
    FiscalCalendar retail = FiscalCalendar.weeks(WeekPattern.P4_5_4, Month.FEBRUARY, DayOfWeek.SUNDAY, Granularity.MONTH);
    int longYears = 0;
    for (int y = 2000; y < 2040; y++) {
      int weeks = retail.weeksInYear(y);
      assertThat(weeks).isIn(52, 53);
      List<ForecastPeriod> months = retail.periodsOfYear(y);
      assertThat(ChronoUnit.WEEKS.between(months.get(0).start(), months.get(0).end())).isEqualTo(4);
      assertThat(ChronoUnit.WEEKS.between(months.get(1).start(), months.get(1).end())).isEqualTo(5);
      assertThat(ChronoUnit.WEEKS.between(months.get(11).start(), months.get(11).end())).isEqualTo(weeks == 53 ? 5 : 4);
      longYears += weeks == 53 ? 1 : 0;
    }
    assertThat(longYears).isBetween(5, 9);
    FiscalCalendar c544 = FiscalCalendar.weeks(WeekPattern.P5_4_4, Month.JANUARY, DayOfWeek.SATURDAY, Granularity.MONTH);
    assertThat(ChronoUnit.WEEKS.between(c544.periodsOfYear(2026).get(0).start(), c544.periodsOfYear(2026).get(0).end())).isEqualTo(5);
  }

  @Test
  @DisplayName("periods(from, to) lists every period overlapping the range")
  void range() {
    assertThat(FiscalCalendar.calendarQuarters().periods(d("2025-12-31"), d("2026-04-01")))
        .extracting(ForecastPeriod::key).containsExactly("FY2025-Q4", "FY2026-Q1", "FY2026-Q2");
  }
}
