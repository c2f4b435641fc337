package io.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.json.CrmJson;
import io.crmkit.examples.cli.CrmCommandTest.Run;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SubjectCommandsTest {
  static final String CLOCK = "2026-01-15T10:00:00Z";

  static JsonNode json(Run r) {
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();
    return CrmJson.mapper().readTree(r.out());
  }

  @Test
  void exportSubjectPrintsEveryCoreRecordAboutAdaAsOneDocument() {
    JsonNode root = json(CrmCommandTest.run("export-subject", "c-ada", "--demo", "--clock", CLOCK));
    assertThat(root.get("contact").asString()).isEqualTo("c-ada");
    assertThat(root.get("exportedAt").asString()).isEqualTo(CLOCK);
    assertThat(root.get("emails").toString()).contains("ada@lovelace.example", "countess@lovelace.example");
    JsonNode core = root.get("modules").get("core");
    assertThat(core.get("contact")).hasSize(1);
    assertThat(core.get("activity")).hasSize(2);
    assertThat(core.get("party_relationship")).hasSize(2);
    assertThat(core.get("consent_event")).hasSize(2);
    assertThat(core.get("merge_record")).hasSize(1);
    assertThat(core.get("audit_entry")).hasSize(1);
    assertThat(core.get("contact").get(0).get("record").get("name").get("family").asString()).isEqualTo("Lovelace");
    assertThat(CrmCommandTest.run("export-subject", "ada@lovelace.example", "--demo", "--clock", CLOCK).out())
        .as("by e-mail the same document").isEqualTo(CrmCommandTest.run("export-subject", "c-ada", "--demo", "--clock", CLOCK).out());
  }

  @Test
  void aPersonKnownOnlyByEmailHasNoContactInTheExport() {
    JsonNode root = json(CrmCommandTest.run("export-subject", "grace@hopper.example", "--demo", "--clock", CLOCK));
    assertThat(root.has("contact")).isFalse();
    assertThat(root.get("emails").toString()).isEqualTo("[\"grace@hopper.example\"]");
    assertThat(root.get("modules").has("core")).isFalse();
  }

  @Test
  void eraseSubjectPrintsTheReportWithoutTheErasedValues() {
    Run r = CrmCommandTest.run("erase-subject", "ada@lovelace.example", "--demo", "--clock", CLOCK, "--requested-by", "dpo@demo");
    JsonNode report = json(r);
    assertThat(r.out()).doesNotContain("Lovelace", "lovelace.example", "+4420", "192.0.2.44", "Analyst");
    assertThat(report.get("dryRun").asBoolean()).isFalse();
    assertThat(report.get("requestedBy").asString()).isEqualTo("dpo@demo");
    List<String> lines = new ArrayList<>();
    report.get("actions").forEach(a -> lines.add(a.get("entityType").asString() + ":" + a.get("id").asString() + " "
        + a.get("treatment").asString() + " " + a.get("fields")));
    assertThat(lines).contains(
        "contact:c-ada ANONYMISE [\"name\",\"jobTitle\",\"contactPoints\",\"customFields\"]",
        "activity:act-note ANONYMISE [\"subject\",\"body\"]");
  }

  @Test
  void aDryRunWithAPolicySaysWhatWouldBeDeletedAndKept() {
    JsonNode report = json(CrmCommandTest.run("erase-subject", "c-ada", "--demo", "--clock", CLOCK, "--dry-run",
        "--policy", "contact=delete", "--policy", "keep:consent_event=proof of consent and objection (GDPR art. 7(1), 21)"));
    assertThat(report.get("dryRun").asBoolean()).isTrue();
    List<String> lines = new ArrayList<>();
    report.get("actions").forEach(a -> lines.add(a.get("entityType").asString() + ":" + a.get("id").asString() + " "
        + a.get("treatment").asString() + " " + a.get("reason").asString()));
    assertThat(lines).contains("contact:c-ada DELETE erasure request", "activity:act-note DELETE linked only to the deleted contact");
    assertThat(lines).filteredOn(l -> l.startsWith("consent_event:")).hasSize(2)
        .allMatch(l -> l.endsWith("KEEP proof of consent and objection (GDPR art. 7(1), 21)"));
  }

  @Test
  void badArgumentsExitWith2NamingTheProblem() {
    Run noStore = CrmCommandTest.run("erase-subject", "c-ada");
    assertThat(noStore.exitCode()).isEqualTo(2);
    assertThat(noStore.err()).contains("Missing required option: '--demo'");
    Run badPolicy = CrmCommandTest.run("erase-subject", "c-ada", "--demo", "--policy", "contact=keep");
    assertThat(badPolicy.exitCode()).isEqualTo(2);
    assertThat(badPolicy.err()).contains("crm erase-subject: --policy: 'contact=keep': a record type is anonymise or delete");
    Run unknown = CrmCommandTest.run("export-subject", "c-nobody", "--demo");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("c-nobody");
    Run badEmail = CrmCommandTest.run("export-subject", "not@valid", "--demo");
    assertThat(badEmail.exitCode()).isEqualTo(2);
    assertThat(badEmail.err()).contains("email");
  }
}
