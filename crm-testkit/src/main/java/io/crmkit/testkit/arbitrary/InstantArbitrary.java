package io.crmkit.testkit.arbitrary;

import java.math.BigInteger;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Instants in a range (default 2000-01-01 to 2040-01-01, UTC) truncated to a precision (default
 * microseconds, which every SQL store keeps). Edge cases are the bounds, a leap day, daylight-saving switch
 * instants of Europe and the US, and the last microsecond of a year, where they fall in the range.
 *
 * <p>{@code CrmArbitraries.instants().between(Instant.parse("2026-01-01T00:00:00Z"), end).ofPrecision(ChronoUnit.SECONDS)}
 */
public final class InstantArbitrary extends ArbitraryDecorator<Instant> {
  static final Instant DEFAULT_MIN = Instant.parse("2000-01-01T00:00:00Z");
  static final Instant DEFAULT_MAX = Instant.parse("2040-01-01T00:00:00Z");
  private static final List<Instant> INTERESTING =
      List.of(
          Instant.parse("2024-02-29T12:00:00Z"),
          Instant.parse("2026-03-29T01:00:00Z"),
          Instant.parse("2026-10-25T01:00:00Z"),
          Instant.parse("2026-03-08T07:00:00Z"),
          Instant.parse("2026-11-01T06:00:00Z"),
          Instant.parse("2025-12-31T23:59:59.999999Z"));

  private Instant min = DEFAULT_MIN;
  private Instant max = DEFAULT_MAX;
  private ChronoUnit precision = ChronoUnit.MICROS;

  InstantArbitrary() {}

  /** Instants in {@code [min, max]} (both inclusive). */
  public InstantArbitrary between(Instant min, Instant max) {
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    if (max.isBefore(min)) {
      throw new IllegalArgumentException("max " + max + " is before min " + min);
    }
    InstantArbitrary clone = typedClone();
    clone.min = min;
    clone.max = max;
    return clone;
  }

  /** Instants truncated to {@code unit}: {@code NANOS}, {@code MICROS}, {@code MILLIS} or {@code SECONDS}. */
  public InstantArbitrary ofPrecision(ChronoUnit unit) {
    Objects.requireNonNull(unit, "unit");
    if (unit != ChronoUnit.NANOS && unit != ChronoUnit.MICROS && unit != ChronoUnit.MILLIS && unit != ChronoUnit.SECONDS) {
      throw new IllegalArgumentException("precision must be NANOS, MICROS, MILLIS or SECONDS, not " + unit);
    }
    InstantArbitrary clone = typedClone();
    clone.precision = unit;
    return clone;
  }

  @Override
  protected Arbitrary<Instant> arbitrary() {
    long unitNanos = precision.getDuration().toNanos();
    Instant lo = roundUp(min, unitNanos);
    Instant hi = max.truncatedTo(precision);
    if (hi.isBefore(lo)) {
      throw new IllegalArgumentException("no " + precision + " instant lies in [" + min + ", " + max + "]");
    }
    BigInteger unit = BigInteger.valueOf(unitNanos);
    Arbitrary<Instant> any =
        Arbitraries.bigIntegers()
            .between(nanos(lo).divide(unit), nanos(hi).divide(unit))
            .withDistribution(RandomDistribution.uniform())
            .map(
                units -> {
                  BigInteger[] sn = units.multiply(unit).divideAndRemainder(BILLION);
                  return Instant.ofEpochSecond(sn[0].longValueExact(), sn[1].longValueExact());
                });
    Instant[] edges =
        java.util.stream.Stream.concat(java.util.stream.Stream.of(lo, hi), INTERESTING.stream().map(i -> i.truncatedTo(precision)))
            .filter(i -> !i.isBefore(lo) && !i.isAfter(hi))
            .distinct()
            .toArray(Instant[]::new);
    return any.edgeCases(c -> c.add(edges));
  }

  private static final BigInteger BILLION = BigInteger.valueOf(1_000_000_000L);

  /** Nanoseconds since the epoch; non-negative nano-of-second makes the division exact for our units. */
  private static BigInteger nanos(Instant i) {
    return BigInteger.valueOf(i.getEpochSecond()).multiply(BILLION).add(BigInteger.valueOf(i.getNano()));
  }

  private static Instant roundUp(Instant i, long unitNanos) {
    long rest = Math.floorMod(i.getNano(), unitNanos);
    return rest == 0 ? i : i.plusNanos(unitNanos - rest);
  }
}
