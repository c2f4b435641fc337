package io.crmkit.service.sla;

import io.crmkit.core.TenantId;
import io.crmkit.service.cases.CaseId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The SLA clocks of one case read at one instant, in order first response, next-response cycles, resolution cycles.
 *
 * <p>{@code evaluation.current(SlaMetric.RESOLUTION).map(SlaClockReading::due)}
 */
public record SlaEvaluation(TenantId tenantId, CaseId caseId, Instant at, List<SlaClockReading> clocks) {
  public SlaEvaluation {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(at, "at");
    clocks = List.copyOf(Objects.requireNonNull(clocks, "clocks"));
  }

  /** The latest cycle of {@code metric}, if the policy has a target for it. */
  public Optional<SlaClockReading> current(SlaMetric metric) {
    SlaClockReading found = null;
    for (SlaClockReading r : clocks) {
      if (r.metric() == metric) {
        found = r;
      }
    }
    return Optional.ofNullable(found);
  }
}
