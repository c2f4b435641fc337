package io.crmkit.service.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.IdGenerator;
import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.service.cases.Case;
import io.crmkit.service.cases.CaseChannel;
import io.crmkit.service.cases.CaseLifecycle;
import io.crmkit.service.cases.CaseService;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CaseIntakeTest {
  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
  final IdGenerator ids = IdGenerator.uuidV7(clock);
  final TenantStore acme = InMemoryStore.create().forTenant(TenantId.of("acme"));
  final CaseIntake intake = CaseIntake.builder(acme, clock, ids).ownAddresses("support@acme.example").build();
  final CaseService cases = CaseService.builder(acme, clock, ids).build();

  InboundMessage.Builder mail(String messageId) {
    return InboundMessage.builder(CaseChannel.EMAIL, "Ada@Example.com", T0).subject("Printer on fire").body("Smoke!")
        .header("Message-ID", "<" + messageId + ">");
  }

  @Test
  void aFirstMailOpensACaseForTheContactItComesFrom() {
    Contact ada = acme.repository(Contact.TYPE).insert(Contact.builder(new ContactId("ada"), acme.tenantId())
        .name(PersonName.of("Ada", "Lovelace")).owner(Owner.user("u-1"))
        .contactPoint(ContactPoint.email("ada@example.com", ContactPoint.Purpose.WORK)).timestamps(clock).build());
    IntakeResult result = intake.receive(mail("m0@example.com").build());
    assertThat(result.decision()).isInstanceOf(IntakeDecision.NewCase.class);
    assertThat(result.decision().explain()).contains("the sender is contact ada");
    Case c = result.supportCase().orElseThrow();
    assertThat(c.contact()).contains(ada.id());
    assertThat(c.subject()).isEqualTo("Printer on fire");
    assertThat(c.channel()).isEqualTo(CaseChannel.EMAIL);
  }

  @Test
  void aReplyByHeadersOrTokenLandsOnTheCaseAndReopensAPendingOne() {
    Case c = intake.receive(mail("m0@example.com").build()).supportCase().orElseThrow();
    c = cases.changeStatus(c.id(), c.version(), "open", "u-1").supportCase();
    c = cases.changeStatus(c.id(), c.version(), "await_customer", "u-1").supportCase();

    IntakeResult byHeader = intake.receive(mail("m1@example.com").subject("Re: Printer on fire").header("In-Reply-To", "<m0@example.com>").build());
    assertThat(byHeader.decision()).isEqualTo(new IntakeDecision.Reply(c.id(), true,
        "its headers name message <m0@example.com> of case " + c.id()));
    assertThat(byHeader.supportCase().orElseThrow().status()).isEqualTo(CaseLifecycle.OPEN);

    IntakeResult byToken = intake.receive(InboundMessage.builder(CaseChannel.EMAIL, "ada@example.com", T0)
        .subject("Re: " + CaseIntake.token(c.id()) + " still broken").body("see photo").build());
    assertThat(byToken.decision()).isInstanceOf(IntakeDecision.Reply.class);
    assertThat(byToken.decision().reason()).contains("token " + CaseIntake.token(c.id()));
    assertThat(byToken.supportCase().orElseThrow().publicReplies()).hasSize(2);
  }

  @Test
  void autoRepliesLoopsAndDuplicatesAreIgnoredWithTheirReason() {
    assertThat(intake.receive(mail("a@x").header("Auto-Submitted", "auto-replied").build()).decision())
        .isEqualTo(new IntakeDecision.Ignored(IntakeDecision.Ignored.Cause.AUTO_REPLY, "it is an automatic message (Auto-Submitted: auto-replied)"));
    assertThat(intake.receive(mail("b@x").header("Precedence", "bulk").build()).decision().explain()).contains("Precedence: bulk");
    assertThat(intake.receive(InboundMessage.builder(CaseChannel.EMAIL, "support@acme.example", T0).body("hi").build()).decision())
        .isInstanceOf(IntakeDecision.Ignored.class);
    intake.receive(mail("c@x").build());
    assertThat(intake.receive(mail("c@x").build()).decision()).extracting(d -> ((IntakeDecision.Ignored) d).cause())
        .isEqualTo(IntakeDecision.Ignored.Cause.DUPLICATE);
    assertThat(acme.repository(Case.TYPE).count(io.crmkit.core.query.Criteria.all())).isEqualTo(1);
  }

  @Test
  void aSenderFloodingTheWindowIsALoop() {
    CaseIntake strict = CaseIntake.builder(acme, clock, ids).loopGuard(java.time.Duration.ofMinutes(5), 3).build();
    for (int i = 0; i < 3; i++) {
      assertThat(strict.receive(InboundMessage.builder(CaseChannel.EMAIL, "bot@example.com", T0.plusSeconds(i)).subject("Alert " + i).build())
          .decision()).isInstanceOf(IntakeDecision.NewCase.class);
    }
    IntakeDecision fourth = strict.receive(
        InboundMessage.builder(CaseChannel.EMAIL, "bot@example.com", T0.plusSeconds(9)).subject("Alert 4").build()).decision();
    assertThat(fourth.explain()).contains("sent 4 messages within PT5M, more than the limit of 3");
  }

  @Test
  void aReplyToAMergedCaseGoesToItsSurvivor() {
    Case keep = intake.receive(mail("k@x").build()).supportCase().orElseThrow();
    Case dup = intake.receive(mail("d@x").subject("Printer again").build()).supportCase().orElseThrow();
    cases.merge(io.crmkit.service.cases.CaseMergeRequest.of(keep.id(), keep.version(), java.util.Map.of(dup.id(), dup.version()), "u-1"));
    IntakeResult reply = intake.receive(mail("r@x").header("In-Reply-To", "<d@x>").build());
    assertThat(reply.decision()).isInstanceOf(IntakeDecision.Reply.class);
    assertThat(((IntakeDecision.Reply) reply.decision()).caseId()).isEqualTo(keep.id());
  }
}
