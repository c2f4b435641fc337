package io.crmkit.sales.performance;

import io.crmkit.core.ValidationException;
import io.crmkit.sales.forecast.ForecastHierarchy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@link PerformanceMetrics} of every representative and team of a hierarchy, computed by
 * {@link SalesPerformance#measure}. A team's metrics are computed from all its representatives' deals and
 * activities together (not averaged from theirs).
 *
 * <p>{@code report.of("user:u-1").averageDealSize()}
 */
public final class PerformanceReport {
  private final ForecastHierarchy hierarchy;
  private final Map<String, PerformanceMetrics> byNode;

  PerformanceReport(ForecastHierarchy hierarchy, Map<String, PerformanceMetrics> byNode) {
    this.hierarchy = Objects.requireNonNull(hierarchy, "hierarchy");
    this.byNode = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byNode));
  }

  public ForecastHierarchy hierarchy() {
    return hierarchy;
  }

  /**
   * The metrics of node {@code nodeId} (an owner's {@code user:<id>}, or a team).
   *
   * @throws ValidationException if the hierarchy has no such node
   */
  public PerformanceMetrics of(String nodeId) {
    PerformanceMetrics m = byNode.get(Objects.requireNonNull(nodeId, "nodeId"));
    if (m == null) {
      throw new ValidationException("node", "'" + nodeId + "' is not a node of the hierarchy measured");
    }
    return m;
  }

  /** Every node's metrics, in hierarchy pre-order. */
  public List<PerformanceMetrics> all() {
    return List.copyOf(byNode.values());
  }
}
