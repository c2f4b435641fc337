package io.crmkit.analytics.profitability;

import java.util.List;

/**
 * The result of {@link Profitability#of}: a line per customer and currency, and a line per segment and
 * currency, each sorted by descending profit; e.g. {@code report.segments().get(0).profit()}.
 *
 * @param customers one line per customer and currency
 * @param segments one line per segment and currency
 */
public record ProfitabilityReport(List<ProfitLine> customers, List<ProfitLine> segments) {
  public ProfitabilityReport {
    customers = List.copyOf(customers);
    segments = List.copyOf(segments);
  }
}
