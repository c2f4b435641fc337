package io.crmkit.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InProcessEventPublisherTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private static RecordChanged changed(String id) {
    return new RecordChanged(ACME, new RecordRef("contact", id), ChangeKind.UPDATED, Set.of(), "u-1", T0);
  }

  /** A second event type, to check delivery by type. */
  record Pinged(TenantId tenantId, Instant occurredAt) implements DomainEvent {
    @Override
    public Set<RecordRef> subjects() {
      return Set.of();
    }
  }

  @Test
  @DisplayName("delivers to subscribers of the event's class, its interfaces and Object, not to other types")
  void deliversByType() {
    InProcessEventPublisher bus = new InProcessEventPublisher();
    List<String> seen = new ArrayList<>();
    bus.subscribe(RecordChanged.class, e -> seen.add("changed " + e.record().id()));
    bus.subscribe(DomainEvent.class, e -> seen.add("domain " + e.getClass().getSimpleName()));
    bus.subscribe(Object.class, e -> seen.add("object"));
    bus.subscribe(Pinged.class, e -> seen.add("pinged"));

    bus.publish(changed("c-1"));

    assertThat(seen).containsExactly("changed c-1", "domain RecordChanged", "object");
  }

  @Test
  @DisplayName("closing a subscription stops delivery to it only")
  void closingStopsDelivery() {
    InProcessEventPublisher bus = new InProcessEventPublisher();
    AtomicInteger a = new AtomicInteger();
    AtomicInteger b = new AtomicInteger();
    InProcessEventPublisher.Subscription subA = bus.subscribe(RecordChanged.class, e -> a.incrementAndGet());
    bus.subscribe(RecordChanged.class, e -> b.incrementAndGet());

    bus.publish(changed("c-1"));
    subA.close();
    subA.close();
    bus.publish(changed("c-2"));

    assertThat(a).hasValue(1);
    assertThat(b).hasValue(2);
    assertThat(bus.subscriberCount()).isEqualTo(1);
  }

  @Test
  @DisplayName("a failing subscriber does not stop the others; the first failure is rethrown with the rest suppressed")
  void failuresAreCollected() {
    InProcessEventPublisher bus = new InProcessEventPublisher();
    List<String> reached = new ArrayList<>();
    bus.subscribe(RecordChanged.class, e -> {
      reached.add("1");
      throw new IllegalStateException("first");
    });
    bus.subscribe(RecordChanged.class, e -> reached.add("2"));
    bus.subscribe(DomainEvent.class, e -> {
      reached.add("3");
      throw new IllegalArgumentException("second");
    });
    bus.subscribe(Object.class, e -> reached.add("4"));

    assertThatThrownBy(() -> bus.publish(changed("c-1")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("first")
        .satisfies(t -> assertThat(t.getSuppressed()).singleElement().isInstanceOf(IllegalArgumentException.class));
    assertThat(reached).containsExactly("1", "2", "3", "4");
  }

  @Test
  @DisplayName("subscribing and publishing from many threads loses no delivery")
  void threadSafe() throws Exception {
    InProcessEventPublisher bus = new InProcessEventPublisher();
    AtomicInteger delivered = new AtomicInteger();
    bus.subscribe(RecordChanged.class, e -> delivered.incrementAndGet());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    CountDownLatch start = new CountDownLatch(1);
    try {
      for (int t = 0; t < 4; t++) {
        pool.submit(() -> {
          start.await();
          for (int i = 0; i < 500; i++) {
            bus.publish(changed("c-" + i));
            bus.subscribe(Pinged.class, e -> {}).close();
          }
          return null;
        });
      }
      start.countDown();
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(delivered).hasValue(2000);
    assertThat(bus.subscriberCount()).isEqualTo(1);
  }

  @Test
  @DisplayName("a RecordChanged concerns the record and its related records")
  void recordChangedSubjects() {
    RecordRef contact = new RecordRef("contact", "c-1");
    RecordRef account = new RecordRef("account", "a-1");
    RecordChanged e = new RecordChanged(ACME, contact, ChangeKind.CREATED, Set.of(account), "u-1", T0);

    assertThat(e.subjects()).containsExactly(contact, account);
    assertThat(e.occurredAt()).isEqualTo(T0);
    assertThatThrownBy(() -> new RecordChanged(ACME, contact, ChangeKind.CREATED, Set.of(contact), "u-1", T0))
        .hasMessageContaining("related");
    assertThatThrownBy(() -> new RecordChanged(ACME, contact, ChangeKind.CREATED, Set.of(), " ", T0))
        .hasMessageContaining("actor");
  }
}
