package io.crmkit.sales.partner;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.IdGenerator;
import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.event.DomainEvent;
import io.crmkit.core.money.Money;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.sales.assignment.RoundRobinState;
import io.crmkit.sales.lead.Lead;
import io.crmkit.sales.lead.LeadId;
import io.crmkit.sales.opportunity.Opportunity;
import io.crmkit.sales.pipeline.PipelineCatalog;
import io.crmkit.sales.readme.Snippets;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** crm-sales/README.md's partners snippet is the body of {@link #partners()}, word for word. */
class PartnerReadmeSnippetTest {
  @Test
  void partners() {
    Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
    TenantId tenant = TenantId.of("acme");
    TenantStore acme = InMemoryStore.create().forTenant(tenant);
    IdGenerator ids = IdGenerator.uuidV7(clock);
    List<DomainEvent> events = new ArrayList<>();
    Account globexAccount = acme.repository(Account.TYPE).insert(Account.builder(new AccountId("globex"), tenant)
        .name("Globex").owner(Owner.user("channel-1")).timestamps(clock).build());
    Lead lead = acme.repository(Lead.TYPE).insert(Lead.builder(new LeadId("l-1"), tenant)
        .name(PersonName.of("Zoë", "Ng")).company("Hooli").owner(Owner.user("u-1")).timestamps(clock).build());
    // readme:begin
    PartnerProgram program = PartnerProgram.of(acme, clock, events::add);
    Partner globex = program.enrol(Partner.enrol(new PartnerId("globex"), tenant, globexAccount.id(), "Globex",
            PartnerType.RESELLER, PartnerTier.GOLD, clock.instant())
        .withUser(PartnerUser.of("g-1", PartnerRole.EXECUTIVE)).withUser(PartnerUser.of("g-2", PartnerRole.USER)));
    globex = program.changeStatus(globex.id(), globex.version(), PartnerLifecycle.ACTIVATE, "channel-1").partner();

    // a lead for the partner: partner = globex's account, owner = its next user in turn
    RoundRobinState turn = LeadDistribution.initialState(globex);      // persist the returned state per partner
    PartnerLeadAssignment given = LeadDistribution.of(acme, clock, events::add)
        .distribute(lead.id(), lead.version(), globex.id(), turn, user -> true);

    // deal registration: draft → submitted (conflicts reported) → approved (protected 90 days) → converted
    DealRegistrations registrations = DealRegistrations.builder(acme, clock, PipelineCatalog.standard(tenant))
        .ids(ids).events(events::add).build();
    DealRegistration draft = registrations.register(DealRegistration.draft(new DealRegistrationId("r-1"), globex, "g-1",
            DealCustomer.of("Initech GmbH").withDomain("initech.example"), Money.of("25000", "EUR"),
            LocalDate.parse("2026-06-30"), clock.instant())
        .withContact(DealContact.of(PersonName.of("Ada", "Lovelace"))).withProducts(List.of("CRM-PRO")));
    RegistrationChange submitted = registrations.submit(draft.id(), draft.version(), "g-1");
    List<RegistrationConflict> conflicts = submitted.registration().conflicts();           // none here
    RegistrationChange approved = registrations.approve(draft.id(), submitted.registration().version(), "channel-1");
    ConvertedDeal deal = registrations.convert(draft.id(), approved.registration().version(),
        DealConversion.by("channel-1", Owner.user("u-1")));          // account, opportunity, registration: one transaction

    // what globex's users may see: every record whose partner field is globex's account
    List<Opportunity> theirs = acme.repository(Opportunity.TYPE).query(PartnerSharing.visibleTo(globex));
    PartnerReport q1 = PartnerPerformance.builder(Money.currency("EUR"), LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-31"))
        .build().measure(acme, List.of(globex));
    // readme:end

    assertThat(given.lead().owner()).isEqualTo(Owner.user("g-1"));
    assertThat(given.lead().partner()).contains(globexAccount.id());
    assertThat(conflicts).isEmpty();
    assertThat(approved.registration().expiresOn()).contains(LocalDate.parse("2026-05-31"));
    assertThat(theirs).containsExactly(deal.opportunity());
    assertThat(deal.opportunity().partner()).contains(globexAccount.id());
    PartnerMetrics m = q1.of(globex.id()).orElseThrow().metrics();
    assertThat(m.registrationsSubmitted()).isEqualTo(1);
    assertThat(m.registrationsApproved()).isEqualTo(1);
    assertThat(m.leadsReceived()).isEqualTo(1);
    assertThat(m.opportunitiesOpen()).isEqualTo(1);
    assertThat(m.pipeline()).isEqualTo(Money.of("25000", "EUR"));
    assertThat(acme.repository(Lead.TYPE).count(PartnerSharing.visibleTo(globex))).isEqualTo(1);
    assertThat(acme.repository(Account.TYPE).count(Criteria.all())).isEqualTo(2);
    assertThat(events).extracting(e -> e.getClass().getSimpleName())
        .containsExactly("PartnerStatusChanged", "RecordAssigned", "DealRegistered", "DealApproved", "DealConverted");
  }

  @Test
  void readmeShowsIt() throws IOException {
    Snippets.assertReadmeShows("src/test/java/io/crmkit/sales/partner/PartnerReadmeSnippetTest.java");
  }
}
