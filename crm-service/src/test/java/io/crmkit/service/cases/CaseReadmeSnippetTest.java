package io.crmkit.service.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.IdGenerator;
import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.service.intake.CaseIntake;
import io.crmkit.service.intake.InboundMessage;
import io.crmkit.service.intake.IntakeDecision;
import io.crmkit.service.intake.IntakeResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The "Cases" and "Multichannel intake" snippets of crm-service/README.md are the bodies of these tests, and they hold. */
class CaseReadmeSnippetTest {
  final Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
  final IdGenerator ids = IdGenerator.uuidV7(clock);
  final TenantStore acme = InMemoryStore.create().forTenant(TenantId.of("acme"));

  @Test
  void casesAndMerge() {
    // readme:cases:begin
    CaseService cases = CaseService.builder(acme, clock, ids).build();
    Case vpn = cases.open(Case.builder(ids.next(CaseId::new), acme.tenantId())
        .subject("VPN down").priority(CasePriority.HIGH).channel(CaseChannel.PHONE)
        .owner(Owner.team("network")).timestamps(clock).build(), "u-1").supportCase();
    vpn = cases.changeStatus(vpn.id(), vpn.version(), "open", "u-1").supportCase();
    vpn = cases.comment(vpn.id(), vpn.version(), CommentVisibility.INTERNAL, "Router in Lyon rebooting", "u-1").supportCase();
    Case dup = cases.open(Case.builder(ids.next(CaseId::new), acme.tenantId())
        .subject("No VPN").timestamps(clock).build(), "u-2").supportCase();
    dup = cases.comment(dup.id(), dup.version(), CommentVisibility.PUBLIC, "We are looking into it", "u-2").supportCase();

    // one transaction: comments and history move to vpn, dup is closed as "merged into vpn" and read-only
    CaseMergeResult merged = cases.merge(CaseMergeRequest.of(vpn.id(), vpn.version(), Map.of(dup.id(), dup.version()), "u-1"));
    System.out.println(merged.survivor().statusChanges());   // start → new, open → open: the clock's input
    // readme:cases:end

    assertThat(merged.survivor().comments()).hasSize(2);
    assertThat(merged.merged()).singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(CaseLifecycle.CLOSED));
  }

  @Test
  void intake() {
    // readme:intake:begin
    CaseIntake intake = CaseIntake.builder(acme, clock, ids).ownAddresses("support@acme.example").build();
    IntakeResult first = intake.receive(InboundMessage.builder(CaseChannel.EMAIL, "ada@example.com", clock.instant())
        .subject("Printer on fire").body("Smoke since this morning.")
        .header("Message-ID", "<m1@example.com>").build());
    IntakeResult reply = intake.receive(InboundMessage.builder(CaseChannel.EMAIL, "ada@example.com", clock.instant())
        .subject("Re: Printer on fire").body("Now it beeps.")
        .header("Message-ID", "<m2@example.com>").header("In-Reply-To", "<m1@example.com>").build());
    IntakeResult away = intake.receive(InboundMessage.builder(CaseChannel.EMAIL, "bob@example.com", clock.instant())
        .subject("Out of office").header("Auto-Submitted", "auto-replied").build());
    System.out.println(reply.decision().explain());   // reply to case … because its headers name message <m1@example.com> …
    System.out.println(away.decision().explain());    // ignored because it is an automatic message (Auto-Submitted: auto-replied)
    // readme:intake:end

    assertThat(first.decision()).isInstanceOf(IntakeDecision.NewCase.class);
    assertThat(((IntakeDecision.Reply) reply.decision()).caseId()).isEqualTo(first.supportCase().orElseThrow().id());
    assertThat(away.decision()).isInstanceOf(IntakeDecision.Ignored.class);
  }

  @Test
  void readmeShowsTheseTestsCode() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    String source = Files.readString(Path.of("src/test/java/io/crmkit/service/cases/CaseReadmeSnippetTest.java"));
    for (String name : List.of("cases", "intake")) {
      String marker = "<!-- snippet: the body of src/test/java/io/crmkit/service/cases/CaseReadmeSnippetTest.java#" + name;
      int at = readme.indexOf(marker);
      assertThat(at).as("the README marks the " + name + " snippet").isNotNegative();
      int start = readme.indexOf("```java\n", at) + "```java\n".length();
      List<String> snippet = lines(readme.substring(start, readme.indexOf("```", start)));
      int from = source.indexOf("// readme:" + name + ":begin");
      List<String> code = lines(source.substring(source.indexOf('\n', from) + 1, source.indexOf("// readme:" + name + ":end")));
      assertThat(snippet).isNotEmpty().isEqualTo(code);
    }
  }

  private static List<String> lines(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
  }
}
