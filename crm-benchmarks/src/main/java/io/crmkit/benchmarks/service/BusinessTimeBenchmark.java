package io.crmkit.benchmarks.service;

import io.crmkit.core.TenantId;
import io.crmkit.service.calendar.BusinessCalendar;
import io.crmkit.service.calendar.CalendarVersion;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Business-time {@code add} and {@code diff} on a Berlin office calendar (09:00–12:30 and 13:30–17:00 on
 * weekdays, holidays, two versions), from 4,096 random instants over 2026 with durations up to 40 business
 * hours and {@code diff} spans up to a week (both crossing the version change on 2026-07-01 and DST changes).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BusinessTimeBenchmark {
  private BusinessCalendar calendar;
  private Instant[] from;
  private Instant[] to;
  private Duration[] durations;
  private int i;

  /** Builds the calendar and the inputs (seed 42). */
  @Setup
  public void setUp() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    CalendarVersion.Builder v1 = CalendarVersion.builder(berlin, Instant.parse("2025-01-01T00:00:00Z"))
        .weekdays("09:00", "12:30").weekdays("13:30", "17:00");
    for (String d : new String[] {"2026-01-01", "2026-04-03", "2026-04-06", "2026-05-01", "2026-12-25", "2026-12-26"}) {
      v1.holiday(LocalDate.parse(d));
    }
    CalendarVersion v2 = CalendarVersion.builder(berlin, Instant.parse("2026-07-01T00:00:00Z")).weekdays("08:00", "18:00").build();
    calendar = BusinessCalendar.of(TenantId.of("bench"), "office", java.util.List.of(v1.build(), v2));
    SplittableRandom r = new SplittableRandom(42);
    from = new Instant[4096];
    to = new Instant[4096];
    durations = new Duration[4096];
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    for (int k = 0; k < from.length; k++) {
      from[k] = start.plusSeconds(r.nextLong(365L * 86_400));
      to[k] = from[k].plusSeconds(r.nextLong(7L * 86_400));
      durations[k] = Duration.ofMinutes(r.nextLong(40 * 60));
    }
  }

  /** One {@code add}. */
  @Benchmark
  public Instant add() {
    int k = i++ & 4095;
    return calendar.add(from[k], durations[k]);
  }

  /** One {@code diff} over up to a week. */
  @Benchmark
  public Duration diff() {
    int k = i++ & 4095;
    return calendar.diff(from[k], to[k]);
  }
}
