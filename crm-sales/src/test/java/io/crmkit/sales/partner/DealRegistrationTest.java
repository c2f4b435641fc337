package io.crmkit.sales.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.IllegalTransitionException;
import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.ValidationException;
import io.crmkit.core.money.Money;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountFields;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.RelationshipType;
import io.crmkit.core.query.Criteria;
import io.crmkit.sales.opportunity.Opportunity;
import io.crmkit.sales.opportunity.OpportunityId;
import io.crmkit.sales.opportunity.OpportunityStatus;
import io.crmkit.sales.pipeline.Pipelines;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DealRegistrationTest {
  final PartnerWorld w = new PartnerWorld();
  final DealRegistrations regs = w.registrations();
  final Partner globex = w.activePartner("p-1", "Globex", PartnerTier.GOLD, "g-1", "g-2");
  final Partner umbrella = w.activePartner("p-2", "Umbrella", PartnerTier.SILVER, "u-9");

  DealRegistration submitted(String id, Partner partner, DealCustomer customer) {
    DealRegistration d = regs.register(w.draft(id, partner, customer, "25000"));
    return regs.submit(d.id(), d.version(), partner.users().get(0).userId()).registration();
  }

  DealRegistration approved(String id, Partner partner, DealCustomer customer) {
    DealRegistration s = submitted(id, partner, customer);
    return regs.approve(s.id(), s.version(), "channel-1").registration();
  }

  @Nested
  @DisplayName("registering and submitting")
  class Submitting {
    @Test
    void aDraftIsSharedWithItsPartnerAndSubmitsWithoutConflicts() {
      DealRegistration d = regs.register(w.draft("r-1", globex, DealCustomer.of("Initech GmbH").withDomain("https://www.initech.example/"), "25000"));
      assertThat(d.partner()).isEqualTo(globex.account());
      assertThat(d.customer().domain()).contains("initech.example");
      assertThat(w.acme.repository(DealRegistration.TYPE).query(PartnerSharing.visibleTo(globex))).containsExactly(d);
      RegistrationChange s = regs.submit(d.id(), d.version(), "g-2");
      assertThat(s.registration().status()).isEqualTo("submitted");
      assertThat(s.registration().conflicts()).isEmpty();
      assertThat(s.event()).isInstanceOfSatisfying(DealRegistered.class, e -> {
        assertThat(e.registeredBy()).isEqualTo("g-2");
        assertThat(e.customer()).isEqualTo("Initech GmbH");
      });
      assertThat(w.events).contains(s.event());
    }

    @Test
    void submittingNamesEveryMissingField() {
      DealRegistration bare = regs.register(DealRegistration.draft(new DealRegistrationId("r-1"), globex, "g-1",
          DealCustomer.of("Initech"), Money.zero(Money.currency("EUR")), w.today().minusDays(1), w.clock.instant()));
      assertThatThrownBy(() -> regs.submit(bare.id(), bare.version(), "g-1"))
          .isInstanceOfSatisfying(IllegalTransitionException.class, e -> assertThat(e.reason())
              .contains("a customer contact", "at least one product of interest", "an estimated amount above zero", "a close date not in the past"));
      assertThat(w.acme.repository(DealRegistration.TYPE).get(bare.id()).status()).isEqualTo("draft");
    }

    @Test
    void onlyTheActivePartnersOwnUsersRegisterAndSubmit() {
      assertThatThrownBy(() -> regs.register(DealRegistration.draft(new DealRegistrationId("r-1"), globex, "u-9",
              DealCustomer.of("Initech"), Money.of("10", "EUR"), w.today(), w.clock.instant())))
          .isInstanceOf(ValidationException.class).hasMessageContaining("'u-9' is not a user of partner p-1");
      DealRegistration d = regs.register(w.draft("r-2", globex, DealCustomer.of("Initech"), "10"));
      assertThatThrownBy(() -> regs.submit(d.id(), d.version(), "u-9")).isInstanceOf(ValidationException.class);
      Partner suspended = w.program.changeStatus(globex.id(), globex.version(), PartnerLifecycle.SUSPEND, "c").partner();
      assertThatThrownBy(() -> regs.register(w.draft("r-3", suspended, DealCustomer.of("Initech"), "10")))
          .isInstanceOf(ValidationException.class).hasMessageContaining("only active partners register deals");
    }

    @Test
    void draftsAreEditableAndSubmittedOnesAreNot() {
      DealRegistration d = regs.register(w.draft("r-1", globex, DealCustomer.of("Initech"), "10"));
      DealRegistration edited = regs.update(d.withEstimatedAmount(Money.of("12000", "EUR")).withDescription("Pilot for 40 seats"));
      assertThat(edited.estimatedAmount()).isEqualTo(Money.of("12000", "EUR"));
      DealRegistration s = regs.submit(edited.id(), edited.version(), "g-1").registration();
      assertThatThrownBy(() -> regs.update(s.withCloseDate(w.today().plusDays(5))))
          .isInstanceOf(ValidationException.class).hasMessageContaining("only drafts can be edited");
    }

    @Test
    void conflictsWithOtherRegistrationsAndOpenOpportunitiesAreReported() {
      submitted("r-1", umbrella, DealCustomer.of("INITECH, Inc."));                          // same name key
      w.account("acc-initech", "Initech", "initech.example");
      Opportunity open = w.acme.repository(Opportunity.TYPE).insert(Opportunity.builder(new OpportunityId("o-1"), w.tenant)
          .name("Initech direct").account(new AccountId("acc-initech")).owner(Owner.user("u-1"))
          .closeDate(w.today().plusDays(30)).amount(Money.of("5000", "EUR")).startIn(Pipelines.standardSales(), w.clock.instant()).build());
      RegistrationChange s = regs.submit(regs.register(w.draft("r-2", globex, DealCustomer.of("Initech").withDomain("initech.example"), "9000")).id(), 1, "g-1");
      List<RegistrationConflict> conflicts = s.registration().conflicts();
      assertThat(conflicts).extracting(RegistrationConflict::kind)
          .containsExactly(RegistrationConflict.Kind.SUBMITTED_REGISTRATION, RegistrationConflict.Kind.OPEN_OPPORTUNITY);
      assertThat(conflicts.get(0).record()).isEqualTo(RecordRef.of("deal_registration", new DealRegistrationId("r-1")));
      assertThat(conflicts.get(0).reason()).contains("partner p-2", "customer name 'INITECH, Inc.'", "submitted");
      assertThat(conflicts.get(1).record()).isEqualTo(open.ref());
      assertThat(conflicts.get(1).reason()).contains("domain initech.example", "direct");
      assertThat(((DealRegistered) s.event()).conflicts()).isEqualTo(conflicts);
    }
  }

  @Nested
  @DisplayName("deciding")
  class Deciding {
    @Test
    void approvalProtectsTheCustomerForTheValidityPeriod() {
      DealRegistration a = approved("r-1", globex, DealCustomer.of("Initech").withDomain("initech.example"));
      assertThat(a.status()).isEqualTo("approved");
      assertThat(a.expiresOn()).contains(w.today().plusDays(30));
      assertThat(a.decidedBy()).contains("channel-1");
      DealRegistration rival = submitted("r-2", umbrella, DealCustomer.of("Initech AG").withDomain("initech.example"));
      assertThat(rival.conflicts()).singleElement().satisfies(c -> {
        assertThat(c.kind()).isEqualTo(RegistrationConflict.Kind.APPROVED_REGISTRATION);
        assertThat(c.blocksApproval()).isTrue();
      });
      assertThatThrownBy(() -> regs.approve(rival.id(), rival.version(), "channel-1"))
          .isInstanceOfSatisfying(IllegalTransitionException.class, e -> assertThat(e.reason())
              .contains("protected by registration r-1", "approved until " + w.today().plusDays(30)));
      // once the protection ran out, the rival can be approved
      w.clock.advance(Duration.ofDays(31));
      assertThat(regs.expireDue()).singleElement().satisfies(c -> assertThat(c.event()).isInstanceOf(DealExpired.class));
      assertThat(regs.approve(rival.id(), rival.version(), "channel-2").registration().status()).isEqualTo("approved");
    }

    @Test
    void rejectionNeedsAReasonWhichThePartnerSees() {
      DealRegistration s = submitted("r-1", globex, DealCustomer.of("Initech"));
      assertThatThrownBy(() -> regs.reject(s.id(), s.version(), "channel-1", "  "))
          .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("needs a reason");
      RegistrationChange r = regs.reject(s.id(), s.version(), "channel-1", "Existing customer of the direct team");
      assertThat(r.registration().decisionReason()).contains("Existing customer of the direct team");
      assertThat(r.event()).isInstanceOf(DealRejected.class);
      assertThatThrownBy(() -> regs.approve(s.id(), r.registration().version(), "channel-1"))
          .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("terminal");
    }

    @Test
    void aSubmittedRegistrationCanBeWithdrawnButADecidedOneCannot() {
      DealRegistration s = submitted("r-1", globex, DealCustomer.of("Initech"));
      RegistrationChange wd = regs.withdraw(s.id(), s.version(), "g-2");
      assertThat(wd.registration().status()).isEqualTo("withdrawn");
      DealRegistration a = approved("r-2", globex, DealCustomer.of("Hooli"));
      assertThatThrownBy(() -> regs.withdraw(a.id(), a.version(), "g-1"))
          .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("no transition on 'withdraw'");
    }

    @Test
    void expiringBeforeTheDateIsRefused() {
      DealRegistration a = approved("r-1", globex, DealCustomer.of("Initech"));
      assertThatThrownBy(() -> regs.expire(a.id(), a.version()))
          .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("has not expired yet");
      w.clock.advance(Duration.ofDays(30));
      assertThat(regs.expireDue()).isEmpty();                 // the last day still protects
      w.clock.advance(Duration.ofDays(1));
      assertThat(regs.expire(a.id(), a.version()).registration().status()).isEqualTo("expired");
    }
  }

  @Nested
  @DisplayName("converting")
  class Converting {
    @Test
    void createsTheAccountAndAnOpportunityWithThePartnerInOneStep() {
      DealRegistration a = approved("r-1", globex, DealCustomer.of("Initech 株式会社").withDomain("initech.example"));
      ConvertedDeal done = regs.convert(a.id(), a.version(), DealConversion.by("channel-1", Owner.user("u-1")));
      Opportunity o = done.opportunity();
      assertThat(o.partner()).contains(globex.account());
      assertThat(o.amount()).isEqualTo(Money.of("25000", "EUR"));
      assertThat(o.closeDate()).isEqualTo(a.closeDate());
      assertThat(o.status()).isEqualTo(OpportunityStatus.OPEN);
      assertThat(o.name()).isEqualTo("Initech 株式会社 – partner deal");
      assertThat(done.account().relationshipType()).isEqualTo(RelationshipType.PROSPECT);
      assertThat(done.account().domain()).contains("initech.example");
      assertThat(done.registration().opportunity()).contains(o.id());
      assertThat(done.event().accountCreated()).isTrue();
      assertThat(w.acme.repository(DealRegistration.TYPE).query(Criteria.eq(DealRegistration.OPPORTUNITY, o.id().value())))
          .containsExactly(done.registration());
      assertThat(w.acme.repository(Opportunity.TYPE).query(PartnerSharing.visibleTo(globex))).containsExactly(o);
      assertThat(w.events).last().isEqualTo(done.event());
    }

    @Test
    void reusesTheCustomersAccountFoundByDomain() {
      Account initech = w.account("acc-initech", "Initech GmbH", "initech.example");
      DealRegistration a = approved("r-1", globex, DealCustomer.of("Initech").withDomain("www.initech.example"));
      ConvertedDeal done = regs.convert(a.id(), a.version(),
          DealConversion.by("channel-1", Owner.user("u-1")).named("Initech – 40 seats").onPipeline("standard_sales"));
      assertThat(done.account().id()).isEqualTo(initech.id());
      assertThat(done.event().accountCreated()).isFalse();
      assertThat(w.acme.repository(Account.TYPE).count(Criteria.eq(AccountFields.DOMAIN, "initech.example"))).isEqualTo(1);
      assertThat(done.opportunity().name()).isEqualTo("Initech – 40 seats");
    }

    @Test
    void anExpiredApprovalOrAnUnknownPipelineConvertsNothing() {
      DealRegistration a = approved("r-1", globex, DealCustomer.of("Initech"));
      Map<String, Object> before = w.snapshot();
      assertThatThrownBy(() -> regs.convert(a.id(), a.version(), DealConversion.by("c", Owner.user("u-1")).onPipeline("nope")))
          .isInstanceOf(ValidationException.class).hasMessageContaining("'nope' is not a pipeline");
      w.clock.advance(Duration.ofDays(31));
      assertThatThrownBy(() -> regs.convert(a.id(), a.version(), DealConversion.by("c", Owner.user("u-1"))))
          .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("approval expired");
      assertThat(w.snapshot()).isEqualTo(before);
    }

    @Test
    void aFailureHalfWayLeavesTheStoreAsBefore() {
      DealRegistration a = approved("r-1", globex, DealCustomer.of("Initech"));
      Map<String, Object> before = w.snapshot();
      int events = w.events.size();
      // writes: the new account, the opportunity, the registration; the third fails
      assertThatThrownBy(() -> w.registrations(w.failingAt(3)).convert(a.id(), a.version(), DealConversion.by("c", Owner.user("u-1"))))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("store is down");
      assertThat(w.snapshot()).isEqualTo(before);
      assertThat(w.events).hasSize(events);
    }
  }

  @Test
  void conflictsAreFoundThroughTheIndexesAmongThousandsOfRegistrations() {
    var repo = w.acme.repository(DealRegistration.TYPE);
    List<DealRegistration> many = new java.util.ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      DealRegistration d = w.draft("bulk-" + i, umbrella, DealCustomer.of("Kunde " + i + " GmbH").withDomain("kunde-" + i + ".example"), "100");
      var facts = new RegistrationFacts(d, w.today(), Optional.empty());
      many.add(d.decided(DealRegistrationLifecycle.MACHINE.fireOrThrow("draft", "submit", facts), w.clock.instant(), List.of(),
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
    }
    repo.insertAll(many);
    DealRegistration mine = submitted("r-1", globex, DealCustomer.of("KUNDE 1711 gmbh"));
    assertThat(mine.conflicts()).singleElement().satisfies(c -> assertThat(c.record().id()).isEqualTo("bulk-1711"));
    DealRegistration other = submitted("r-2", globex, DealCustomer.of("Neukunde").withDomain("https://kunde-42.example/"));
    assertThat(other.conflicts()).extracting(c -> c.record().id()).containsExactly("bulk-42");
    assertThat(submitted("r-3", globex, DealCustomer.of("Niemand AG")).conflicts()).isEmpty();
  }

  @Test
  void closeDatesAreReadInTheProgrammesZone() {
    DealRegistrations tokyo = DealRegistrations.builder(w.acme, w.clock, io.crmkit.sales.pipeline.PipelineCatalog.standard(w.tenant))
        .zone(java.time.ZoneId.of("Asia/Tokyo")).build();
    assertThat(tokyo.today()).isEqualTo(LocalDate.parse("2026-03-02"));
    w.clock.advance(Duration.ofHours(6));           // 00:00 in Tokyo on the 3rd, still the 2nd in UTC
    assertThat(tokyo.today()).isEqualTo(LocalDate.parse("2026-03-03"));
    assertThat(w.today()).isEqualTo(LocalDate.parse("2026-03-02"));
  }
}
