package io.crmkit.analytics.clv;

import io.crmkit.analytics.CdnowData;
import io.crmkit.analytics.summary.*;
import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScratchTest {
  @Test
  void scratch() throws Exception {
    var s = CustomerSummaries.summarise(TransactionLogs.readCdnowSample(Files.newBufferedReader(CdnowData.file("CDNOW_sample.txt"))),
        SummaryConventions.of(PeriodUnit.WEEK, LocalDate.of(1997, 9, 30)));
    var h = PurchaseHistories.of(s);
    System.out.println("patterns " + h.patterns());
    System.out.println(BgNbd.fit(h));
    var rounded = CdnowSummaries.histories();
    System.out.println("patterns rounded " + rounded.patterns());
    for (int i = 0; i < 5; i++) { long t0 = System.nanoTime(); var f = BgNbd.fit(rounded); System.out.println((System.nanoTime() - t0) / 1e6 + " ms " + f.evaluations()); }
    System.out.println(new BgNbd(0.2425982, 4.413684, 0.7929899, 2.426167).logLikelihood(h));
    System.out.println(new BgNbd(0.2425982, 4.413684, 0.7929899, 2.426167).logLikelihood(rounded));
  }
}
