package io.crmkit.marketing.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.marketing.channel.OutboundMessage;
import io.crmkit.marketing.schedule.SendWorkerFixture.Crash;
import io.crmkit.marketing.schedule.SendWorkerFixture.Fault;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class SendWorkerProperties {

  /**
   * Whatever crashes (before or after delivery) and channel failures hit the worker, every consented job ends
   * delivered as exactly one logical message under its job key, and every physical delivery carried that key.
   */
  @Property(tries = 200)
  void crashesAndFailuresNeverLoseOrDuplicateASend(
      @ForAll @IntRange(min = 1, max = 6) int recipients,
      @ForAll @Size(max = 5) List<Fault> faults,
      @ForAll @IntRange(min = 0, max = 120) int spreadMinutes) {
    SendWorkerFixture f = new SendWorkerFixture();
    List<JobKey> keys = new ArrayList<>();
    for (int i = 0; i < recipients; i++) {
      f.contact("c-" + i, true);
      keys.add(f.plan("tips", "contact:c-" + i, SendWorkerFixture.T0.plus(Duration.ofMinutes((long) spreadMinutes * i / recipients))));
    }
    f.channel.faults.addAll(faults);

    Instant until = SendWorkerFixture.T0.plus(Duration.ofDays(1));
    while (f.jobs.openCount() > 0 && f.clock.instant().isBefore(until)) {
      try {
        f.worker.runDue();
      } catch (Crash crash) {
        // the process died: its claims stay leased until they expire
      }
      f.clock.advance(Duration.ofMinutes(1));
    }

    assertThat(f.jobs.openCount()).isZero();
    assertThat(f.jobs.deadLetters()).isEmpty();
    Map<String, Long> deliveriesById = f.recording.sent().stream()
        .collect(Collectors.groupingBy(m -> m.id().value(), Collectors.counting()));
    assertThat(deliveriesById.keySet()).isEqualTo(keys.stream().map(JobKey::value).collect(Collectors.toSet()));
    Set<String> physical = f.channel.deliveries.stream().map(OutboundMessage::id).map(Object::toString).collect(Collectors.toSet());
    assertThat(physical).isEqualTo(deliveriesById.keySet());
    for (JobKey key : keys) {
      assertThat(f.jobs.find(key)).hasValueSatisfying(j -> assertThat(j.state()).isEqualTo(JobState.COMPLETED));
    }
  }
}
