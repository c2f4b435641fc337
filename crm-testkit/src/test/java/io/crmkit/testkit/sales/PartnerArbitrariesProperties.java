package io.crmkit.testkit.sales;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.json.CrmJson;
import io.crmkit.sales.lead.Lead;
import io.crmkit.sales.opportunity.Opportunity;
import io.crmkit.sales.partner.DealRegistration;
import io.crmkit.sales.partner.DealRegistrationLifecycle;
import io.crmkit.sales.partner.Partner;
import io.crmkit.sales.partner.PartnerLifecycle;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/** The partner generators make valid, varied values: every state, JSON round trips, Unicode, the partner field. */
class PartnerArbitrariesProperties {
  @Property(tries = 200)
  void partnersAreValidAndReachEveryStatus(@ForAll Partner p) {
    assertThat(CrmJson.read(CrmJson.write(p), Partner.class)).isEqualTo(p);
    assertThat(PartnerLifecycle.MACHINE.states()).contains(p.status());
    if (!p.status().equals(PartnerLifecycle.PROSPECT) && !p.status().equals(PartnerLifecycle.TERMINATED)) {
      assertThat(p.users()).isNotEmpty();                 // activation needs a user
    }
    Statistics.label("status").collect(p.status());
    Statistics.label("status").coverage(c -> {
      c.check(PartnerLifecycle.PROSPECT).percentage(x -> x > 5);
      c.check(PartnerLifecycle.ACTIVE).percentage(x -> x > 5);
      c.check(PartnerLifecycle.SUSPENDED).percentage(x -> x > 2);
      c.check(PartnerLifecycle.TERMINATED).percentage(x -> x > 5);
    });
  }

  @Property(tries = 150)
  void registrationsAreValidInEveryState(@ForAll DealRegistration r) {
    assertThat(CrmJson.read(CrmJson.write(r), DealRegistration.class)).isEqualTo(r);
    assertThat(r.statusHistory().changes().get(0).to()).isEqualTo(DealRegistrationLifecycle.DRAFT);
    assertThat(r.products()).isNotEmpty();
    assertThat(r.customer().nameKey()).isNotBlank();
    Statistics.label("status").collect(r.status());
    Statistics.label("status").coverage(c -> {
      for (String state : DealRegistrationLifecycle.MACHINE.states()) {
        c.check(state).percentage(x -> x > 5);
      }
    });
  }

  @Property(tries = 200)
  void leadsAndOpportunitiesAreSometimesSharedWithAPartner(@ForAll Lead lead, @ForAll Opportunity deal) {
    assertThat(lead.toBuilder().build()).isEqualTo(lead);
    assertThat(deal.toBuilder().build()).isEqualTo(deal);
    Statistics.label("lead partner").collect(lead.partner().isPresent());
    Statistics.label("deal partner").collect(deal.partner().isPresent());
    Statistics.label("lead partner").coverage(c -> c.check(true).percentage(x -> x > 5));
    Statistics.label("deal partner").coverage(c -> c.check(true).percentage(x -> x > 5));
  }
}
