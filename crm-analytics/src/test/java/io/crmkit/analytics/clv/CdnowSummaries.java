package io.crmkit.analytics.clv;

import io.crmkit.analytics.CdnowData;
import io.crmkit.analytics.summary.CustomerSummaries;
import io.crmkit.analytics.summary.CustomerSummary;
import io.crmkit.analytics.summary.PeriodUnit;
import io.crmkit.analytics.summary.SummaryConventions;
import io.crmkit.analytics.summary.Transaction;
import io.crmkit.analytics.summary.TransactionLogs;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

/**
 * CDNOW as model input. The published summary files round t_x, T and zbar to two decimals; BTYD and CLVTools
 * fit on the exact values from the log, and the full-precision reference values (LL −9582.429, −4055.9177, ...)
 * are theirs. So both are offered: {@link #published()} from the CSV, {@link #exact()} from the log.
 */
final class CdnowSummaries {
  private CdnowSummaries() {}

  private static List<CustomerSummary> fromLog;

  /** (x, t_x, T) of the 2,357 customers from cdnow_customers_summary.csv (two decimals). */
  static PurchaseHistories published() {
    PurchaseHistories.Builder b = PurchaseHistories.builder();
    for (String[] row : CdnowData.csvRows("cdnow_customers_summary.csv")) {
      b.add(Integer.parseInt(row[1]), Double.parseDouble(row[2]), Double.parseDouble(row[3]), 1);
    }
    return b.build();
  }

  /** (x, zbar) of the 946 repeat buyers from cdnow_customers_summary_with_transactions.csv (two decimals). */
  static SpendHistories publishedSpend() {
    SpendHistories.Builder b = SpendHistories.builder();
    for (String[] row : CdnowData.csvRows("cdnow_customers_summary_with_transactions.csv")) {
      if (Integer.parseInt(row[1]) > 0) {
        b.add(Integer.parseInt(row[1]), Double.parseDouble(row[4]), 1);
      }
    }
    return b.build();
  }

  /** The summaries computed from CDNOW_sample.txt with the papers' conventions (weeks, calibration to 1997-09-30). */
  static synchronized List<CustomerSummary> summaries() {
    if (fromLog == null) {
      fromLog = CustomerSummaries.summarise(transactions(),
          SummaryConventions.of(PeriodUnit.WEEK, LocalDate.of(1997, 9, 30)).withHoldoutEnd(LocalDate.of(1998, 6, 30)));
    }
    return fromLog;
  }

  /** The 6,919 records of CDNOW_sample.txt. */
  static List<Transaction> transactions() {
    try (Reader in = Files.newBufferedReader(CdnowData.file("CDNOW_sample.txt"))) {
      return TransactionLogs.readCdnowSample(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static PurchaseHistories exact() {
    return PurchaseHistories.of(summaries());
  }

  static SpendHistories exactSpend() {
    return SpendHistories.of(summaries());
  }
}
