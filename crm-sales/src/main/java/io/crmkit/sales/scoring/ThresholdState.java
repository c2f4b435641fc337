package io.crmkit.sales.scoring;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The persisted state of one record against one {@link ScoreThreshold}: whether it is inside, and since when
 * (the instant of the last crossing). The host stores it beside the score; {@link ScoreThresholds#evaluate}
 * returns the next one.
 *
 * <p>{@code ThresholdState.outside(tenant, RecordRef.of("lead", id), "sales-ready")}
 */
public record ThresholdState(TenantId tenantId, RecordRef subject, String threshold, boolean inside, Optional<Instant> since) {
  public ThresholdState {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(since, "since");
    ValidationException.check(!inside || since.isPresent(), "since", "a record inside a threshold entered it at some instant");
  }

  /** A record that has never crossed the threshold. */
  public static ThresholdState outside(TenantId tenantId, RecordRef subject, String threshold) {
    return new ThresholdState(tenantId, subject, threshold, false, Optional.empty());
  }
}
