package io.crmkit.sales.geo;

import io.crmkit.core.ValidationException;
import java.time.Duration;
import java.util.Objects;

/**
 * What the local search gained over the nearest-neighbour construction: the constructed route's distance,
 * duration and missed windows, and how many 2-opt and Or-opt moves improved it. The improved figures are the
 * {@link RoutePlan}'s own.
 */
public record RouteImprovement(
    double constructedKm, Duration constructedDuration, int constructedMissedWindows, int twoOptMoves, int orOptMoves,
    boolean exhaustive) {
  public RouteImprovement {
    Objects.requireNonNull(constructedDuration, "constructedDuration");
    ValidationException.check(
        constructedKm >= 0.0 && Double.isFinite(constructedKm), "constructedKm", "must be a finite distance >= 0");
    ValidationException.check(twoOptMoves >= 0 && orOptMoves >= 0 && constructedMissedWindows >= 0,
        "moves", "move and window counts must not be negative");
  }

  /** A local search's improvement, without the exhaustive search of small days. */
  public RouteImprovement(
      double constructedKm, Duration constructedDuration, int constructedMissedWindows, int twoOptMoves, int orOptMoves) {
    this(constructedKm, constructedDuration, constructedMissedWindows, twoOptMoves, orOptMoves, false);
  }

  /** No search: the plan is the construction itself (or an order given by the caller). */
  static RouteImprovement none(double km, Duration duration, int missed) {
    return new RouteImprovement(km, duration, missed, 0, 0, false);
  }

  /** The moves applied in all. */
  public int moves() {
    return twoOptMoves + orOptMoves;
  }
}
