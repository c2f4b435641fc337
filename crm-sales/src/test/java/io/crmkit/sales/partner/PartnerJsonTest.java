package io.crmkit.sales.partner;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.json.CrmJson;
import io.crmkit.core.money.Money;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.sales.lead.Lead;
import io.crmkit.sales.opportunity.Opportunity;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** CrmJson writes and reads the partner types, and the {@code partner} field of leads and opportunities, losslessly. */
class PartnerJsonTest {
  static final Instant T = Instant.parse("2026-01-10T10:00:00Z");
  final Partner globex = Records.partner("p-1", "Globex Ελλάς").withTerritories(List.of("dach", "nordics"))
      .withUser(PartnerUser.of("p-1-mgr", PartnerRole.MANAGER));

  @Test
  void partnersRoundTrip() {
    assertThat(CrmJson.read(CrmJson.write(globex), Partner.class)).isEqualTo(globex);
  }

  @Test
  void registrationsRoundTripInEveryShape() {
    DealRegistration draft = Records.registration("r-1", globex, T, Optional.empty(), "none", T)
        .withCustomer(DealCustomer.of("Initech 株式会社").withDomain("initech.example").withAccount(new io.crmkit.core.party.AccountId("acc-9")))
        .withContact(DealContact.of(io.crmkit.core.party.PersonName.of("Zoë", "Ångström"))
            .withEmail(ContactPoint.email("Zoe@Initech.example", ContactPoint.Purpose.WORK)).withTitle("CTO"))
        .withDescription("Pilot");
    DealRegistration approved = Records.registration("r-2", globex, T, Optional.of(T), "approve", T.plusSeconds(60));
    DealRegistration rejected = Records.registration("r-3", globex, T, Optional.of(T), "reject", T.plusSeconds(60));
    for (DealRegistration r : List.of(draft, approved, rejected)) {
      String json = CrmJson.write(r);
      assertThat(CrmJson.read(json, DealRegistration.class)).isEqualTo(r);
      assertThat(json).contains("\"partner\":\"acc-p-1\"");
    }
  }

  @Test
  void thePartnerFieldOfLeadsAndOpportunitiesRoundTripsAndIsLeftOutWhenAbsent() {
    Lead shared = Records.lead("l-1", Optional.of(globex.account()), T, Optional.empty());
    Lead direct = Records.lead("l-2", Optional.empty(), T, Optional.empty());
    assertThat(CrmJson.read(CrmJson.write(shared), Lead.class)).isEqualTo(shared);
    assertThat(CrmJson.write(shared)).contains("\"partner\":\"acc-p-1\"");
    assertThat(CrmJson.write(direct)).doesNotContain("\"partner\"");
    Opportunity deal = Records.deal("o-1", Optional.of(globex.account()), Money.of("10", "EUR"), T, "won", T.plusSeconds(3600));
    assertThat(CrmJson.read(CrmJson.write(deal), Opportunity.class)).isEqualTo(deal);
    assertThat(CrmJson.read(CrmJson.write(deal.withoutPartner()), Opportunity.class).partner()).isEmpty();
  }
}
