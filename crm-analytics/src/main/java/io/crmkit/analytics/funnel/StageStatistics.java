package io.crmkit.analytics.funnel;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The figures of one funnel stage from {@link Funnel#analyse}; e.g. {@code stats.stepConversion()} is the
 * share of the previous stage's records that got this far.
 *
 * @param stage the stage (a state name)
 * @param reached records that entered this stage or a later one of the funnel
 * @param stepConversion {@code reached / reached of the previous stage} (1 for the first stage, 0 when the
 *     previous stage was reached by none)
 * @param overallConversion {@code reached / reached of the first stage} (0 when none reached it)
 * @param dropOff records that reached this stage but no later one ({@code reached − reached of the next})
 * @param completedStays records that have entered and since left this stage: the basis of the times
 * @param meanTimeInStage the mean total time those records spent in this stage, if any
 * @param medianTimeInStage the median of the same, if any
 */
public record StageStatistics(
    String stage,
    int reached,
    double stepConversion,
    double overallConversion,
    int dropOff,
    int completedStays,
    Optional<Duration> meanTimeInStage,
    Optional<Duration> medianTimeInStage) {
  public StageStatistics {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(meanTimeInStage, "meanTimeInStage");
    Objects.requireNonNull(medianTimeInStage, "medianTimeInStage");
  }
}
