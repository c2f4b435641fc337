package io.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.examples.cli.CrmCommandTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForecastCommandTest {
  @TempDir Path dir;

  /** Quarterly bookings on an exact line plus season: the forecast continues it. */
  Path series(int n) throws IOException {
    StringBuilder csv = new StringBuilder("quarter,bookings\n");
    int[] season = {-10, 5, 20, -15};
    for (int t = 0; t < n; t++) {
      csv.append("q").append(t).append(',').append(100 + 2 * t + season[t % 4]).append('\n');
    }
    return Files.writeString(dir.resolve("bookings.csv"), csv.toString());
  }

  @Test
  void continuesAnExactTrendAndSeason() throws IOException {
    Run r = CrmCommandTest.run("forecast", "--input", series(16).toString(), "--value-column", "bookings",
        "--period-column", "quarter", "--season", "4", "--horizon", "2");
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();
    String flat = r.out().replaceAll("\\s+", "");
    assertThat(flat).contains("\"method\":\"holt-winters\"", "\"seasonality\":\"additive\"", "\"observations\":16",
        "\"last_period\":\"q15\"", "\"alpha\"", "\"beta\"", "\"gamma\"");
    // t = 16: 100 + 32 − 10 = 122; t = 17: 100 + 34 + 5 = 139
    assertThat(flat).containsPattern("\"step\":1,\"mean\":12(1\\.99999|2(,|\\.0000))");
    assertThat(flat).containsPattern("\"step\":2,\"mean\":13(8\\.99999|9(,|\\.0000))");
  }

  @Test
  void tableAndTooShortSeries() throws IOException {
    Run t = CrmCommandTest.run("forecast", "--input", series(16).toString(), "--value-column", "bookings",
        "--season", "4", "--horizon", "3", "--format", "table");
    assertThat(t.exitCode()).isZero();
    assertThat(t.out()).contains("Holt-Winters, additive seasonality, period 4", "analytic 95% intervals", "122.00");

    Run r = CrmCommandTest.run("forecast", "--input", series(7).toString(), "--value-column", "bookings",
        "--season", "4");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("bookings.csv", "two full seasons");

    Path bad = Files.writeString(dir.resolve("bad.csv"), "value\n1\n2\nthree\n4\n5\n");
    Run b = CrmCommandTest.run("forecast", "--input", bad.toString(), "--seasonality", "none");
    assertThat(b.exitCode()).isEqualTo(2);
    assertThat(b.err()).contains("bad.csv: line 4, column 'value': 'three' is not a number");
  }
}
