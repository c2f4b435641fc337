package io.crmkit.marketing.segment;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * How a segment's membership changed between two snapshots: who joined, who left, who stayed (each sorted).
 *
 * <p>{@code segments.diff(monday, friday).joined()}
 */
public record SnapshotDiff(Instant from, Instant to, List<String> joined, List<String> left, List<String> stayed) {
  public SnapshotDiff {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    joined = List.copyOf(joined);
    left = List.copyOf(left);
    stayed = List.copyOf(stayed);
  }
}
