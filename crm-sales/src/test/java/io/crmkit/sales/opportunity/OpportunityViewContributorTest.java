package io.crmkit.sales.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.store.CrmStore;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.core.view.CustomerView;
import io.crmkit.core.view.CustomerViews;
import io.crmkit.core.view.ViewSection;
import io.crmkit.sales.pipeline.Pipelines;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OpportunityViewContributorTest {
  private final Clock clock = Clock.fixed(Deals.T0.plusSeconds(3600), ZoneOffset.UTC);
  private final CrmStore store = InMemoryStore.create();
  private final TenantStore acme = store.forTenant(Deals.ACME);
  private final CustomerViews views = CustomerViews.builder(store).clock(clock).contributor(OpportunityViewContributor.standard()).build();

  @Test
  @DisplayName("an account's view lists its open opportunities by close date, then the closed ones")
  void accountView() {
    Account account = acme.repository(Account.TYPE).insert(Account.builder(new AccountId("acc-1"), Deals.ACME)
        .name("Acme Widgets").owner(Owner.user("u-1")).timestamps(clock).build());
    var repo = acme.repository(Opportunity.TYPE);
    repo.insert(Deals.draft("o-late", Pipelines.standardSales(), Deals.T0).closeDate(LocalDate.parse("2026-09-30")).build());
    repo.insert(Deals.draft("o-soon", Pipelines.standardSales(), Deals.T0).closeDate(LocalDate.parse("2026-02-28")).build());
    Opportunity lost = OpportunityStages.decide(Deals.draft("o-lost", Pipelines.standardSales(), Deals.T0).build(),
        Pipelines.standardSales(), "closed_lost", Optional.of("Price"), Deals.T0.plusSeconds(60)).opportunity();
    repo.insert(lost);
    repo.insert(Deals.draft("o-other", Pipelines.standardSales(), Deals.T0).account(new AccountId("acc-2")).build());

    CustomerView view = views.view(Deals.ACME, account.ref());
    ViewSection s = view.sections().get(0);
    assertThat(s.name()).isEqualTo("opportunities");
    assertThat(s.title()).isEqualTo("2 open, 1 closed opportunities");
    assertThat(s.lines()).containsExactly(
        "Deal o-soon — 1000.00 EUR — Prospecting (10 %) — closes 2026-02-28",
        "Deal o-late — 1000.00 EUR — Prospecting (10 %) — closes 2026-09-30",
        "Deal o-lost — 1000.00 EUR — Closed Lost (0 %) — lost 2026-03-31");
    assertThat(s.dependsOn()).contains(RecordRef.parse("opportunity:o-soon")).doesNotContain(RecordRef.parse("opportunity:o-other"));
    assertThat((List<?>) s.data()).hasSize(3);
  }

  @Test
  @DisplayName("a contact's view lists the opportunities where the contact has a role; none means no section")
  void contactView() {
    Contact ada = acme.repository(Contact.TYPE).insert(Contact.builder(new ContactId("ada"), Deals.ACME)
        .name(PersonName.of("Ada", "Lovelace")).owner(Owner.user("u-1")).timestamps(clock).build());
    assertThat(views.view(Deals.ACME, ada.ref()).sections()).isEmpty();
    views.invalidateAll();
    acme.repository(Opportunity.TYPE).insert(Deals.draft("o-1", Pipelines.standardSales(), Deals.T0)
        .contactRole(ContactRole.primary(ada.id(), ContactRole.Role.DECISION_MAKER)).build());
    assertThat(views.view(Deals.ACME, ada.ref()).sections()).singleElement()
        .satisfies(s -> assertThat(s.lines()).singleElement().asString().startsWith("Deal o-1 — "));
  }
}
