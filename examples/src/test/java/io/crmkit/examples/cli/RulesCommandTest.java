package io.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.examples.cli.CrmCommandTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesCommandTest {
  @TempDir Path dir;

  Path baskets() throws IOException {
    // bread 4/5, milk 4/5, both 3/5, beer 2/5 (always with bread)
    return Files.writeString(dir.resolve("baskets.txt"),
        "bread, milk\n bread ,beer\nmilk\nbread, milk, beer\nbread,milk\n");
  }

  @Test
  void printsTheContractJsonWithHandCheckedMeasures() throws IOException {
    Run r = CrmCommandTest.run("rules", "--baskets", baskets().toString(), "--min-support", "0.4",
        "--min-confidence", "0.9", "--min-length", "2");
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("\"transactions\": 5", "\"items\": 3", "\"itemset_count\": 5", "\"rule_count\": 1");
    // the only rule with confidence ≥ 0.9: {beer} => {bread}, support 2/5, confidence 1, lift 1 / 0.8
    assertThat(r.out().replaceAll("\\s+", "")).contains(
        "{\"antecedent\":[\"beer\"],\"consequent\":[\"bread\"],\"support\":0.4,\"confidence\":1,\"lift\":1.25,\"count\":2}");
  }

  @Test
  void printsATableOnRequest() throws IOException {
    Run r = CrmCommandTest.run("rules", "--baskets", baskets().toString(), "--min-support", "0.4",
        "--min-confidence", "0.7", "--max-length", "2", "--format", "table");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("5 transactions, 3 items", "antecedent", "{beer}", "{bread}", "1.2500");
  }

  @Test
  void badArgumentsAndMissingFilesExitWith2() throws IOException {
    Run r = CrmCommandTest.run("rules", "--baskets", baskets().toString(), "--min-support", "0",
        "--min-confidence", "0.5");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("minSupport", "(0, 1]");
    Run missing = CrmCommandTest.run("rules", "--baskets", dir.resolve("nope.txt").toString(),
        "--min-support", "0.1", "--min-confidence", "0.5");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.txt: no such file");
  }
}
