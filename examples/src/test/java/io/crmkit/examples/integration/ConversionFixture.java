package io.crmkit.examples.integration;

import io.crmkit.core.IdGenerator;
import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.money.Money;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.marketing.campaign.Campaign;
import io.crmkit.marketing.campaign.CampaignId;
import io.crmkit.marketing.campaign.CampaignType;
import io.crmkit.marketing.campaign.MemberStatus;
import io.crmkit.marketing.campaign.MemberStatuses;
import io.crmkit.marketing.simulation.VirtualClock;
import io.crmkit.sales.lead.ConversionParticipant;
import io.crmkit.sales.lead.ConversionRequest;
import io.crmkit.sales.lead.ConversionResult;
import io.crmkit.sales.lead.Lead;
import io.crmkit.sales.lead.LeadConversion;
import io.crmkit.sales.lead.LeadId;
import io.crmkit.sales.lead.LeadService;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A tenant with campaigns, leads and contacts on a fresh in-memory store and a clock the test moves. */
final class ConversionFixture {
  static final Owner OWNER = Owner.user("u-1");
  static final MemberStatuses EVENT_STATUSES = new MemberStatuses(List.of(new MemberStatus("Invited", true, false),
      new MemberStatus("Registered", false, true), new MemberStatus("Attended", false, true), new MemberStatus("No-show", false, false)));

  final TenantId tenant;
  final VirtualClock clock = VirtualClock.at(Instant.parse("2026-02-02T09:00:00Z"));
  final InMemoryStore shared;
  final TenantStore store;
  final IdGenerator ids;
  final LeadService leads;
  final CampaignMemberships memberships;

  ConversionFixture(InMemoryStore shared, TenantId tenant) {
    this.shared = shared;
    this.tenant = tenant;
    this.store = shared.forTenant(tenant);
    AtomicInteger n = new AtomicInteger();
    this.ids = () -> "id-" + n.incrementAndGet();
    this.leads = LeadService.builder(store, clock).build();
    this.memberships = CampaignMemberships.of(store, clock, ids);
  }

  ConversionFixture() {
    this(InMemoryStore.create(), TenantId.of("acme"));
  }

  Campaign campaign(String id, String name) {
    return store.repository(Campaign.TYPE).insert(Campaign.draft(new CampaignId(id), tenant, name, CampaignType.WEBINAR,
        Money.currency("EUR")).withMemberStatuses(EVENT_STATUSES));
  }

  /** A qualified lead with a company and an e-mail address. */
  Lead lead(String given, String family, String email) {
    Lead lead = leads.create(Lead.builder(ids.next(LeadId::new), tenant).name(PersonName.of(given, family))
        .company("Ørsted Lab " + family).email(ContactPoint.email(email, ContactPoint.Purpose.WORK)).owner(OWNER)
        .timestamps(clock).build(), "u-1").lead();
    lead = leads.changeStatus(lead.id(), lead.version(), "work", "u-1").lead();
    return leads.changeStatus(lead.id(), lead.version(), "qualify", "u-1").lead();
  }

  Contact contact(String given, String family, String email) {
    return store.repository(Contact.TYPE).insert(Contact.builder(ids.next(ContactId::new), tenant)
        .name(PersonName.of(given, family)).owner(OWNER)
        .contactPoint(ContactPoint.email(email, ContactPoint.Purpose.WORK).asPrimary()).timestamps(clock).build());
  }

  ConversionResult convert(Lead lead, ConversionParticipant... more) {
    LeadConversion.Builder b = LeadConversion.builder(store, clock, ids).participant(new CampaignMembershipOnConversion());
    for (ConversionParticipant p : more) {
      b.participant(p);
    }
    Lead current = leads.find(lead.id()).orElseThrow();
    return b.build().convert(ConversionRequest.of(current.id(), current.version(), "u-1"));
  }
}
