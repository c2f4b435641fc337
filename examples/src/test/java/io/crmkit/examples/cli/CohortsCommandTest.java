package io.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.examples.cli.CrmCommandTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CohortsCommandTest {
  @TempDir Path dir;

  Path log() throws IOException {
    return Files.writeString(dir.resolve("orders.csv"), String.join("\n",
        "order,customer,ordered_at,amount",
        "1,a,2026-01-05,10",
        "2,a,2026-02-10T09:00:00Z,12",
        "3,b,2026-01-20,5",
        "4,c,2026-02-02T23:30:00-05:00,7",
        "5,c,2026-03-03,9",
        ""));
  }

  @Test
  void jsonMarksPartialAndCensoredCells() throws IOException {
    Run r = CrmCommandTest.run("cohorts", "--input", log().toString(), "--customer-column", "customer",
        "--date-column", "ordered_at", "--until", "2026-03-20");
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();
    String flat = r.out().replaceAll("\\s+", "");
    assertThat(flat).contains("\"period\":\"month\"", "\"customers\":3", "\"observed_until\":\"2026-03-20\"");
    // January: a and b; in February only a came back (rate 1/2)
    assertThat(flat).contains("\"cohort\":\"2026-01-01\",\"size\":2");
    assertThat(flat).contains(
        "{\"offset\":1,\"period_start\":\"2026-02-01\",\"active\":1,\"rate\":0.5,\"status\":\"complete\"}");
    // c's order at 23:30 on 2 Feb in New York is 3 Feb in UTC: still a February cohort, back in March (partial)
    assertThat(flat).contains(
        "{\"offset\":1,\"period_start\":\"2026-03-01\",\"active\":1,\"rate\":1,\"status\":\"partial\"}");
    assertThat(flat).contains(
        "{\"offset\":2,\"period_start\":\"2026-04-01\",\"active\":null,\"rate\":null,\"status\":\"censored\"}");
  }

  @Test
  void tableAndBadDates() throws IOException {
    Run t = CrmCommandTest.run("cohorts", "--input", log().toString(), "--customer-column", "customer",
        "--date-column", "ordered_at", "--period", "quarter", "--format", "table");
    assertThat(t.exitCode()).isZero();
    assertThat(t.out()).contains("retention by quarter cohort", "2026-01-01", "100.0%*");

    Path bad = Files.writeString(dir.resolve("bad.csv"), "customer_id,date\na,2026-01-05\nb,05/01/2026\n");
    Run r = CrmCommandTest.run("cohorts", "--input", bad.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("bad.csv: line 3, column 'date': '05/01/2026' is not a date");
    Run p = CrmCommandTest.run("cohorts", "--input", bad.toString(), "--period", "year");
    assertThat(p.exitCode()).isEqualTo(2);
    assertThat(p.err()).contains("--period must be week, month or quarter");
  }
}
