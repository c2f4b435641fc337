package io.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.examples.cli.CrmCommandTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForecastReportCommandTest {
  @TempDir Path dir;

  Path deals() throws IOException {
    return Files.writeString(dir.resolve("deals.csv"), String.join("\n",
        "id,owner,team,close_date,amount,currency,probability,forecast_category",
        "o1,ada,emea,2026-02-10,1000,EUR,90,commit",
        "o2,ada,emea,2026-03-01,1000,USD,50,best case",
        "o3,bob,emea,2026-01-05,500,EUR,100,closed",
        "o4,cy,amer,2026-03-31,100000,JPY,10,pipeline",
        "o5,cy,amer,2026-04-02,300,EUR,0,omitted",
        ""));
  }

  @Test
  void rollsUpByQuarterTeamAndOwnerInCumulativeCategories() throws IOException {
    Run r = CrmCommandTest.run("forecast-report", "--input", deals().toString(), "--rate", "USD=0.9", "--rate", "JPY=0.0061",
        "--team-column", "team");
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();
    String flat = r.out().replaceAll("\\s+", "");
    assertThat(flat).contains("\"currency\":\"EUR\"", "\"rate_date\":\"2026-04-02\"", "\"period\":\"FY2026-Q1\"",
        "\"period\":\"FY2026-Q2\"");
    // EMEA in Q1: best case 900 + commit 1000 + closed 500; commit 1000 + closed 500; open 1900
    assertThat(flat).contains("\"node\":\"team:emea\",\"label\":\"emea\",\"depth\":1,\"parent\":\"all\","
        + "\"counts\":{\"open_pipeline\":2,\"best_case\":3,\"commit\":2,\"closed\":1,\"omitted\":0},"
        + "\"amounts\":{\"open_pipeline\":1900.00,\"best_case\":2400.00,\"commit\":1500.00,\"closed\":500.00,\"omitted\":0.00},"
        + "\"weighted\":{\"open_pipeline\":1350.00,\"best_case\":1850.00,\"commit\":1400.00,\"closed\":500.00,\"omitted\":0.00}");
    // the whole company in Q1 adds the JPY deal: 100000 × 0.0061 = 610
    assertThat(flat).contains("\"node\":\"all\",\"label\":\"Allteams\",\"depth\":0,\"parent\":null,"
        + "\"counts\":{\"open_pipeline\":3,\"best_case\":3,\"commit\":2,\"closed\":1,\"omitted\":0},"
        + "\"amounts\":{\"open_pipeline\":2510.00");
  }

  @Test
  void tableByMonthAndBadInput() throws IOException {
    Run t = CrmCommandTest.run("forecast-report", "--input", deals().toString(), "--rate", "USD=0.9", "--rate", "JPY=0.0061",
        "--period", "month", "--format", "table");
    assertThat(t.exitCode()).isZero();
    assertThat(t.out()).contains("Forecast of 5 opportunities in EUR", "FY2026-M02", "  ada", "1000.00", "610.00");

    Run noRate = CrmCommandTest.run("forecast-report", "--input", deals().toString());
    assertThat(noRate.exitCode()).isEqualTo(2);
    assertThat(noRate.err()).contains("deals.csv", "no USD→EUR rate", "o2");

    Path bad = Files.writeString(dir.resolve("bad.csv"),
        "id,owner,close_date,amount,currency,probability,forecast_category\no1,ada,2026-02-30,10,EUR,50,commit\n");
    Run b = CrmCommandTest.run("forecast-report", "--input", bad.toString());
    assertThat(b.exitCode()).isEqualTo(2);
    assertThat(b.err()).contains("bad.csv: line 2, column 'close_date': '2026-02-30'");

    Path cat = Files.writeString(dir.resolve("cat.csv"),
        "id,owner,close_date,amount,currency,probability,forecast_category\no1,ada,2026-02-03,10,EUR,50,maybe\n");
    Run c = CrmCommandTest.run("forecast-report", "--input", cat.toString());
    assertThat(c.exitCode()).isEqualTo(2);
    assertThat(c.err()).contains("line 2, column 'forecast_category': 'maybe'");
  }
}
