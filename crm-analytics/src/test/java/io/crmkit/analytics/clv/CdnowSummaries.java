package io.crmkit.analytics.clv;

import io.crmkit.analytics.CdnowData;

/** The published CDNOW summary files as model input. */
final class CdnowSummaries {
  private CdnowSummaries() {}

  /** (x, t_x, T) of the 2,357 customers from cdnow_customers_summary.csv. */
  static PurchaseHistories histories() {
    PurchaseHistories.Builder b = PurchaseHistories.builder();
    for (String[] row : CdnowData.csvRows("cdnow_customers_summary.csv")) {
      b.add(Integer.parseInt(row[1]), Double.parseDouble(row[2]), Double.parseDouble(row[3]), 1);
    }
    return b.build();
  }
}
