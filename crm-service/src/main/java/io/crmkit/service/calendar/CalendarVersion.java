package io.crmkit.service.calendar;

import io.crmkit.core.ValidationException;
import io.crmkit.service.calendar.internal.DayPlan;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One version of a business calendar: weekly open intervals per weekday in an IANA zone, holidays (closed
 * all day) and special hours on given dates, in force from {@code effectiveFrom} until the next version of the
 * same {@link BusinessCalendar}. Validated when built: at least one open interval a week, no overlapping
 * intervals on a day (after the part of a night shift past midnight is moved to the next day), intervals
 * across midnight only with {@link AcrossMidnight#ALLOW}, special hours within their day, and no date both a
 * holiday and one with special hours.
 *
 * <p>{@code CalendarVersion.builder(ZoneId.of("Europe/Berlin"), from).weekdays("08:00", "17:00").holiday(date).build()}
 *
 * @param effectiveFrom when this version starts to apply (between 1900 and 2200)
 * @param zone the IANA zone whose wall clock the intervals are read on
 * @param weeklyHours the open intervals per weekday; a missing day is closed
 * @param acrossMidnight whether a weekly interval may run past midnight
 * @param holidays dates closed all day
 * @param specialHours dates whose open intervals replace the weekly ones (within the day)
 */
public record CalendarVersion(
    Instant effectiveFrom,
    ZoneId zone,
    Map<DayOfWeek, List<OpenInterval>> weeklyHours,
    AcrossMidnight acrossMidnight,
    Set<LocalDate> holidays,
    Map<LocalDate, List<OpenInterval>> specialHours) {

  /** The earliest instant calendars support. */
  public static final Instant SUPPORTED_FROM = Instant.parse("1900-01-01T00:00:00Z");
  /** The instant from which calendars no longer compute (exclusive). */
  public static final Instant SUPPORTED_UNTIL = Instant.parse("2200-01-01T00:00:00Z");

  public CalendarVersion {
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(weeklyHours, "weeklyHours");
    Objects.requireNonNull(acrossMidnight, "acrossMidnight");
    Objects.requireNonNull(holidays, "holidays");
    Objects.requireNonNull(specialHours, "specialHours");
    ValidationException.check(
        !effectiveFrom.isBefore(SUPPORTED_FROM) && effectiveFrom.isBefore(SUPPORTED_UNTIL),
        "effectiveFrom", "must lie in [1900-01-01, 2200-01-01) but was " + effectiveFrom);
    Map<DayOfWeek, List<OpenInterval>> weekly = new EnumMap<>(DayOfWeek.class);
    for (Map.Entry<DayOfWeek, List<OpenInterval>> e : weeklyHours.entrySet()) {
      DayOfWeek day = Objects.requireNonNull(e.getKey(), "weeklyHours day");
      List<OpenInterval> intervals = e.getValue();
      Objects.requireNonNull(intervals, "weeklyHours." + day);
      List<OpenInterval> sorted = new ArrayList<>(intervals);
      sorted.forEach(i -> Objects.requireNonNull(i, "weeklyHours." + day + " interval"));
      sorted.sort(null);
      for (int k = 0; k < sorted.size(); k++) {
        ValidationException.check(
            acrossMidnight == AcrossMidnight.ALLOW || !sorted.get(k).crossesMidnight(),
            "weeklyHours." + day + "[" + k + "]",
            "crosses midnight (" + sorted.get(k) + ") but acrossMidnight is REFUSE");
      }
      if (!sorted.isEmpty()) {
        weekly.put(day, List.copyOf(sorted));
      }
    }
    ValidationException.check(!weekly.isEmpty(), "weeklyHours", "must open at least once a week");
    DayPlan.weekSeconds(weekly);
    Map<LocalDate, List<OpenInterval>> special = new LinkedHashMap<>();
    for (LocalDate date : new TreeSet<>(specialHours.keySet())) {
      List<OpenInterval> sorted = new ArrayList<>(Objects.requireNonNull(specialHours.get(date), "specialHours." + date));
      sorted.forEach(i -> Objects.requireNonNull(i, "specialHours." + date + " interval"));
      sorted.sort(null);
      ValidationException.check(!sorted.isEmpty(), "specialHours." + date, "must have at least one interval; make a closed day a holiday");
      ValidationException.check(!holidays.contains(date), "specialHours." + date, "must not also be a holiday");
      for (int k = 0; k < sorted.size(); k++) {
        ValidationException.check(!sorted.get(k).crossesMidnight(), "specialHours." + date + "[" + k + "]",
            "must end on its own day but was " + sorted.get(k));
      }
      DayPlan.daySeconds(sorted, "specialHours." + date);
      special.put(date, List.copyOf(sorted));
    }
    holidays.forEach(d -> Objects.requireNonNull(d, "holidays date"));
    weeklyHours = Map.copyOf(weekly);
    holidays = Set.copyOf(holidays);
    specialHours = Map.copyOf(special);
  }

  /** A builder for a version in {@code zone} applying from {@code effectiveFrom}; intervals may not cross midnight unless allowed. */
  public static Builder builder(ZoneId zone, Instant effectiveFrom) {
    return new Builder(zone, effectiveFrom);
  }

  /** Open around the clock in UTC from {@code effectiveFrom}: the "24×7" calendar. */
  public static CalendarVersion twentyFourSeven(Instant effectiveFrom) {
    return builder(ZoneId.of("UTC"), effectiveFrom).everyDay(OpenInterval.wholeDay()).build();
  }

  /** The open intervals on {@code day} of an ordinary week (before holidays and special hours). */
  public List<OpenInterval> hoursOn(DayOfWeek day) {
    return weeklyHours.getOrDefault(day, List.of());
  }

  /** Whether every day is open from 00:00 to 24:00 with no holidays or special hours, in a fixed-offset zone. */
  public boolean alwaysOpen() {
    return holidays.isEmpty() && specialHours.isEmpty() && zone.getRules().isFixedOffset()
        && weeklyHours.size() == 7
        && weeklyHours.values().stream().allMatch(l -> l.size() == 1 && l.get(0).equals(OpenInterval.wholeDay()));
  }

  /** This version with another effective-from instant (to reuse its hours in a later version). */
  public CalendarVersion withEffectiveFrom(Instant from) {
    return new CalendarVersion(from, zone, weeklyHours, acrossMidnight, holidays, specialHours);
  }

  /** Collects the parts of a {@link CalendarVersion}; {@link #build()} validates them. */
  public static final class Builder {
    private final ZoneId zone;
    private final Instant effectiveFrom;
    private final Map<DayOfWeek, List<OpenInterval>> weekly = new EnumMap<>(DayOfWeek.class);
    private final Set<LocalDate> holidays = new TreeSet<>();
    private final Map<LocalDate, List<OpenInterval>> special = new LinkedHashMap<>();
    private AcrossMidnight acrossMidnight = AcrossMidnight.REFUSE;

    private Builder(ZoneId zone, Instant effectiveFrom) {
      this.zone = Objects.requireNonNull(zone, "zone");
      this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }

    /** Adds an open interval on {@code day}. */
    public Builder open(DayOfWeek day, OpenInterval interval) {
      weekly.computeIfAbsent(Objects.requireNonNull(day, "day"), d -> new ArrayList<>())
          .add(Objects.requireNonNull(interval, "interval"));
      return this;
    }

    /** Adds an open interval on {@code day}, e.g. {@code open(MONDAY, "08:00", "12:00")}. */
    public Builder open(DayOfWeek day, String start, String end) {
      return open(day, OpenInterval.of(start, end));
    }

    /** Adds the interval on Monday to Friday. */
    public Builder weekdays(String start, String end) {
      for (DayOfWeek d : DayOfWeek.values()) {
        if (d.compareTo(DayOfWeek.SATURDAY) < 0) {
          open(d, start, end);
        }
      }
      return this;
    }

    /** Adds the interval on all seven days. */
    public Builder everyDay(OpenInterval interval) {
      for (DayOfWeek d : DayOfWeek.values()) {
        open(d, interval);
      }
      return this;
    }

    /** Whether weekly intervals may cross midnight (default {@link AcrossMidnight#REFUSE}). */
    public Builder acrossMidnight(AcrossMidnight policy) {
      this.acrossMidnight = Objects.requireNonNull(policy, "acrossMidnight");
      return this;
    }

    /** Closes {@code date} all day. */
    public Builder holiday(LocalDate date) {
      holidays.add(Objects.requireNonNull(date, "date"));
      return this;
    }

    /** Replaces the weekly hours on {@code date} by {@code start}–{@code end}; call again for more intervals that day. */
    public Builder specialHours(LocalDate date, String start, String end) {
      special.computeIfAbsent(Objects.requireNonNull(date, "date"), d -> new ArrayList<>()).add(OpenInterval.of(start, end));
      return this;
    }

    /** Replaces the weekly hours on {@code date} by {@code intervals}. */
    public Builder specialHours(LocalDate date, List<OpenInterval> intervals) {
      special.computeIfAbsent(Objects.requireNonNull(date, "date"), d -> new ArrayList<>())
          .addAll(Objects.requireNonNull(intervals, "intervals"));
      return this;
    }

    /** The validated version. */
    public CalendarVersion build() {
      return new CalendarVersion(effectiveFrom, zone, weekly, acrossMidnight, holidays, special);
    }
  }
}
