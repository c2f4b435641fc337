package io.crmkit.testkit.marketing;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.TenantId;
import io.crmkit.marketing.journey.Journey;
import io.crmkit.marketing.journey.JourneyStep;
import io.crmkit.marketing.journey.WaitCondition;
import java.time.Instant;
import java.time.ZoneId;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class JourneyArbitrariesProperties {
  @Provide
  Arbitrary<Journey> journeys() {
    return JourneyArbitraries.journeys(TenantId.of("acme"));
  }

  @Provide
  Arbitrary<WaitCondition> waits() {
    return JourneyArbitraries.waits();
  }

  @Property(tries = 100)
  void generatedJourneysAreValidAndEndInAnExit(@ForAll("journeys") Journey journey) {
    Journey rebuilt = new Journey(journey.id(), journey.tenantId(), journey.version(), journey.name(), journey.entry(),
        journey.start(), journey.steps(), journey.goals());
    assertThat(rebuilt).isEqualTo(journey);
    assertThat(journey.steps()).last().isInstanceOf(JourneyStep.Exit.class);
    assertThat(journey.steps()).hasSizeBetween(2, 9);
  }

  @Property(tries = 100)
  void generatedWaitsAlwaysTakeTime(@ForAll("waits") WaitCondition wait) {
    assertThat(wait.alwaysTakesTime()).isTrue();
    Instant t = Instant.parse("2026-03-29T00:30:00Z");
    assertThat(wait.dueAt(t, ZoneId.of("Europe/Berlin"))).isAfter(t);
  }
}
