package io.crmkit.service.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {
  static final TenantId ACME = TenantId.of("acme");
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final Instant V1 = Instant.parse("2020-01-01T00:00:00Z");

  static BusinessCalendar officeHours() {
    return BusinessCalendar.of(ACME, "office", CalendarVersion.builder(BERLIN, V1).weekdays("09:00", "17:00")
        .holiday(LocalDate.parse("2026-12-25")).specialHours(LocalDate.parse("2026-12-24"), "09:00", "12:00").build());
  }

  @Nested
  @DisplayName("office hours 09:00-17:00 Monday to Friday in Berlin")
  class OfficeHours {
    BusinessCalendar c = officeHours();

    @Test
    void addingEightHoursOnFridayAfternoonEndsOnMondayAfternoon() {
      // Friday 2026-03-06 15:00 Berlin (14:00Z): 2 h left on Friday, 6 h on Monday -> Monday 15:00 Berlin
      assertThat(c.add(Instant.parse("2026-03-06T14:00:00Z"), Duration.ofHours(8)))
          .isEqualTo(Instant.parse("2026-03-09T14:00:00Z"));
    }

    @Test
    void usingUpTheDayExactlyEndsAtClosingTimeNotAtNextOpening() {
      assertThat(c.add(Instant.parse("2026-03-06T08:00:00Z"), Duration.ofHours(8)))
          .isEqualTo(Instant.parse("2026-03-06T16:00:00Z"));
    }

    @Test
    void diffCountsOnlyOpenHoursAndIsNegativeBackwards() {
      Instant fri = Instant.parse("2026-03-06T12:00:00Z");
      Instant mon = Instant.parse("2026-03-09T12:00:00Z");
      assertThat(c.diff(fri, mon)).isEqualTo(Duration.ofHours(8));
      assertThat(c.diff(mon, fri)).isEqualTo(Duration.ofHours(-8));
    }

    @Test
    void nextOpenSkipsTheWeekendAndIsOpenItself() {
      Instant saturday = Instant.parse("2026-03-07T10:00:00Z");
      assertThat(c.nextOpen(saturday)).isEqualTo(Instant.parse("2026-03-09T08:00:00Z"));
      assertThat(c.isOpen(saturday)).isFalse();
      assertThat(c.isOpen(Instant.parse("2026-03-09T08:00:00Z"))).isTrue();
      assertThat(c.isOpen(Instant.parse("2026-03-09T16:00:00Z"))).as("the end is exclusive").isFalse();
    }

    @Test
    void holidaysCloseAndSpecialHoursReplaceTheWeek() {
      // Thu 24 Dec 09:00-12:00 only, Fri 25 Dec closed: from Thu 08:00Z, 3 h then Mon 28 Dec
      Instant dec24 = Instant.parse("2026-12-24T08:00:00Z");
      assertThat(c.diff(dec24, Instant.parse("2026-12-28T08:00:00Z"))).isEqualTo(Duration.ofHours(3));
      assertThat(c.isOpen(Instant.parse("2026-12-25T10:00:00Z"))).isFalse();
      assertThat(c.add(dec24, Duration.ofHours(4))).isEqualTo(Instant.parse("2026-12-28T09:00:00Z"));
    }
  }

  @Nested
  @DisplayName("across daylight-saving changes")
  class Dst {
    BusinessCalendar nights = BusinessCalendar.of(ACME, "n", CalendarVersion.builder(BERLIN, V1)
        .everyDay(OpenInterval.of("01:00", "05:00")).build());

    @Test
    void springForwardShortensTheIntervalByTheGap() {
      // 2026-03-29: 02:00 -> 03:00 in Berlin; 01:00+01 = 00:00Z, 05:00+02 = 03:00Z
      Instant day = Instant.parse("2026-03-28T23:00:00Z");
      assertThat(nights.diff(day, day.plus(Duration.ofHours(5)))).isEqualTo(Duration.ofHours(3));
      assertThat(nights.add(day, Duration.ofHours(3))).isEqualTo(Instant.parse("2026-03-29T03:00:00Z"));
    }

    @Test
    void fallBackLengthensTheIntervalByTheOverlap() {
      // 2026-10-25: 03:00 -> 02:00 in Berlin; 01:00+02 = 23:00Z (24th), 05:00+01 = 04:00Z
      Instant start = Instant.parse("2026-10-24T23:00:00Z");
      assertThat(nights.diff(start, Instant.parse("2026-10-25T04:00:00Z"))).isEqualTo(Duration.ofHours(5));
    }

    @Test
    void anIntervalInsideTheGapIsEmpty() {
      BusinessCalendar gap = BusinessCalendar.of(ACME, "g", CalendarVersion.builder(BERLIN, V1)
          .everyDay(OpenInterval.of("02:15", "02:45")).build());
      assertThat(gap.diff(Instant.parse("2026-03-28T12:00:00Z"), Instant.parse("2026-03-29T12:00:00Z"))).isZero();
      assertThat(gap.nextOpen(Instant.parse("2026-03-28T12:00:00Z"))).isEqualTo(Instant.parse("2026-03-30T00:15:00Z"));
    }
  }

  @Nested
  @DisplayName("night shifts across midnight")
  class Midnight {
    @Test
    void aNightShiftRunsIntoTheNextDayWhenAllowed() {
      BusinessCalendar c = BusinessCalendar.of(ACME, "night", CalendarVersion.builder(ZoneId.of("UTC"), V1)
          .acrossMidnight(AcrossMidnight.ALLOW).open(DayOfWeek.MONDAY, "22:00", "06:00").build());
      Instant mon = Instant.parse("2026-03-09T21:00:00Z");
      assertThat(c.add(mon, Duration.ofHours(5))).isEqualTo(Instant.parse("2026-03-10T03:00:00Z"));
      assertThat(c.diff(mon, Instant.parse("2026-03-11T00:00:00Z"))).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void aNightShiftIsRefusedUnlessAllowed() {
      assertThatThrownBy(() -> CalendarVersion.builder(ZoneId.of("UTC"), V1).open(DayOfWeek.MONDAY, "22:00", "06:00").build())
          .isInstanceOf(ValidationException.class)
          .hasFieldOrPropertyWithValue("field", "weeklyHours.MONDAY[0]");
    }

    @Test
    void theNextDaysHolidayClosesTheShiftsMorningPart() {
      BusinessCalendar c = BusinessCalendar.of(ACME, "night", CalendarVersion.builder(ZoneId.of("UTC"), V1)
          .acrossMidnight(AcrossMidnight.ALLOW).open(DayOfWeek.MONDAY, "22:00", "06:00")
          .holiday(LocalDate.parse("2026-03-10")).build());
      assertThat(c.diff(Instant.parse("2026-03-09T00:00:00Z"), Instant.parse("2026-03-11T00:00:00Z"))).isEqualTo(Duration.ofHours(2));
    }
  }

  @Nested
  @DisplayName("versions")
  class Versions {
    @Test
    void eachVersionCountsItsOwnTimeRange() {
      Instant change = Instant.parse("2026-03-11T00:00:00Z");   // Wednesday
      CalendarVersion before = CalendarVersion.builder(ZoneId.of("UTC"), V1).weekdays("09:00", "17:00").build();
      CalendarVersion after = CalendarVersion.builder(ZoneId.of("UTC"), change).weekdays("08:00", "20:00").build();
      BusinessCalendar c = BusinessCalendar.of(ACME, "v", List.of(after, before));
      Instant monday = Instant.parse("2026-03-09T00:00:00Z");
      assertThat(c.diff(monday, Instant.parse("2026-03-13T00:00:00Z"))).isEqualTo(Duration.ofHours(8 + 8 + 12 + 12));
      assertThat(c.add(Instant.parse("2026-03-10T16:00:00Z"), Duration.ofHours(2))).isEqualTo(Instant.parse("2026-03-11T09:00:00Z"));
      assertThat(c.versionAt(monday)).isEqualTo(before);
      assertThat(c.versions()).containsExactly(before, after);
    }

    @Test
    void twoVersionsMayNotStartAtTheSameInstant() {
      CalendarVersion v = CalendarVersion.builder(ZoneId.of("UTC"), V1).weekdays("09:00", "17:00").build();
      assertThatThrownBy(() -> BusinessCalendar.of(ACME, "v", List.of(v, v)))
          .isInstanceOf(ValidationException.class).hasFieldOrPropertyWithValue("field", "versions");
    }
  }

  @Nested
  @DisplayName("validation")
  class Validation {
    @Test
    void overlapsEmptyWeeksAndHolidaysWithSpecialHoursAreRefused() {
      assertThatThrownBy(() -> CalendarVersion.builder(BERLIN, V1).open(DayOfWeek.MONDAY, "09:00", "12:00")
          .open(DayOfWeek.MONDAY, "11:00", "13:00").build())
          .isInstanceOf(ValidationException.class).hasFieldOrPropertyWithValue("field", "weeklyHours.MONDAY");
      assertThatThrownBy(() -> CalendarVersion.builder(BERLIN, V1).build())
          .isInstanceOf(ValidationException.class).hasFieldOrPropertyWithValue("field", "weeklyHours");
      LocalDate d = LocalDate.parse("2026-05-01");
      assertThatThrownBy(() -> CalendarVersion.builder(BERLIN, V1).weekdays("09:00", "17:00").holiday(d)
          .specialHours(d, "10:00", "12:00").build())
          .isInstanceOf(ValidationException.class).hasFieldOrPropertyWithValue("field", "specialHours.2026-05-01");
      assertThatThrownBy(() -> officeHours().add(V1, Duration.ofHours(-1)))
          .isInstanceOf(ValidationException.class).hasFieldOrPropertyWithValue("field", "businessTime");
      assertThatThrownBy(() -> officeHours().isOpen(Instant.parse("1800-01-01T00:00:00Z")))
          .isInstanceOf(ValidationException.class).hasFieldOrPropertyWithValue("field", "at");
      assertThatThrownBy(() -> OpenInterval.of("09:00", "09:00"))
          .isInstanceOf(ValidationException.class).hasFieldOrPropertyWithValue("field", "end");
    }

    @Test
    void twentyFourSevenIsAlwaysOpen() {
      BusinessCalendar c = BusinessCalendar.twentyFourSeven(ACME, "24x7");
      Instant t = Instant.parse("2026-03-29T00:30:00Z");
      assertThat(c.add(t, Duration.ofHours(30))).isEqualTo(t.plus(Duration.ofHours(30)));
      assertThat(c.isOpen(t)).isTrue();
      assertThat(c.versionAt(t).alwaysOpen()).isTrue();
    }
  }
}
