package io.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.examples.cli.CrmCommandTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RouteCommandTest {
  @TempDir Path dir;

  /** Four customers on the equator east of the start, given out of order; "far" closes before anyone gets there. */
  Path stops() throws IOException {
    return Files.writeString(dir.resolve("stops.csv"), String.join("\n",
        "name,lat,lon,duration,window",
        "c,0,0.3,30,",
        "a,0,0.1,30,",
        "b,0,0.2,30,10:00-12:00",
        "far,0,2.0,15,08:00-08:30",
        ""));
  }

  @Test
  void printsThePlanAsJson() throws IOException {
    Run r = CrmCommandTest.run("route", "--stops", stops().toString(), "--start", "0,0", "--depart", "08:00",
        "--speed", "50");
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();
    String flat = r.out().replaceAll("\\s+", "");
    // "far" cannot be reached by 08:30 (222 km at 50 km/h): missed whatever the order, it goes last; lateness
    // counts before distance, so c is visited while waiting for b's window (a, c, b reaches "far" earlier than a, b, c)
    assertThat(flat).contains("\"stops\":4", "\"order\":[\"a\",\"c\",\"b\",\"far\"]", "\"missed_windows\":[\"far\"]",
        "\"infeasible\":[{\"name\":\"far\"", "\"status\":\"missed\"", "\"status\":\"none\"");
    assertThat(flat).contains("\"name\":\"b\"", "\"earliest\":\"2026-01-15T10:00\"");
  }

  @Test
  void printsATableAndTheExplanation() throws IOException {
    Run r = CrmCommandTest.run("route", "--stops", stops().toString(), "--start", "0,0", "--return", "--format", "table");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("stop", "arrive", "window", "10:00-12:00", "missed", "Back to the end point",
        "Infeasible: far", "Nearest neighbour:");
  }

  @Test
  void badInputExitsWith2NamingTheLine() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.csv"), "name,lat,lon,duration,window\nx,91,0,10,\n");
    Run r = CrmCommandTest.run("route", "--stops", bad.toString(), "--start", "0,0");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("bad.csv: line 2", "latitude");
    Path window = Files.writeString(dir.resolve("w.csv"), "name,lat,lon,duration,window\nx,1,0,10,9-10\n");
    Run w = CrmCommandTest.run("route", "--stops", window.toString(), "--start", "0,0");
    assertThat(w.exitCode()).isEqualTo(2);
    assertThat(w.err()).contains("line 2, column 'window'", "'9-10' is not a window");
    Run start = CrmCommandTest.run("route", "--stops", window.toString(), "--start", "north");
    assertThat(start.err()).contains("--start: 'north' is not a point");
  }
}
