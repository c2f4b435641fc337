package io.crmkit.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

class InProcessEventPublisherProperties {

  /**
   * For any mix of failing and succeeding subscribers, every subscriber is reached, and the thrown exception is
   * the first failure with exactly the later failures suppressed.
   */
  @Property(tries = 200)
  void everySubscriberIsReachedAndFailuresAreAccounted(@ForAll @Size(max = 12) List<Boolean> fails) {
    InProcessEventPublisher bus = new InProcessEventPublisher();
    List<Integer> reached = new ArrayList<>();
    for (int i = 0; i < fails.size(); i++) {
      int n = i;
      boolean fail = fails.get(i);
      bus.subscribe(DomainEvent.class, e -> {
        reached.add(n);
        if (fail) {
          throw new IllegalStateException("subscriber " + n);
        }
      });
    }
    RecordChanged event =
        new RecordChanged(TenantId.of("t"), new RecordRef("contact", "c"), ChangeKind.DELETED, Set.of(), "sys", Instant.EPOCH);

    Throwable thrown = catchThrowable(() -> bus.publish(event));

    assertThat(reached).hasSize(fails.size()).isSorted();
    List<Integer> failing = new ArrayList<>();
    for (int i = 0; i < fails.size(); i++) {
      if (fails.get(i)) {
        failing.add(i);
      }
    }
    if (failing.isEmpty()) {
      assertThat(thrown).isNull();
    } else {
      assertThat(thrown).hasMessage("subscriber " + failing.get(0));
      assertThat(thrown.getSuppressed()).extracting(Throwable::getMessage)
          .containsExactlyElementsOf(failing.subList(1, failing.size()).stream().map(i -> "subscriber " + i).toList());
    }
  }
}
