package io.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.examples.cli.CrmCommandTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttributionCommandTest {
  @TempDir Path dir;

  static double field(String json, String channel, String key) {
    Matcher m = Pattern.compile("\"" + channel + "\": \\{[^}]*\"" + key + "\": ([-0-9.E]+)").matcher(json);
    assertThat(m.find()).as(channel + "." + key + " in " + json).isTrue();
    return Double.parseDouble(m.group(1));
  }

  @Test
  void theTwoChannelCaseSolvedOnPaper() throws IOException {
    // a > b converts once (value 90), b alone fails once: P = 1/2, removal effects a 1/2, b 1,
    // so Markov gives a 1/3 and b 2/3 of the conversion, and 30 and 60 of its value
    Path paths = Files.writeString(dir.resolve("paths.csv"),
        "path,total_conversions,total_conversion_value,total_null\n\"a > b\",1,90,0\nb,0,0,1\n");
    Run r = CrmCommandTest.run("attribution", "--paths", paths.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();
    String json = r.out();
    assertThat(json).contains("\"conversion_probability\": 0.5");
    assertThat(field(json, "a", "markov")).isCloseTo(1.0 / 3, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(field(json, "b", "markov_value")).isCloseTo(60, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(field(json, "a", "removal_effect")).isEqualTo(0.5);
    assertThat(field(json, "a", "first_touch")).isEqualTo(1);
    assertThat(field(json, "b", "last_touch")).isEqualTo(1);
    assertThat(field(json, "a", "position_based")).isEqualTo(0.5);
    assertThat(json).contains("\"linear\"", "\"time_decay\"");
  }

  @Test
  void tableAndErrorsNamingLineAndColumn() throws IOException {
    Path good = Files.writeString(dir.resolve("good.csv"),
        "path,total_conversions,total_conversion_value,total_null\nsearch > email,3,30,1\n");
    Run t = CrmCommandTest.run("attribution", "--paths", good.toString(), "--format", "table");
    assertThat(t.exitCode()).isZero();
    assertThat(t.out()).contains("channel", "removal_effect", "search", "email");

    Path bad = Files.writeString(dir.resolve("bad.csv"),
        "path,total_conversions,total_conversion_value,total_null\nsearch,1,10,0\nemail,x,0,1\n");
    Run r = CrmCommandTest.run("attribution", "--paths", bad.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("bad.csv: line 3, column 'total_conversions': 'x' is not a number");

    Path empty = Files.writeString(dir.resolve("empty.csv"),
        "path,total_conversions,total_conversion_value,total_null\na > > b,1,1,1\n");
    assertThat(CrmCommandTest.run("attribution", "--paths", empty.toString()).err())
        .contains("line 2, column 'path'", "is empty");

    Path header = Files.writeString(dir.resolve("header.csv"), "path,conversions\na,1\n");
    Run h = CrmCommandTest.run("attribution", "--paths", header.toString());
    assertThat(h.exitCode()).isEqualTo(2);
    assertThat(h.err()).contains("no column 'total_conversions'");
  }
}
