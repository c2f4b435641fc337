package io.crmkit.service.calendar;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.service.calendar.internal.CompiledVersion;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A tenant's named business calendar: a list of {@link CalendarVersion}s, each in force from its
 * effective-from instant until the next one (the earliest also governs all time before it). Computations
 * that span a version change use each version for its own time range.
 *
 * <p>Business time is real elapsed time inside open intervals, so a 01:00–05:00 interval lasts three hours on
 * the day clocks spring forward and five when they fall back. The operations obey these laws, for every
 * {@code t}, {@code a <= b <= c} and {@code d >= 0}:
 * <ul>
 *   <li>{@code diff(t, add(t, d)) == d}; {@code diff(a, b) + diff(b, c) == diff(a, c)}; {@code diff(b, a) == -diff(a, b)};
 *   <li>{@code add} is monotonic in both arguments, and {@code add(t, d)} is the earliest instant reached
 *       after {@code d} of business time: for {@code d > 0} the nanosecond before it is open (it is itself
 *       open, or the end of an open interval at which the duration was used up);
 *   <li>{@code nextOpen(t)} is open, not before {@code t}, and nothing in {@code [t, nextOpen(t))} is open.
 * </ul>
 * Instants must lie in [1900, 2200) ({@link CalendarVersion#SUPPORTED_FROM}, {@link CalendarVersion#SUPPORTED_UNTIL}).
 *
 * <p>{@code Instant due = calendar.add(createdAt, Duration.ofHours(8));}
 */
public final class BusinessCalendar {
  private static final long MIN = CalendarVersion.SUPPORTED_FROM.getEpochSecond() * 1_000_000_000L;
  private static final long MAX = CalendarVersion.SUPPORTED_UNTIL.getEpochSecond() * 1_000_000_000L;

  private final TenantId tenantId;
  private final String key;
  private final List<CalendarVersion> versions;
  private final long[] froms;
  private final CompiledVersion[] compiled;

  private BusinessCalendar(TenantId tenantId, String key, List<CalendarVersion> versions) {
    this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
    this.key = Objects.requireNonNull(key, "key");
    Objects.requireNonNull(versions, "versions");
    ValidationException.check(key.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}"), "key",
        "must be 1 to 64 letters, digits, '_', '.' or '-' but was '" + key + "'");
    ValidationException.check(!versions.isEmpty(), "versions", "must not be empty");
    List<CalendarVersion> sorted = new ArrayList<>(versions);
    sorted.forEach(v -> Objects.requireNonNull(v, "versions element"));
    sorted.sort(Comparator.comparing(CalendarVersion::effectiveFrom));
    for (int i = 1; i < sorted.size(); i++) {
      ValidationException.check(sorted.get(i).effectiveFrom().isAfter(sorted.get(i - 1).effectiveFrom()), "versions",
          "must have distinct effective-from instants but two start at " + sorted.get(i).effectiveFrom());
    }
    this.versions = List.copyOf(sorted);
    this.froms = new long[sorted.size()];
    this.compiled = new CompiledVersion[sorted.size()];
    for (int i = 0; i < sorted.size(); i++) {
      froms[i] = nanos(sorted.get(i).effectiveFrom(), "effectiveFrom");
      compiled[i] = new CompiledVersion(sorted.get(i));
    }
  }

  /** A calendar with one or more versions, e.g. {@code BusinessCalendar.of(tenant, "emea", List.of(v2025, v2026))}. */
  public static BusinessCalendar of(TenantId tenantId, String key, List<CalendarVersion> versions) {
    return new BusinessCalendar(tenantId, key, versions);
  }

  /** A calendar with a single version. */
  public static BusinessCalendar of(TenantId tenantId, String key, CalendarVersion version) {
    return new BusinessCalendar(tenantId, key, List.of(Objects.requireNonNull(version, "version")));
  }

  /** The 24×7 calendar: open at every instant. */
  public static BusinessCalendar twentyFourSeven(TenantId tenantId, String key) {
    return of(tenantId, key, CalendarVersion.twentyFourSeven(CalendarVersion.SUPPORTED_FROM));
  }

  /** The tenant this calendar belongs to. */
  public TenantId tenantId() {
    return tenantId;
  }

  /** The calendar's key within its tenant (what SLA targets refer to). */
  public String key() {
    return key;
  }

  /** The versions, oldest first. */
  public List<CalendarVersion> versions() {
    return versions;
  }

  /** The version in force at {@code at}. */
  public CalendarVersion versionAt(Instant at) {
    return versions.get(index(nanos(at, "at")));
  }

  /** This calendar with {@code version} added; its effective-from must differ from every existing one. */
  public BusinessCalendar withVersion(CalendarVersion version) {
    List<CalendarVersion> all = new ArrayList<>(versions);
    all.add(Objects.requireNonNull(version, "version"));
    return new BusinessCalendar(tenantId, key, all);
  }

  /** Whether {@code at} lies in an open interval. */
  public boolean isOpen(Instant at) {
    long t = nanos(at, "at");
    return compiled[index(t)].isOpen(t);
  }

  /** {@code at} if it is open, otherwise the start of the next open interval. */
  public Instant nextOpen(Instant at) {
    long t = nanos(at, "at");
    int i = index(t);
    while (true) {
      long limit = i + 1 < froms.length ? froms[i + 1] : MAX;
      long u = compiled[i].nextOpen(t, limit);
      if (u < limit) {
        return instant(u);
      }
      if (limit == MAX) {
        throw new ValidationException("at", "no open time before the supported range ends (2200-01-01)");
      }
      t = limit;
      i++;
    }
  }

  /** The instant reached after {@code businessTime} of open time from {@code from} (the earliest such instant). */
  public Instant add(Instant from, Duration businessTime) {
    Objects.requireNonNull(businessTime, "businessTime");
    ValidationException.check(!businessTime.isNegative(), "businessTime", "must not be negative but was " + businessTime);
    long d = durationNanos(businessTime);
    return instant(addNanos(nanos(from, "from"), d));
  }

  /** Business time between two instants: positive when {@code from} is before {@code to}, negative otherwise. */
  public Duration diff(Instant from, Instant to) {
    return Duration.ofNanos(diffNanos(nanos(from, "from"), nanos(to, "to")));
  }

  private long addNanos(long t, long d) {
    if (d == 0) {
      return t;
    }
    int i = index(t);
    while (true) {
      if (i + 1 == froms.length) {
        long u = compiled[i].add(t, d, MAX);
        if (u >= MAX) {
          throw new ValidationException("businessTime", "reaches past the supported range (2200-01-01)");
        }
        return u;
      }
      long limit = froms[i + 1];
      long avail = t < limit ? compiled[i].between(t, limit) : 0;
      if (d <= avail) {
        return compiled[i].add(t, d, limit);
      }
      d -= avail;
      t = Math.max(t, limit);
      i++;
    }
  }

  private long diffNanos(long a, long b) {
    if (a > b) {
      return -diffNanos(b, a);
    }
    long sum = 0;
    int i = index(a);
    long cur = a;
    while (true) {
      long limit = i + 1 < froms.length ? froms[i + 1] : Long.MAX_VALUE;
      sum += compiled[i].between(cur, Math.min(b, limit));
      if (b <= limit) {
        return sum;
      }
      cur = limit;
      i++;
    }
  }

  private int index(long t) {
    int lo = 1;
    int hi = froms.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (froms[mid] <= t) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return Math.max(hi, 0);
  }

  private static long nanos(Instant at, String field) {
    Objects.requireNonNull(at, field);
    if (at.isBefore(CalendarVersion.SUPPORTED_FROM) || !at.isBefore(CalendarVersion.SUPPORTED_UNTIL)) {
      throw new ValidationException(field, "must lie in [1900-01-01, 2200-01-01) but was " + at);
    }
    return at.getEpochSecond() * 1_000_000_000L + at.getNano();
  }

  private static long durationNanos(Duration d) {
    if (d.compareTo(Duration.ofDays(300 * 366L)) > 0) {
      throw new ValidationException("businessTime", "must be at most 300 years but was " + d);
    }
    return d.toNanos();
  }

  private static Instant instant(long nanos) {
    return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BusinessCalendar c && c.tenantId.equals(tenantId) && c.key.equals(key) && c.versions.equals(versions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tenantId, key, versions);
  }

  @Override
  public String toString() {
    return "BusinessCalendar[" + tenantId + "/" + key + ", " + versions.size() + " version(s)]";
  }
}
