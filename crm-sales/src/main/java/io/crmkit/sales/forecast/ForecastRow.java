package io.crmkit.sales.forecast;

import java.util.Objects;

/**
 * One line of a forecast report: a period, a node of the hierarchy with its depth (0 for the root), and its
 * computed figures. {@link Forecast#rows()} lists them period by period, each in hierarchy pre-order.
 *
 * <p>{@code forecast.rows().forEach(r -> print(r.period().key(), "  ".repeat(r.depth()) + r.node().label()));}
 */
public record ForecastRow(ForecastPeriod period, ForecastNode node, int depth, ForecastFigures figures) {
  public ForecastRow {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(figures, "figures");
  }
}
