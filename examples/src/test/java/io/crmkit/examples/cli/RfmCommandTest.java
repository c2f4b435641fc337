package io.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.examples.cli.CrmCommandTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RfmCommandTest {
  @TempDir Path dir;

  @Test
  void scoresAndSegmentsEveryCustomer() throws IOException {
    StringBuilder log = new StringBuilder("customer,date,amount\n");
    // customer i (0..9) bought i + 1 times, the last time 9 − i days before 2024-03-31, for 10 each
    for (int i = 0; i < 10; i++) {
      for (int k = 0; k <= i; k++) {
        log.append("c").append(i).append(",2024-03-").append(22 + i - k).append(",10\n");
      }
    }
    Path file = Files.writeString(dir.resolve("log.csv"), log);
    Run r = CrmCommandTest.run("rfm", "--transactions", file.toString(), "--customer-column", "customer",
        "--date-column", "date", "--amount-column", "amount");
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("\"as_of\": \"2024-03-31\"", "\"customers\": 10", "\"bins\": 5",
        "\"champions\": 4", "\"lost\": 2");
    assertThat(r.out()).containsSubsequence("\"customer\": \"c9\"", "\"recency_days\": 0", "\"purchases\": 10",
        "\"total_spend\": 100", "\"r\": 5", "\"f\": 5", "\"m\": 5", "\"segment\": \"champions\"");

    Run table = CrmCommandTest.run("rfm", "--transactions", file.toString(), "--customer-column", "customer",
        "--date-column", "date", "--amount-column", "amount", "--format", "table");
    assertThat(table.exitCode()).isZero();
    assertThat(table.out()).contains("segment", "champions", "customer", "R  F  M").containsPattern("c0 +9 +1 +10");
  }

  @Test
  void badInputExitsWithTwo() throws IOException {
    Path file = Files.writeString(dir.resolve("log.csv"), "customer,date\na,2024-01-01\nb,yesterday\n");
    Run r = CrmCommandTest.run("rfm", "--transactions", file.toString(), "--customer-column", "customer",
        "--date-column", "date");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("line 3, column 'date'");
    Run bins = CrmCommandTest.run("rfm", "--transactions", file.toString(), "--customer-column", "customer",
        "--date-column", "date", "--bins", "1");
    assertThat(bins.exitCode()).isEqualTo(2);
    assertThat(bins.err()).contains("--bins");
    Run column = CrmCommandTest.run("rfm", "--transactions", file.toString(), "--customer-column", "who",
        "--date-column", "date");
    assertThat(column.exitCode()).isEqualTo(2);
    assertThat(column.err()).contains("no column 'who'");
  }
}
