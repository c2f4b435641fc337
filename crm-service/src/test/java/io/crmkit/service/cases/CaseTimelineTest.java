package io.crmkit.service.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.IdGenerator;
import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.store.CrmStore;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.core.view.CustomerViews;
import io.crmkit.core.view.ViewSection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CaseTimelineTest {
  @Test
  void theCustomerViewListsTheContactsCasesNewestFirst() {
    Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
    CrmStore store = InMemoryStore.create();
    TenantStore acme = store.forTenant(TenantId.of("acme"));
    Contact ada = acme.repository(Contact.TYPE).insert(Contact.builder(new ContactId("ada"), acme.tenantId())
        .name(PersonName.of("Ada", "Lovelace")).owner(Owner.user("u-1")).timestamps(clock).build());
    CaseService cases = CaseService.builder(acme, clock, IdGenerator.uuidV7(clock)).build();
    cases.open(Case.builder(new CaseId("old"), acme.tenantId()).subject("Old question").contact(ada.id())
        .createdAt(Instant.parse("2026-01-05T10:00:00Z")).updatedAt(Instant.parse("2026-01-05T10:00:00Z")).build(), "u-1");
    Case recent = cases.open(Case.builder(new CaseId("new"), acme.tenantId()).subject("Printer on fire").contact(ada.id())
        .priority(CasePriority.URGENT).channel(CaseChannel.PHONE).timestamps(clock).build(), "u-1").supportCase();
    cases.comment(recent.id(), recent.version(), CommentVisibility.PUBLIC, "On our way", "u-1");
    cases.open(Case.builder(new CaseId("someone-else"), acme.tenantId()).subject("Not Ada's").timestamps(clock).build(), "u-1");

    CustomerViews views = CustomerViews.builder(store).clock(clock).contributor(CaseTimeline.section(ZoneOffset.UTC)).build();
    ViewSection section = views.view(acme.tenantId(), ada.ref()).section(CaseTimeline.SECTION).orElseThrow();

    assertThat(section.lines()).containsExactly(
        "Printer on fire — new — urgent — phone — opened 2026-03-02 — 1 replies, 0 notes",
        "Old question — new — normal — email — opened 2026-01-05 — 0 replies, 0 notes");
    assertThat(section.dependsOn()).containsExactlyInAnyOrder(
        io.crmkit.core.RecordRef.of(Case.TYPE_NAME, new CaseId("new")), io.crmkit.core.RecordRef.of(Case.TYPE_NAME, new CaseId("old")));
  }
}
