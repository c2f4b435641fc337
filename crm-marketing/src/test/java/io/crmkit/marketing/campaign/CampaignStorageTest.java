package io.crmkit.marketing.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ConcurrencyConflictException;
import io.crmkit.core.TenantId;
import io.crmkit.core.money.Money;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.memory.InMemoryStore;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CampaignStorageTest {
  @Test
  void campaigns_are_stored_per_tenant_with_optimistic_versions_and_queried_by_status_and_parent() {
    InMemoryStore store = InMemoryStore.create();
    TenantId acme = TenantId.of("acme");
    Repository<Campaign, CampaignId> campaigns = store.forTenant(acme).repository(Campaign.TYPE);
    Campaign parent = campaigns.insert(Campaign.draft(new CampaignId("p"), acme, "Year", CampaignType.OTHER, Money.currency("EUR")));
    Campaign child = campaigns.insert(Campaign.draft(new CampaignId("c"), acme, "Spring", CampaignType.EMAIL, Money.currency("EUR"))
        .withParent(parent.id()).withStartDate(LocalDate.parse("2026-04-01")));
    Campaign scheduled = campaigns.update(child.fire(CampaignLifecycle.SCHEDULE));

    assertThat(scheduled.version()).isEqualTo(2);
    assertThat(campaigns.query(Criteria.eq(Campaign.STATUS, CampaignLifecycle.SCHEDULED))).containsExactly(scheduled);
    assertThat(campaigns.query(Criteria.eq(Campaign.PARENT, "p"))).extracting(Campaign::id).containsExactly(child.id());
    assertThatThrownBy(() -> campaigns.update(child.fire(CampaignLifecycle.CANCEL))).isInstanceOf(ConcurrencyConflictException.class);
    assertThat(store.forTenant(TenantId.of("globex")).repository(Campaign.TYPE).find(child.id())).isEmpty();
  }
}
