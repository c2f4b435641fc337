package io.crmkit.sales.performance;

import io.crmkit.core.ValidationException;
import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.money.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The sales performance of one representative or team over the opportunities and activities measured, with
 * every amount converted per deal into one currency:
 *
 * <ul>
 *   <li>{@code winRate} = won ÷ (won + lost), a fraction with four decimals;
 *   <li>{@code averageDealSize} = won amount ÷ won deals;
 *   <li>{@code averageSalesCycle} = mean time from creation (stage history start) to winning, over won deals;
 *   <li>{@code velocityPerDay} = open deals × win rate × average deal size ÷ sales-cycle days, the pipeline
 *       value expected to close per day;
 *   <li>{@code activities} = completed activities by type owned by the representative(s).
 * </ul>
 *
 * Figures that need a denominator are empty when it is zero. {@code performance.of("emea").winRate()}
 */
public record PerformanceMetrics(
    String node,
    long opportunities,
    long open,
    long won,
    long lost,
    Money wonAmount,
    Money openAmount,
    Optional<BigDecimal> winRate,
    Optional<Money> averageDealSize,
    Optional<Duration> averageSalesCycle,
    Optional<Money> velocityPerDay,
    List<StageConversion> stageConversion,
    Map<ActivityType, Long> activities) {

  public PerformanceMetrics {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(wonAmount, "wonAmount");
    Objects.requireNonNull(openAmount, "openAmount");
    Objects.requireNonNull(winRate, "winRate");
    Objects.requireNonNull(averageDealSize, "averageDealSize");
    Objects.requireNonNull(averageSalesCycle, "averageSalesCycle");
    Objects.requireNonNull(velocityPerDay, "velocityPerDay");
    stageConversion = List.copyOf(stageConversion);
    ValidationException.check(
        open >= 0 && won >= 0 && lost >= 0 && opportunities == open + won + lost,
        "opportunities",
        "must be open + won + lost (" + open + " + " + won + " + " + lost + ") but was " + opportunities);
    EnumMap<ActivityType, Long> a = new EnumMap<>(ActivityType.class);
    for (ActivityType t : ActivityType.values()) {
      a.put(t, Objects.requireNonNull(activities, "activities").getOrDefault(t, 0L));
    }
    activities = Collections.unmodifiableMap(a);
  }

  /** The completed activities of every type together. */
  public long activityCount() {
    return activities.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The conversion of stage {@code stage} of pipeline {@code pipeline}, if any opportunity entered it. */
  public Optional<StageConversion> conversion(String pipeline, String stage) {
    return stageConversion.stream().filter(c -> c.pipeline().equals(pipeline) && c.stage().equals(stage)).findFirst();
  }
}
