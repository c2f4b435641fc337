package io.crmkit.marketing.segment;

import io.crmkit.core.ValidationException;

/**
 * A segment's size as the store counts it, before suppression: exact when the segment compiles without a
 * second pass, otherwise an upper bound (the candidates of the geographic bounding box).
 *
 * <p>{@code segments.estimate(segment.id()).count()}
 */
public record SizeEstimate(long count, boolean exact) {
  public SizeEstimate {
    ValidationException.checkNotNegative(count, "count");
  }
}
