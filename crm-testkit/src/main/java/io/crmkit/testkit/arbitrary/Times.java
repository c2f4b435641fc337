package io.crmkit.testkit.arbitrary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomDistribution;

/** Zones and dates for the arbitraries. */
final class Times {
  private Times() {}

  /**
   * Zones that break naive time arithmetic: UTC, half- and quarter-hour offsets (with and without daylight
   * saving), a 30-minute DST shift, the extremes of +14 and -11, and the usual DST zones.
   */
  static final List<String> TRICKY_ZONES =
      List.of(
          "UTC", "Asia/Kolkata", "Asia/Kathmandu", "Australia/Adelaide", "America/St_Johns", "Australia/Lord_Howe",
          "Pacific/Chatham", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Tehran", "Europe/Berlin",
          "America/New_York", "America/Sao_Paulo", "Australia/Sydney", "Africa/Casablanca", "Europe/London");

  /** Every region zone the JDK knows (those with a '/'), plus UTC. */
  static final List<String> ALL_ZONES = allZones();

  private static List<String> allZones() {
    TreeSet<String> ids = new TreeSet<>();
    for (String id : ZoneId.getAvailableZoneIds()) {
      if (id.contains("/") && !id.startsWith("SystemV/")) {
        ids.add(id);
      }
    }
    ids.add("UTC");
    return List.copyOf(ids);
  }

  static Arbitrary<ZoneId> zoneIds() {
    return Cache.of("Times.zoneIds", Times::makeZoneIds);
  }

  private static Arbitrary<ZoneId> makeZoneIds() {
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(1, Arbitraries.of(TRICKY_ZONES)), net.jqwik.api.Tuple.of(3, Arbitraries.of(ALL_ZONES)))
        .map(ZoneId::of)
        .edgeCases(c -> c.add(ZoneId.of("UTC"), ZoneId.of("Asia/Kathmandu"), ZoneId.of("Australia/Lord_Howe")));
  }

  static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);
  static final LocalDate MAX_DATE = LocalDate.of(2100, 12, 31);

  /** Dates from 1900 to 2100, leap days among the edge cases. */
  static Arbitrary<LocalDate> dates() {
    return Cache.of("Times.dates", Times::makeDates);
  }

  private static Arbitrary<LocalDate> makeDates() {
    return dates(MIN_DATE, MAX_DATE)
        .edgeCases(c -> c.add(LocalDate.of(2000, 2, 29), LocalDate.of(2024, 2, 29), LocalDate.of(1970, 1, 1)));
  }

  /** Dates in {@code [min, max]}, uniformly. */
  static Arbitrary<LocalDate> dates(LocalDate min, LocalDate max) {
    return Arbitraries.longs()
        .between(min.toEpochDay(), max.toEpochDay())
        .withDistribution(RandomDistribution.uniform())
        .map(LocalDate::ofEpochDay);
  }

  /** Instants from 2000 to 2040 in whole microseconds (what SQL stores keep). */
  static Arbitrary<Instant> instants() {
    return Cache.of("Times.instants", Times::makeInstants);
  }

  private static Arbitrary<Instant> makeInstants() {
    return new InstantArbitrary();
  }
}
