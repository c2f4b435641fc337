package io.crmkit.sales.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.sales.forecast.FiscalCalendar.Granularity;
import io.crmkit.sales.forecast.FiscalCalendar.WeekPattern;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class FiscalCalendarProperties {
  @Provide
  Arbitrary<FiscalCalendar> calendars() {
    Arbitrary<Month> months = Arbitraries.of(Month.class);
    Arbitrary<Granularity> grains = Arbitraries.of(Granularity.class);
    Arbitrary<FiscalCalendar> monthly = Combinators.combine(months, grains).as(FiscalCalendar::fiscal);
    Arbitrary<FiscalCalendar> weekly = Combinators.combine(
            Arbitraries.of(WeekPattern.class), months, Arbitraries.of(DayOfWeek.class), grains)
        .as(FiscalCalendar::weeks);
    return Arbitraries.oneOf(monthly, weekly);
  }

  @Property(tries = 200)
  void periodsTileTimeAndContainTheirDates(
      @ForAll("calendars") FiscalCalendar calendar, @ForAll @IntRange(min = 0, max = 20_000) int dayOffset,
      @ForAll @IntRange(min = 0, max = 800) int span) {
    LocalDate from = LocalDate.of(1990, 1, 1).plusDays(dayOffset);
    LocalDate to = from.plusDays(span);
    List<ForecastPeriod> periods = calendar.periods(from, to);
    assertThat(periods.get(0).contains(from)).isTrue();
    assertThat(periods.get(periods.size() - 1).contains(to)).isTrue();
    for (int i = 1; i < periods.size(); i++) {
      assertThat(periods.get(i).start()).isEqualTo(periods.get(i - 1).end());
      assertThat(periods.get(i).key()).isNotEqualTo(periods.get(i - 1).key());
    }
    assertThat(calendar.periodOf(from)).isEqualTo(periods.get(0));
    assertThat(calendar.periodOf(to)).isEqualTo(periods.get(periods.size() - 1));
    if (calendar.isWeekBased()) {
      assertThat(calendar.weeksInYear(from.getYear())).isIn(52, 53);
      ForecastPeriod p = calendar.periodOf(from);
      assertThat(p.start().until(p.end(), java.time.temporal.ChronoUnit.DAYS) % 7).isZero();
    }
  }
}
