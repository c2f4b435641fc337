package io.crmkit.marketing.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.privacy.ErasureAction;
import io.crmkit.core.privacy.ErasurePolicy;
import io.crmkit.core.privacy.ErasurePolicy.Treatment;
import io.crmkit.core.privacy.SubjectRecord;
import io.crmkit.marketing.campaign.Campaign;
import io.crmkit.marketing.campaign.CampaignId;
import io.crmkit.marketing.campaign.CampaignType;
import io.crmkit.marketing.privacy.MarketingWorld.Person;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MarketingSubjectData and campaign memberships")
class CampaignMembershipPrivacyTest {
  final MarketingWorld w = new MarketingWorld();
  final MarketingSubjectData source = new MarketingSubjectData(w.clock);
  final Person ada = w.person("Ada", "Lovelace", 0);
  final Person zoe = w.person("Zoë", "Ångström", 1);

  Campaign campaign(String id, Person... members) {
    Campaign c = Campaign.draft(new CampaignId(id), w.acme.tenantId(), "Spring " + id, CampaignType.EMAIL, Currency.getInstance("EUR"));
    for (Person p : members) {
      c = c.withMember(c.addMember(p.contact().ref(), w.clock.instant()));
    }
    return w.acme.repository(Campaign.TYPE).insert(c);
  }

  @Test
  @DisplayName("the export lists the campaigns the person is a member of, with the status, and no others")
  void collected() {
    campaign("cmp-1", ada, zoe);
    campaign("cmp-2", zoe);
    List<SubjectRecord> found = source.collect(w.acme, ada.subject()).stream().filter(r -> r.entityType().equals("campaign")).toList();
    assertThat(found).extracting(SubjectRecord::id).containsExactly("cmp-1");
    assertThat(found.get(0).relation()).startsWith("member of the campaign Spring cmp-1 (");
  }

  @Test
  @DisplayName("by default the membership stays and is reported as kept; a delete rule takes only this person out")
  void erased() {
    Campaign both = campaign("cmp-1", ada, zoe);
    List<ErasureAction> kept = source.erase(w.acme, ada.subject(), ErasurePolicy.anonymiseAll());
    assertThat(kept).filteredOn(a -> a.entityType().equals("campaign"))
        .singleElement().satisfies(a -> {
          assertThat(a.treatment()).isEqualTo(Treatment.KEEP);
          assertThat(a.reason()).isEqualTo(MarketingSubjectData.MEMBERSHIP_KEPT);
        });
    assertThat(w.acme.repository(Campaign.TYPE).get(both.id())).isEqualTo(both);

    ErasurePolicy leave = ErasurePolicy.builder().record("campaign", Treatment.DELETE).build();
    source.erase(w.acme, ada.subject(), leave);
    Campaign after = w.acme.repository(Campaign.TYPE).get(both.id());
    assertThat(after.member(ada.contact().ref())).isEmpty();
    assertThat(after.member(zoe.contact().ref())).isPresent();
    assertThat(source.collect(w.acme, ada.subject())).noneMatch(r -> r.entityType().equals("campaign"));
  }
}
