package io.crmkit.examples.integration;

import io.crmkit.core.RecordRef;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import io.crmkit.examples.integration.CampaignMembership.StatusChange;
import io.crmkit.marketing.campaign.CampaignMember;
import io.crmkit.sales.lead.ConversionContext;
import io.crmkit.sales.lead.ConversionContribution;
import io.crmkit.sales.lead.ConversionParticipant;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Salesforce's campaign-member behaviour on lead conversion, wired between crm-sales and crm-marketing (which may
 * not depend on each other): when a lead that is a campaign member converts, the contact becomes a member of the
 * same campaigns with the member's status, first response and status history kept, plus one history entry saying
 * which lead it came from. The lead's own memberships stay as they were, as the record of what the lead did.
 *
 * <p>If the contact (an existing one the lead matched) is already a member of a campaign, the two memberships are
 * merged: histories interleaved in time order, the status of the one that changed last, the earlier first
 * response. Every write goes through the conversion's store, so a failed conversion leaves no membership behind.
 *
 * <pre>{@code
 * LeadConversion conversion = LeadConversion.builder(store, clock, ids)
 *     .participant(new CampaignMembershipOnConversion()).build();
 * }</pre>
 */
public final class CampaignMembershipOnConversion implements ConversionParticipant {
  @Override
  public String name() {
    return "campaign_memberships";
  }

  @Override
  public ConversionContribution participate(ConversionContext context) {
    TenantStore store = context.store();
    Repository<CampaignMembership, CampaignMembership.Id> memberships = store.repository(CampaignMembership.TYPE);
    RecordRef lead = context.lead().ref();
    RecordRef contact = context.contact().ref();
    List<RecordRef> touched = new ArrayList<>();
    for (CampaignMembership ofLead : CampaignMemberships.of(store, lead)) {
      Optional<CampaignMembership> existing = CampaignMemberships.of(store, contact).stream()
          .filter(m -> m.campaign().equals(ofLead.campaign())).findFirst();
      CampaignMembership written = existing.isPresent()
          ? memberships.update(merged(existing.get(), ofLead, lead, context.at()))
          : memberships.insert(carriedOver(ofLead, contact, context));
      touched.add(written.ref());
    }
    return ConversionContribution.records(touched);
  }

  private static CampaignMembership carriedOver(CampaignMembership ofLead, RecordRef contact, ConversionContext context) {
    CampaignMember m = ofLead.member();
    CampaignMember asContact = new CampaignMember(m.tenantId(), m.campaign(), contact, m.status(), m.responded(), m.firstRespondedAt());
    List<StatusChange> history = new ArrayList<>(ofLead.history());
    history.add(converted(m.status(), ofLead.party(), context.at(), history));
    return new CampaignMembership(context.ids().next(CampaignMembership.Id::new), context.store().tenantId(), 0, asContact,
        history, Optional.of(ofLead.party()));
  }

  private static CampaignMembership merged(CampaignMembership ofContact, CampaignMembership ofLead, RecordRef lead, Instant at) {
    Instant contactLast = ofContact.history().get(ofContact.history().size() - 1).at();
    Instant leadLast = ofLead.history().get(ofLead.history().size() - 1).at();
    CampaignMember latest = leadLast.isBefore(contactLast) ? ofContact.member() : ofLead.member();
    Optional<Instant> firstResponse = earliest(ofContact.member().firstRespondedAt(), ofLead.member().firstRespondedAt());
    CampaignMember member = new CampaignMember(ofContact.tenantId(), ofContact.campaign(), ofContact.party(), latest.status(),
        latest.responded(), firstResponse);
    List<StatusChange> history = new ArrayList<>(ofContact.history());
    history.addAll(ofLead.history());
    history.sort(Comparator.comparing(StatusChange::at));   // stable: on a tie the lead's change comes last
    history.add(converted(latest.status(), lead, at, history));
    return new CampaignMembership(ofContact.id(), ofContact.tenantId(), ofContact.version(), member, history, Optional.of(lead));
  }

  /** The entry saying where the membership came from: at the conversion, or at the last change if a clock ran ahead. */
  private static StatusChange converted(String status, RecordRef lead, Instant at, List<StatusChange> before) {
    Instant last = before.get(before.size() - 1).at();
    return new StatusChange(status, at.isBefore(last) ? last : at, "carried over from " + lead + " on conversion");
  }

  private static Optional<Instant> earliest(Optional<Instant> a, Optional<Instant> b) {
    if (a.isEmpty()) {
      return b;
    }
    return b.isPresent() && b.get().isBefore(a.get()) ? b : a;
  }
}
