package io.crmkit.testkit.marketing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("JobStoreClock")
class JobStoreClockTest {
  @Test
  @DisplayName("a view in another zone shows the same instant and moves with the clock")
  void zoneView() {
    JobStoreClock clock = new JobStoreClock(Instant.parse("2026-03-29T00:30:00Z"));
    Clock berlin = clock.withZone(ZoneId.of("Europe/Berlin"));
    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    assertThat(berlin.getZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(berlin.instant()).isEqualTo(clock.instant());
    clock.advance(Duration.ofHours(2));
    assertThat(berlin.instant()).isEqualTo(Instant.parse("2026-03-29T02:30:00Z"));
    assertThat(berlin.withZone(ZoneOffset.UTC).instant()).isEqualTo(clock.instant());
  }
}
