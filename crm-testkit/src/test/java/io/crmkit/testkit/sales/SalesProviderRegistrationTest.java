package io.crmkit.testkit.sales;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.sales.lead.Lead;
import io.crmkit.sales.opportunity.Opportunity;
import io.crmkit.sales.quote.Quote;
import io.crmkit.testkit.arbitrary.CrmArbitraryProvider;
import java.util.ServiceLoader;
import java.util.Set;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.junit.jupiter.api.Test;

class SalesProviderRegistrationTest {
  @Test
  void bothProvidersAreRegisteredAsServices() {
    assertThat(ServiceLoader.load(ArbitraryProvider.class).stream().map(ServiceLoader.Provider::type))
        .contains(CrmArbitraryProvider.class, SalesArbitraryProvider.class);
  }

  @Test
  void everyProvidedTypeMakesValuesOfThatType() {
    assertThat(SalesArbitraryProvider.providedTypes()).contains(Lead.class, Opportunity.class, Quote.class).hasSizeGreaterThan(20);
    assertThat(SalesArbitraryProvider.providedTypes()).doesNotContainAnyElementsOf(CrmArbitraryProvider.providedTypes());
    SalesArbitraryProvider provider = new SalesArbitraryProvider();
    for (Class<?> type : SalesArbitraryProvider.providedTypes()) {
      TypeUsage usage = TypeUsage.of(type);
      assertThat(provider.canProvideFor(usage)).as("%s", type).isTrue();
      assertThat(provider.provideFor(usage, u -> Set.of())).as("%s", type).singleElement().satisfies(
          a -> a.sampleStream().limit(20).forEach(v -> assertThat(v).as("%s", type).isInstanceOf(type)));
    }
    assertThat(provider.canProvideFor(TypeUsage.of(String.class))).isFalse();
  }
}
