package io.crmkit.testkit.arbitrary;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.party.Contact;
import java.util.ServiceLoader;
import net.jqwik.api.providers.ArbitraryProvider;
import org.junit.jupiter.api.Test;

class ProviderRegistrationTest {
  @Test
  void theProviderIsRegisteredAsAService() {
    assertThat(ServiceLoader.load(ArbitraryProvider.class).stream().map(ServiceLoader.Provider::type))
        .contains(CrmArbitraryProvider.class);
  }

  @Test
  void everyProvidedTypeMakesValidValues() {
    assertThat(CrmArbitraryProvider.providedTypes()).contains(Contact.class).hasSizeGreaterThan(25);
    for (Class<?> type : CrmArbitraryProvider.providedTypes()) {
      net.jqwik.api.providers.TypeUsage usage = net.jqwik.api.providers.TypeUsage.of(type);
      CrmArbitraryProvider provider = new CrmArbitraryProvider();
      assertThat(provider.canProvideFor(usage)).as("%s", type).isTrue();
      provider.provideFor(usage, u -> java.util.Set.of()).forEach(
          a -> a.sampleStream().limit(20).forEach(v -> assertThat(v).as("%s", type).isInstanceOf(type)));
    }
    assertThat(new CrmArbitraryProvider().canProvideFor(net.jqwik.api.providers.TypeUsage.of(String.class))).isFalse();
  }
}
