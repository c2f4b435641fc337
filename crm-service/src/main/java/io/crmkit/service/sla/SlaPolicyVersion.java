package io.crmkit.service.sla;

import io.crmkit.core.ValidationException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One version of an SLA policy, in force from {@code effectiveFrom} until the next version: the targets, the
 * statuses that pause every clock (pending customer, on hold) and that stop them (solved, closed), what a
 * reopen does to the resolution clock, and at which share of a target a warning is due. A new version
 * changes how time is counted from its instant on; time counted and paused before it is kept.
 *
 * <p>{@code new SlaPolicyVersion(from, targets, Set.of("pending_customer", "on_hold"), Set.of("solved", "closed"), ReopenRule.RESUME, 75)}
 *
 * @param warnAtPercent 1 to 99: a warning is due when this share of a target has elapsed
 */
public record SlaPolicyVersion(
    Instant effectiveFrom, List<SlaTarget> targets, Set<String> pauseStatuses, Set<String> stopStatuses,
    ReopenRule reopen, int warnAtPercent) {
  public SlaPolicyVersion {
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    targets = List.copyOf(Objects.requireNonNull(targets, "targets"));
    pauseStatuses = Set.copyOf(Objects.requireNonNull(pauseStatuses, "pauseStatuses"));
    stopStatuses = Set.copyOf(Objects.requireNonNull(stopStatuses, "stopStatuses"));
    Objects.requireNonNull(reopen, "reopen");
    ValidationException.check(!targets.isEmpty(), "targets", "must not be empty");
    ValidationException.check(!stopStatuses.isEmpty(), "stopStatuses", "must name at least one status (e.g. solved)");
    for (String s : pauseStatuses) {
      ValidationException.check(!stopStatuses.contains(s), "pauseStatuses", "must not also stop the clock but '" + s + "' does");
    }
    ValidationException.check(warnAtPercent >= 1 && warnAtPercent <= 99, "warnAtPercent", "must be 1 to 99 but was " + warnAtPercent);
  }

  /** The first target of {@code metric} matching the case's attributes. */
  public Optional<SlaTarget> target(SlaMetric metric, String priority, String type, String tier) {
    for (SlaTarget t : targets) {
      if (t.metric() == metric && t.matches(priority, type, tier)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
