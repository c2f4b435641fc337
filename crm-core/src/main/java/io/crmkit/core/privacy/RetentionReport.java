package io.crmkit.core.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Retention} run did (or, for a dry run, would do): per policy the cut-off and the ids of the
 * records deleted or anonymised, or the error that undid that type's batch.
 *
 * <p>{@code retention.preview(store, clock.instant()).expiries().get(0).ids()}
 */
public record RetentionReport(Instant at, boolean dryRun, List<Expiry> expiries) {
  public RetentionReport {
    Objects.requireNonNull(at, "at");
    expiries = List.copyOf(Objects.requireNonNull(expiries, "expiries"));
  }

  /** One policy's outcome; {@code failure} present means none of its records was changed. */
  public record Expiry(
      String entityType, String field, Instant cutoff, ErasurePolicy.Treatment treatment, List<String> ids, Optional<String> failure) {
    public Expiry {
      Objects.requireNonNull(entityType, "entityType");
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(cutoff, "cutoff");
      Objects.requireNonNull(treatment, "treatment");
      ids = List.copyOf(Objects.requireNonNull(ids, "ids"));
      Objects.requireNonNull(failure, "failure");
    }
  }

  /** The number of records expired over all policies. */
  public int total() {
    return expiries.stream().filter(e -> e.failure().isEmpty()).mapToInt(e -> e.ids().size()).sum();
  }
}
