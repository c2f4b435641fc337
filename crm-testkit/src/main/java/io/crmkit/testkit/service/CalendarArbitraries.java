package io.crmkit.testkit.service;

import io.crmkit.core.TenantId;
import io.crmkit.service.calendar.AcrossMidnight;
import io.crmkit.service.calendar.BusinessCalendar;
import io.crmkit.service.calendar.CalendarVersion;
import io.crmkit.service.calendar.OpenInterval;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for business calendars: versions in ten zones (DST, half-hour and 45-minute offsets,
 * changes at midnight), several intervals a day, night shifts when allowed, holidays, special hours, one to
 * three versions; instants biased towards zone transitions, durations up to 300 hours with nanoseconds.
 *
 * <p>{@code @ForAll("calendars") BusinessCalendar c} with {@code @Provide Arbitrary<BusinessCalendar> calendars() { return CalendarArbitraries.calendars(); }}
 */
public final class CalendarArbitraries {
  public static final List<String> ZONES = List.of("Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata",
      "Pacific/Chatham", "America/Santiago", "America/St_Johns", "Europe/London", "UTC", "America/Sao_Paulo");
  public static final Instant FROM = Instant.parse("2024-01-01T00:00:00Z");
  public static final long SPAN = Duration.ofDays(4 * 365).toSeconds();

  private CalendarArbitraries() {}

  public static Arbitrary<BusinessCalendar> calendars() {
    return versions().list().ofMinSize(1).ofMaxSize(3).uniqueElements(CalendarVersion::effectiveFrom)
        .map(vs -> BusinessCalendar.of(TenantId.of("t1"), "cal", vs));
  }

  public static Arbitrary<CalendarVersion> versions() {
    Arbitrary<ZoneId> zones = Arbitraries.of(ZONES).map(ZoneId::of);
    Arbitrary<Instant> from = Arbitraries.longs().between(0, SPAN).map(s -> FROM.plusSeconds(s / 3600 * 3600));
    Arbitrary<AcrossMidnight> across = Arbitraries.of(AcrossMidnight.class);
    Arbitrary<TreeSet<Integer>> bounds = Arbitraries.integers().between(0, 7 * 96).set().ofMinSize(2).ofMaxSize(24)
        .map(TreeSet::new);
    Arbitrary<List<Integer>> days = Arbitraries.integers().between(0, 4 * 365).list().ofMaxSize(6);
    return Combinators.combine(zones, from, across, bounds, days, days, Arbitraries.integers().between(0, 1))
        .as((zone, at, am, b, holidayDays, specialDays, open24) -> build(zone, at, am, b, holidayDays, specialDays, open24 == 1));
  }

  public static Arbitrary<Instant> instants() {
    Arbitrary<Instant> uniform = Arbitraries.longs().between(0, SPAN).map(FROM::plusSeconds);
    Arbitrary<Instant> nearTransition = Combinators.combine(Arbitraries.of(ZONES), Arbitraries.longs().between(0, SPAN),
        Arbitraries.longs().between(-2 * 86_400, 2 * 86_400)).as((z, s, d) -> {
          var t = ZoneId.of(z).getRules().nextTransition(FROM.plusSeconds(s));
          return t == null ? FROM.plusSeconds(s) : t.getInstant().plusSeconds(d);
        });
    Arbitrary<Instant> base = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, uniform), net.jqwik.api.Tuple.of(2, nearTransition));
    return Combinators.combine(base, Arbitraries.integers().between(0, 999_999_999), Arbitraries.integers().between(0, 3))
        .as((t, n, k) -> k == 0 ? t.plusNanos(n) : t);
  }

  public static Arbitrary<Duration> durations() {
    return Combinators.combine(Arbitraries.longs().between(0, 300 * 3600), Arbitraries.integers().between(0, 3))
        .as((s, k) -> k == 0 ? Duration.ofSeconds(s, 123_456_789) : Duration.ofSeconds(k == 1 ? s / 900 * 900 : s));
  }

  private static CalendarVersion build(ZoneId zone, Instant from, AcrossMidnight am, TreeSet<Integer> b,
      List<Integer> holidayDays, List<Integer> specialDays, boolean open24) {
    CalendarVersion.Builder v = CalendarVersion.builder(zone, from).acrossMidnight(am);
    if (open24) {
      v.everyDay(OpenInterval.wholeDay());
    }
    List<Integer> points = new ArrayList<>(b);
    for (int i = 0; !open24 && i + 1 < points.size(); i += 2) {
      addWeekInterval(v, am, points.get(i) * 900, points.get(i + 1) * 900);
    }
    LocalDate first = LocalDate.of(2024, 1, 1);
    TreeSet<LocalDate> holidays = new TreeSet<>();
    holidayDays.forEach(d -> holidays.add(first.plusDays(d)));
    holidays.forEach(v::holiday);
    for (int d : specialDays) {
      LocalDate date = first.plusDays(d);
      if (!holidays.contains(date)) {
        v.specialHours(date, List.of(new OpenInterval(LocalTime.ofSecondOfDay(d % 20 * 3600L), LocalTime.ofSecondOfDay((d % 20 + 3) * 3600L))));
        holidays.add(date);
      }
    }
    return v.build();
  }

  /** Adds [a, b) seconds of the week as day intervals: one night shift when allowed and possible, else split at midnights. */
  private static void addWeekInterval(CalendarVersion.Builder v, AcrossMidnight am, int a, int b) {
    int dayA = a / 86_400;
    int dayB = b / 86_400;
    int sa = a % 86_400;
    int sb = b % 86_400;
    if (dayA == dayB) {
      v.open(DayOfWeek.of(dayA + 1), new OpenInterval(LocalTime.ofSecondOfDay(sa), LocalTime.ofSecondOfDay(sb)));
      return;
    }
    if (am == AcrossMidnight.ALLOW && dayB == dayA + 1 && sb > 0 && sb < sa) {
      v.open(DayOfWeek.of(dayA + 1), new OpenInterval(LocalTime.ofSecondOfDay(sa), LocalTime.ofSecondOfDay(sb)));
      return;
    }
    v.open(DayOfWeek.of(dayA + 1), new OpenInterval(LocalTime.ofSecondOfDay(sa), LocalTime.MIDNIGHT));
    for (int d = dayA + 1; d < dayB; d++) {
      v.open(DayOfWeek.of(d + 1), OpenInterval.wholeDay());
    }
    if (sb > 0 && dayB < 7) {
      v.open(DayOfWeek.of(dayB + 1), new OpenInterval(LocalTime.MIDNIGHT, LocalTime.ofSecondOfDay(sb)));
    }
  }
}
