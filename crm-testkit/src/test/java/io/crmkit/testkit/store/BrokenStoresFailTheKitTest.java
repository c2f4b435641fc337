package io.crmkit.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/** A kit must be shown to fail: run it against broken stores and check that it reports the breakage. */
class BrokenStoresFailTheKitTest {

  @Test
  void aStoreThatIgnoresVersionsFailsTheConcurrencyChecks() {
    Events tests = runKit(BrokenStoreKitRuns.IgnoringVersions.class);
    Set<String> failed = failedTests(tests);
    assertThat(failed)
        .contains(
            "OptimisticConcurrency.staleUpdate()",
            "OptimisticConcurrency.staleDelete()",
            "OptimisticConcurrency.raceForOneVersion()")
        .allMatch(name -> name.startsWith("OptimisticConcurrency."));
  }

  @Test
  void aStoreThatLeaksAcrossTenantsFailsTheIsolationChecks() {
    Set<String> failed = failedTests(runKit(BrokenStoreKitRuns.LeakingTenants.class));
    assertThat(failed).contains("TenantIsolation.reads()");
  }

  @Test
  void aStoreWithSqlStyleNotFailsTheCriteriaChecks() {
    Set<String> failed = failedTests(runKit(BrokenStoreKitRuns.SqlStyleNot.class));
    assertThat(failed)
        .contains("CriteriaSemantics.absentValuesAndNot()", "CriteriaSemantics.multiValuedAnyMatch()")
        .allMatch(name -> name.startsWith("CriteriaSemantics."));
  }

  @Test
  void aStoreWithSqlStyleNotFailsTheReferenceProperties() {
    Events tests =
        EngineTestKit.engine("jqwik")
            .configurationParameter("jqwik.database", "target/.jqwik-database")
            .selectors(selectClass(BrokenStoreKitRuns.SqlStyleNotProperties.class))
            .execute()
            .testEvents();
    assertThat(tests.started().count()).isGreaterThanOrEqualTo(4);
    assertThat(names(tests.failed().list()))
        .as("random criteria with not() find the difference")
        .contains("queryAndCountEqualTheReferenceEvaluation");
  }

  @Test
  void capabilitiesAStoreDoesNotDeclareAreSkippedNotPassed() {
    Events tests = runKit(BrokenStoreKitRuns.WithoutCapabilities.class);
    assertThat(failedTests(tests)).isEmpty();
    Set<String> skipped = tests.aborted().stream().map(BrokenStoresFailTheKitTest::qualifiedName).collect(Collectors.toSet());
    assertThat(skipped)
        .containsExactlyInAnyOrder(
            "OptimisticConcurrency.raceForOneVersion()",
            "OptimisticConcurrency.incrementsWithRetry()",
            "Transactions.rollback()",
            "Transactions.commit()",
            "Transactions.nestedJoins()");
    assertThat(tests.succeeded().count()).isEqualTo(tests.started().count() - skipped.size());
  }

  @Test
  void theCorrectStorePassesEverything() {
    Events tests =
        EngineTestKit.engine("junit-jupiter")
            .selectors(selectClass("io.crmkit.testkit.memory.InMemoryStoreCompatibilityTest"))
            .execute()
            .testEvents();
    assertThat(tests.started().count()).isGreaterThan(30);
    assertThat(tests.succeeded().count()).isEqualTo(tests.started().count());
  }

  private static Events runKit(Class<?> kit) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(kit)).execute().testEvents();
  }

  private static Set<String> failedTests(Events tests) {
    return tests.failed().stream().map(BrokenStoresFailTheKitTest::qualifiedName).collect(Collectors.toSet());
  }

  /** {@code NestedClass.method()} of a test event. */
  private static String qualifiedName(Event e) {
    List<UniqueId.Segment> segments = e.getTestDescriptor().getUniqueId().getSegments();
    String nested = segments.stream().filter(s -> s.getType().equals("nested-class")).map(UniqueId.Segment::getValue).reduce("", (a, b) -> b);
    return nested + "." + segments.get(segments.size() - 1).getValue();
  }

  private static List<String> names(List<Event> events) {
    return events.stream().map(e -> e.getTestDescriptor().getLegacyReportingName()).toList();
  }
}
