package io.crmkit.testkit.marketing;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.marketing.campaign.Campaign;
import io.crmkit.marketing.journey.Journey;
import io.crmkit.marketing.segment.Segment;
import io.crmkit.testkit.arbitrary.CrmArbitraryProvider;
import io.crmkit.testkit.sales.SalesArbitraryProvider;
import java.util.ServiceLoader;
import java.util.Set;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.junit.jupiter.api.Test;

class MarketingProviderRegistrationTest {
  @Test
  void theMarketingProviderIsRegisteredBesideTheOthers() {
    assertThat(ServiceLoader.load(ArbitraryProvider.class).stream().map(ServiceLoader.Provider::type))
        .contains(CrmArbitraryProvider.class, SalesArbitraryProvider.class, MarketingArbitraryProvider.class);
  }

  @Test
  void everyProvidedTypeMakesValuesOfThatTypeAndNoTypeIsServedTwice() {
    assertThat(MarketingArbitraryProvider.providedTypes()).contains(Campaign.class, Segment.class, Journey.class).hasSizeGreaterThan(20);
    assertThat(MarketingArbitraryProvider.providedTypes()).doesNotContainAnyElementsOf(CrmArbitraryProvider.providedTypes())
        .doesNotContainAnyElementsOf(SalesArbitraryProvider.providedTypes());
    MarketingArbitraryProvider provider = new MarketingArbitraryProvider();
    for (Class<?> type : MarketingArbitraryProvider.providedTypes()) {
      TypeUsage usage = TypeUsage.of(type);
      assertThat(provider.canProvideFor(usage)).as("%s", type).isTrue();
      assertThat(provider.provideFor(usage, u -> Set.of())).as("%s", type).singleElement().satisfies(
          a -> assertThat(a.sampleStream().limit(30).distinct().peek(v -> assertThat(v).as("%s", type).isInstanceOf(type)).count())
              .as("%s values vary", type).isGreaterThan(1));
    }
    assertThat(provider.canProvideFor(TypeUsage.of(String.class))).isFalse();
  }
}
