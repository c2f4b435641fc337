package io.crmkit.service.sla;

import io.crmkit.core.ValidationException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One target of a policy: how much business time a metric may take, for cases matching an optional priority,
 * type and customer tier (an absent criterion matches every case), counted on a calendar named by key (absent:
 * around the clock). Within a policy version the first matching target of a metric applies.
 *
 * <p>{@code SlaTarget.of(SlaMetric.FIRST_RESPONSE, Duration.ofHours(1)).forPriority("urgent").onCalendar("emea")}
 *
 * @param target more than zero and at most 365 days
 */
public record SlaTarget(
    SlaMetric metric, Optional<String> priority, Optional<String> type, Optional<String> tier,
    Duration target, Optional<String> calendarKey) {
  public SlaTarget {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(calendarKey, "calendarKey");
    ValidationException.check(!target.isNegative() && !target.isZero() && target.compareTo(Duration.ofDays(365)) <= 0,
        "target", "must be more than zero and at most 365 days but was " + target);
  }

  /** A target for every case, on the 24×7 calendar; narrow it with the {@code for...} methods. */
  public static SlaTarget of(SlaMetric metric, Duration target) {
    return new SlaTarget(metric, Optional.empty(), Optional.empty(), Optional.empty(), target, Optional.empty());
  }

  /** Only for cases of this priority. */
  public SlaTarget forPriority(String p) {
    return new SlaTarget(metric, Optional.of(p), type, tier, target, calendarKey);
  }

  /** Only for cases of this type. */
  public SlaTarget forType(String t) {
    return new SlaTarget(metric, priority, Optional.of(t), tier, target, calendarKey);
  }

  /** Only for customers of this tier. */
  public SlaTarget forTier(String t) {
    return new SlaTarget(metric, priority, type, Optional.of(t), target, calendarKey);
  }

  /** Counted on the business calendar with this key. */
  public SlaTarget onCalendar(String key) {
    return new SlaTarget(metric, priority, type, tier, target, Optional.of(key));
  }

  /** Whether this target applies to a case with these attributes. */
  public boolean matches(String casePriority, String caseType, String caseTier) {
    return priority.map(casePriority::equals).orElse(true)
        && type.map(caseType::equals).orElse(true)
        && tier.map(caseTier::equals).orElse(true);
  }
}
