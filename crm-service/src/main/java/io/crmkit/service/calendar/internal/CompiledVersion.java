package io.crmkit.service.calendar.internal;

import io.crmkit.core.ValidationException;
import io.crmkit.core.annotation.Internal;
import io.crmkit.service.calendar.CalendarVersion;
import io.crmkit.service.calendar.OpenInterval;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A calendar version compiled for arithmetic: each local week (Monday 00:00 to Monday 00:00 on the zone's
 * wall clock) becomes a sorted array of disjoint open intervals in UTC nanoseconds with prefix sums, built
 * once and kept in a small direct-mapped cache, so {@code between} and {@code add} are a binary search inside
 * a week plus one step per week crossed.
 *
 * <p>A local time maps to the earliest instant at which the wall clock shows it or a later time: in an autumn
 * overlap that is its first occurrence; in a spring gap it is the instant of the jump. So an interval that
 * lies entirely in a gap is empty, and one that spans an overlap lasts an hour longer.
 */
@Internal
public final class CompiledVersion {
  private static final long NANOS = 1_000_000_000L;
  private static final int CACHE = 512;

  private final ZoneRules rules;
  private final int fixedOffset;
  private final boolean fixed;
  private final boolean alwaysOpen;
  private final int[][] weekly;
  private final Map<LocalDate, int[]> special;
  private final Week[] cache = new Week[CACHE];

  /** Compiles {@code version}. */
  public CompiledVersion(CalendarVersion version) {
    this.rules = version.zone().getRules();
    this.fixed = rules.isFixedOffset();
    this.fixedOffset = fixed ? rules.getOffset(Instant.EPOCH).getTotalSeconds() : 0;
    this.alwaysOpen = version.alwaysOpen();
    this.weekly = DayPlan.weekSeconds(version.weeklyHours());
    Map<LocalDate, int[]> sp = new HashMap<>();
    version.holidays().forEach(d -> sp.put(d, new int[0]));
    version.specialHours().forEach((d, l) -> sp.put(d, DayPlan.daySeconds(l, "specialHours." + d)));
    this.special = Map.copyOf(sp);
  }

  /** Business nanoseconds in {@code [a, b)}, {@code a <= b}. */
  public long between(long a, long b) {
    if (alwaysOpen) {
      return b - a;
    }
    Week w = weekOf(a);
    if (b < w.end) {
      return w.position(b) - w.position(a);
    }
    long sum = w.total - w.position(a);
    w = next(w);
    while (b >= w.end) {
      sum += w.total;
      w = next(w);
    }
    return sum + w.position(b);
  }

  /** The earliest {@code u >= a} with {@code between(a, u) == d}, {@code d >= 0}; stops with an exception past {@code limit}. */
  public long add(long a, long d, long limit) {
    if (d == 0) {
      return a;
    }
    if (alwaysOpen) {
      return a + d;
    }
    Week w = weekOf(a);
    long p = w.position(a);
    while (true) {
      long avail = w.total - p;
      if (d <= avail) {
        return w.locate(p + d);
      }
      d -= avail;
      w = next(w);
      if (w.start >= limit) {
        throw new ValidationException("duration", "reaches past the supported range (2200-01-01)");
      }
      p = 0;
    }
  }

  /** Whether {@code t} lies in an open interval. */
  public boolean isOpen(long t) {
    if (alwaysOpen) {
      return true;
    }
    Week w = weekOf(t);
    int i = w.floor(t);
    return i >= 0 && t < w.ends[i];
  }

  /** {@code t} if open, else the start of the next open interval; {@code Long.MAX_VALUE} when none starts before a week at or after {@code limit}. */
  public long nextOpen(long t, long limit) {
    if (alwaysOpen) {
      return t;
    }
    Week w = weekOf(t);
    int i = w.floor(t);
    if (i >= 0 && t < w.ends[i]) {
      return t;
    }
    if (i + 1 < w.starts.length) {
      return w.starts[i + 1];
    }
    do {
      w = next(w);
      if (w.start >= limit) {
        return Long.MAX_VALUE;
      }
    } while (w.starts.length == 0);
    return w.starts[0];
  }

  private Week weekOf(long t) {
    long sec = Math.floorDiv(t, NANOS);
    int offset = fixed ? fixedOffset : rules.getOffset(Instant.ofEpochSecond(sec)).getTotalSeconds();
    long day = Math.floorDiv(sec + offset, 86_400L);
    long monday = day - Math.floorMod(day + 3, 7);
    Week w = week(monday);
    while (t < w.start) {
      w = week(w.monday - 7);
    }
    while (t >= w.end) {
      w = next(w);
    }
    return w;
  }

  private Week next(Week w) {
    return week(w.monday + 7);
  }

  private Week week(long monday) {
    int slot = (int) Math.floorMod(monday / 7, (long) CACHE);
    Week w = cache[slot];
    if (w == null || w.monday != monday) {
      w = build(monday);
      cache[slot] = w;
    }
    return w;
  }

  private Week build(long monday) {
    long[] starts = new long[32];
    long[] ends = new long[32];
    int n = 0;
    for (int d = 0; d < 7; d++) {
      LocalDate date = LocalDate.ofEpochDay(monday + d);
      int[] day = special.getOrDefault(date, weekly[d]);
      for (int k = 0; k < day.length; k += 2) {
        long a = instant(monday + d, day[k]);
        long b = instant(monday + d, day[k + 1]);
        if (b <= a) {
          continue;
        }
        if (n > 0 && ends[n - 1] == a) {
          ends[n - 1] = b;
          continue;
        }
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
          ends = Arrays.copyOf(ends, n * 2);
        }
        starts[n] = a;
        ends[n] = b;
        n++;
      }
    }
    return new Week(monday, instant(monday, 0), instant(monday + 7, 0),
        Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
  }

  /** The earliest instant (nanoseconds) at which the wall clock shows {@code secondOfDay} on {@code epochDay} or later. */
  private long instant(long epochDay, int secondOfDay) {
    if (secondOfDay == OpenInterval.DAY_SECONDS) {
      return instant(epochDay + 1, 0);
    }
    long local = epochDay * 86_400L + secondOfDay;
    if (fixed) {
      return (local - fixedOffset) * NANOS;
    }
    LocalDateTime ldt = LocalDateTime.of(LocalDate.ofEpochDay(epochDay), LocalTime.ofSecondOfDay(secondOfDay));
    List<ZoneOffset> offsets = rules.getValidOffsets(ldt);
    if (offsets.size() == 1) {
      return (local - offsets.get(0).getTotalSeconds()) * NANOS;
    }
    ZoneOffsetTransition t = rules.getTransition(ldt);
    if (offsets.isEmpty()) {
      return t.getInstant().getEpochSecond() * NANOS;
    }
    return (local - t.getOffsetBefore().getTotalSeconds()) * NANOS;
  }

  /** One local week: disjoint sorted intervals with prefix sums of their lengths. */
  private static final class Week {
    final long monday;
    final long start;
    final long end;
    final long[] starts;
    final long[] ends;
    final long[] cum;
    final long total;

    Week(long monday, long start, long end, long[] starts, long[] ends) {
      this.monday = monday;
      this.start = start;
      this.end = end;
      this.starts = starts;
      this.ends = ends;
      this.cum = new long[starts.length + 1];
      for (int i = 0; i < starts.length; i++) {
        cum[i + 1] = cum[i] + ends[i] - starts[i];
      }
      this.total = cum[starts.length];
    }

    /** The largest index whose start is at most {@code t}, or -1. */
    int floor(long t) {
      int lo = 0;
      int hi = starts.length - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (starts[mid] <= t) {
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return hi;
    }

    /** Business nanoseconds from the week's start to {@code t}. */
    long position(long t) {
      int i = floor(t);
      return i < 0 ? 0 : cum[i] + Math.min(t, ends[i]) - starts[i];
    }

    /** The earliest instant whose position is {@code target}, {@code 0 < target <= total}. */
    long locate(long target) {
      int lo = 0;
      int hi = starts.length - 1;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (cum[mid + 1] >= target) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      return starts[lo] + (target - cum[lo]);
    }
  }
}
