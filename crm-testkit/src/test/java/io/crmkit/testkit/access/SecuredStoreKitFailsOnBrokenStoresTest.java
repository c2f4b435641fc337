package io.crmkit.testkit.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/**
 * The secured-store kit must be shown to fail: over a store that evaluates only the last term of a top-level
 * {@code and} (so the pushed-down visibility is lost, as in an adapter that drops all but the caller's
 * criteria), its examples and properties report the leak.
 */
class SecuredStoreKitFailsOnBrokenStoresTest {

  @Test
  void aStoreThatLosesThePushedDownVisibilityFailsTheExamples() {
    Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(SecuredStoreBrokenKitRuns.LosingVisibility.class)).execute().testEvents();
    Set<String> failed = tests.failed().stream().map(SecuredStoreKitFailsOnBrokenStoresTest::name).collect(Collectors.toSet());
    assertThat(failed).contains("listings()", "customerView()");
  }

  @Test
  void aStoreThatLosesThePushedDownVisibilityFailsTheProperties() {
    Events tests = EngineTestKit.engine("jqwik")
        .configurationParameter("jqwik.database", "target/.jqwik-database")
        .selectors(selectClass(SecuredStoreBrokenKitRuns.LosingVisibilityProperties.class))
        .execute()
        .testEvents();
    assertThat(tests.started().count()).isGreaterThanOrEqualTo(6);
    assertThat(tests.failed().stream().map(SecuredStoreKitFailsOnBrokenStoresTest::name).toList())
        .contains("everyReadPathShowsExactlyWhatThePolicyAllows", "theCustomerViewHoldsOnlyWhatThePrincipalMaySee");
  }

  @Test
  void theCorrectStorePassesEverything() {
    Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(InMemorySecuredStoreCompatibilityTest.class)).execute().testEvents();
    assertThat(tests.started().count()).isGreaterThanOrEqualTo(13);
    assertThat(tests.succeeded().count()).isEqualTo(tests.started().count());
  }

  private static String name(Event e) {
    return e.getTestDescriptor().getLegacyReportingName();
  }
}
