package io.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.access.SharingModelSpec;
import io.crmkit.core.json.CrmJson;
import io.crmkit.examples.cli.CrmCommandTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainAccessCommandTest {
  @TempDir Path dir;

  @Test
  void explainsOneRecordOfTheDemoWithTheRuleThatDecided() {
    Run r = CrmCommandTest.run("explain-access", "--demo", "--user", "maya", "--record", "c-1", "--format", "table");
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();
    // c-1 is owned by zoë (rep-emea): maya (rep-us) reads it through emea-to-us, and may not edit it
    assertThat(r.out()).contains("demo/user:maya on contact at 2026-06-01T12:00:00Z: 1 record(s)", "contact c-1");
    assertThat(r.out()).containsPattern("READ\\s+allowed\\s+sharing-rule:emea-to-us");
    assertThat(r.out()).containsPattern("EDIT\\s+denied\\s+default-deny\\s+maya has only READ");
    assertThat(r.out()).containsPattern("sharing-rule:cfos-to-support\\s+no\\s+READ\\s+shared with role:support, which maya is not in");
    assertThat(r.out()).contains("read visibility pushed to the store: In[field=owner");
  }

  @Test
  void explainsEveryDemoRecordAsJsonByDefault() {
    Run r = CrmCommandTest.run("explain-access", "--demo", "--user", "zoë");
    assertThat(r.exitCode()).isZero();
    String json = r.out().replaceAll("\\s+", "");
    assertThat(json).contains("\"principal\":\"demo/user:zoë\"", "\"type\":\"contact\"");
    for (String id : new String[] {"c-1", "c-2", "c-3", "c-4", "c-5"}) {
      assertThat(json).contains("\"recordId\":\"" + id + "\"");
    }
    // zoë owns c-1, edits c-3 through an unexpired manual share, and c-4 through her team
    assertThat(json).contains("\"rule\":\"owner\"", "\"rule\":\"manual-share:sh-1\"", "\"rule\":\"team\"");
  }

  @Test
  void anExpiredShareAndAnInactiveUserShowTheirReasons() {
    Run expired = CrmCommandTest.run("explain-access", "--demo", "--user", "maya", "--record", "c-5", "--format", "table");
    assertThat(expired.out()).containsPattern("manual-share:sh-2\\s+no\\s+READ\\s+expired at 2026-05-01T00:00:00Z");
    assertThat(expired.out()).containsPattern("READ\\s+denied\\s+default-deny");
    Run inactive = CrmCommandTest.run("explain-access", "--demo", "--user", "olaf", "--record", "c-2", "--format", "table");
    assertThat(inactive.out()).containsPattern("READ\\s+denied\\s+inactive-user\\s+olaf is inactive");
    Run system = CrmCommandTest.run("explain-access", "--demo", "--user", "system", "--record", "c-2", "--format", "table");
    assertThat(system.out()).containsPattern("DELETE\\s+allowed\\s+system");
  }

  @Test
  void theDemoWrittenToFilesGivesTheSameAnswersFromTheFiles() throws IOException {
    Run written = CrmCommandTest.run("explain-access", "--write-demo", dir.toString());
    assertThat(written.exitCode()).isZero();
    assertThat(CrmJson.read(Files.readString(dir.resolve("model.json")), SharingModelSpec.class))
        .isEqualTo(ExplainAccessCommand.demoSpec());
    Run fromFiles = CrmCommandTest.run("explain-access", "--model", dir.resolve("model.json").toString(),
        "--records", dir.resolve("contacts.json").toString(), "--shares", dir.resolve("shares.json").toString(),
        "--user", "agent", "--at", "2026-06-01T12:00:00Z", "--format", "table");
    Run fromDemo = CrmCommandTest.run("explain-access", "--demo", "--user", "agent", "--format", "table");
    assertThat(fromFiles.err()).isEmpty();
    assertThat(fromFiles.out()).isEqualTo(fromDemo.out());
    // the support agent reads the CFOs through the criteria-based rule, and sees no salary
    assertThat(fromDemo.out()).containsPattern("READ\\s+allowed\\s+sharing-rule:cfos-to-support");
    assertThat(fromDemo.out()).contains("hidden fields: [custom.salary]; read-only fields: [email]");
  }

  @Test
  void badInputExitsWith2NamingTheProblem() throws IOException {
    Run neither = CrmCommandTest.run("explain-access", "--user", "maya");
    assertThat(neither.exitCode()).isEqualTo(2);
    assertThat(neither.err()).contains("give either --demo or --model");
    Run missing = CrmCommandTest.run("explain-access", "--model", dir.resolve("nope.json").toString(),
        "--records", dir.resolve("r.json").toString(), "--user", "maya");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.json: no such file");
    Path bad = Files.writeString(dir.resolve("model.json"), "{\"tenant\": \"demo\", \"directory\": {\"roles\": [{\"id\": \"a\", \"name\": \"A\", \"parent\": \"b\"}]}}");
    Run invalid = CrmCommandTest.run("explain-access", "--model", bad.toString(), "--records", bad.toString(), "--user", "maya");
    assertThat(invalid.exitCode()).isEqualTo(2);
    assertThat(invalid.err()).contains("model.json", "unknown role b");
    Run unknownRecord = CrmCommandTest.run("explain-access", "--demo", "--user", "maya", "--record", "c-404");
    assertThat(unknownRecord.exitCode()).isEqualTo(2);
    assertThat(unknownRecord.err()).contains("no contact 'c-404' among the records");
    Run noUser = CrmCommandTest.run("explain-access", "--demo");
    assertThat(noUser.exitCode()).isEqualTo(2);
    assertThat(noUser.err()).contains("--user USER is required");
  }
}
