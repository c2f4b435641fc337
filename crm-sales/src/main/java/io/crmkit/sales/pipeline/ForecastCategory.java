package io.crmkit.sales.pipeline;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where an opportunity counts in a forecast, as Salesforce defines it: {@link #PIPELINE}, {@link #BEST_CASE},
 * {@link #COMMIT}, {@link #CLOSED} (won) or {@link #OMITTED} (lost, or left out on purpose).
 *
 * <p>Forecasts are read cumulatively ({@link #cumulative()}): best case includes commit, which includes closed;
 * the open pipeline is pipeline, best case and commit together; omitted is never part of another view.
 *
 * <p>{@code ForecastCategory.BEST_CASE.cumulative().contains(ForecastCategory.COMMIT) == true}
 */
public enum ForecastCategory {
  /** Open and early: may close, not yet likely. */
  PIPELINE,
  /** Open and possible if things go well. */
  BEST_CASE,
  /** Open and the representative is confident it closes in the period. */
  COMMIT,
  /** Closed and won. */
  CLOSED,
  /** Lost, or deliberately left out of the forecast. */
  OMITTED;

  /**
   * The categories whose opportunities the cumulative view named after this category adds up: open pipeline
   * = {pipeline, best case, commit}; best case = {best case, commit, closed}; commit = {commit, closed};
   * closed = {closed}; omitted = {omitted}, shown on its own.
   */
  public Set<ForecastCategory> cumulative() {
    return switch (this) {
      case PIPELINE -> EnumSet.of(PIPELINE, BEST_CASE, COMMIT);
      case BEST_CASE -> EnumSet.of(BEST_CASE, COMMIT, CLOSED);
      case COMMIT -> EnumSet.of(COMMIT, CLOSED);
      case CLOSED -> EnumSet.of(CLOSED);
      case OMITTED -> EnumSet.of(OMITTED);
    };
  }

  /** Whether this category describes open opportunities (pipeline, best case, commit). */
  public boolean isOpen() {
    return this == PIPELINE || this == BEST_CASE || this == COMMIT;
  }

  /** The name as a person reads it, e.g. {@code Best Case}. */
  public String label() {
    return switch (this) {
      case PIPELINE -> "Pipeline";
      case BEST_CASE -> "Best Case";
      case COMMIT -> "Commit";
      case CLOSED -> "Closed";
      case OMITTED -> "Omitted";
    };
  }

  /**
   * The category named {@code text}, by constant name or label, ignoring case, spaces and underscores
   * ({@code "best case"}, {@code "BEST_CASE"}, {@code "BestCase"}).
   *
   * @throws io.crmkit.core.ValidationException naming the text and the accepted names
   */
  public static ForecastCategory parse(String text) {
    java.util.Objects.requireNonNull(text, "forecastCategory");
    String key = text.replace("_", "").replace(" ", "").toLowerCase(Locale.ROOT);
    for (ForecastCategory c : values()) {
      if (c.name().replace("_", "").toLowerCase(Locale.ROOT).equals(key)) {
        return c;
      }
    }
    throw new io.crmkit.core.ValidationException(
        "forecastCategory", "must be one of pipeline, best case, commit, closed, omitted but was '" + text + "'");
  }
}
