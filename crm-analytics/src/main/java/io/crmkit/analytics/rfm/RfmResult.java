package io.crmkit.analytics.rfm;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The scores of every customer, in input order, and how many customers each segment holds (segments in rule order,
 * then the fallback, empty ones included). From {@link RfmScoring#score}.
 */
public record RfmResult(List<RfmScore> scores, Map<String, Long> segmentCounts) {
  public RfmResult {
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(segmentCounts, "segmentCounts");
    scores = List.copyOf(scores);
    segmentCounts = ImmutableMap.copyOf(segmentCounts);
  }
}
