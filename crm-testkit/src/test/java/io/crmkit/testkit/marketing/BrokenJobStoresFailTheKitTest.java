package io.crmkit.testkit.marketing;

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

/** The job-store kit must be shown to fail: run it against broken stores and check what it reports. */
class BrokenJobStoresFailTheKitTest {

  @Test
  void aStoreThatIgnoresLeaseTokensFailsTheLeaseChecks() {
    Set<String> failed = failedTests(jupiter(BrokenJobStoreKitRuns.IgnoringLeaseTokens.class));
    assertThat(failed)
        .contains("Claiming.expiredLeaseIsReclaimed()", "Leases.completeWithForgedToken()", "Leases.completeOnce()");
    assertThat(failedProperties(BrokenJobStoreKitRuns.IgnoringLeaseTokensProperties.class))
        .as("crashed workers that wake up complete jobs a second time")
        .contains("randomSchedulesWithCrashesKeepTheContract");
  }

  @Test
  void aStoreWithoutTheBackoffCapFailsTheBackoffChecks() {
    Set<String> failed = failedTests(jupiter(BrokenJobStoreKitRuns.UncappedBackoff.class));
    assertThat(failed).contains("Failures.backoffCapped()").allMatch(n -> n.startsWith("Failures.") || n.startsWith("Enqueue."));
    assertThat(failedProperties(BrokenJobStoreKitRuns.UncappedBackoffProperties.class))
        .contains("failuresBackOffCappedAndDeadLetterOnTheLastAttempt");
  }

  @Test
  void aStoreThatNeverDeadLettersFailsTheDeadLetterChecks() {
    Set<String> failed = failedTests(jupiter(BrokenJobStoreKitRuns.NeverDeadLetters.class));
    assertThat(failed).contains("Failures.deadLetter()", "Claiming.expiredLeasesUseUpAttempts()", "Enqueue.notAfterDeadLetter()");
    assertThat(failedProperties(BrokenJobStoreKitRuns.NeverDeadLettersProperties.class))
        .contains("randomSchedulesWithCrashesKeepTheContract", "failuresBackOffCappedAndDeadLetterOnTheLastAttempt");
  }

  @Test
  void theReferenceStorePassesEverything() {
    Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(InMemoryJobStoreConformanceTest.class)).execute().testEvents();
    assertThat(tests.started().count()).isGreaterThan(25);
    assertThat(tests.succeeded().count()).isEqualTo(tests.started().count());
  }

  private static Events jupiter(Class<?> kit) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(kit)).execute().testEvents();
  }

  private static List<String> failedProperties(Class<?> kit) {
    Events tests = EngineTestKit.engine("jqwik")
        .configurationParameter("jqwik.database", "target/.jqwik-database")
        .selectors(selectClass(kit))
        .execute()
        .testEvents();
    assertThat(tests.started().count()).isEqualTo(3);
    return tests.failed().list().stream().map(e -> e.getTestDescriptor().getLegacyReportingName()).toList();
  }

  private static Set<String> failedTests(Events tests) {
    return tests.failed().stream().map(BrokenJobStoresFailTheKitTest::qualifiedName).collect(Collectors.toSet());
  }

  /** {@code NestedClass.method()} of a test event. */
  private static String qualifiedName(Event e) {
    List<UniqueId.Segment> segments = e.getTestDescriptor().getUniqueId().getSegments();
    String nested = segments.stream().filter(s -> s.getType().equals("nested-class")).map(UniqueId.Segment::getValue).reduce("", (a, b) -> b);
    return nested + "." + segments.get(segments.size() - 1).getValue();
  }
}
