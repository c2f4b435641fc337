package io.crmkit.core.store.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.ConcurrencyConflictException;
import io.crmkit.core.TenantId;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InMemoryStoreConcurrencyTest {
  private static final TenantId ACME = TenantId.of("acme");

  private final InMemoryStore store = InMemoryStore.create();
  private final TenantStore acme = store.forTenant(ACME);
  private final Repository<Card, Card.CardId> cards = acme.repository(Card.TYPE);
  private final ExecutorService pool = Executors.newFixedThreadPool(8);

  @AfterEach
  void stop() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void incrementsWithRetryOnConflictLoseNoUpdate() throws Exception {
    Card counter = cards.insert(Card.of(ACME, "counter", "c@x.org", null));
    int threads = 8;
    int perThread = 250;
    AtomicInteger conflicts = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      done.add(
          pool.submit(
              () -> {
                start.await();
                for (int i = 0; i < perThread; i++) {
                  while (true) {
                    Card current = cards.get(counter.id());
                    try {
                      cards.update(current.withCounter(current.counter() + 1));
                      break;
                    } catch (ConcurrencyConflictException e) {
                      conflicts.incrementAndGet();
                    }
                  }
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> f : done) {
      f.get(30, TimeUnit.SECONDS);
    }
    Card last = cards.get(counter.id());
    assertThat(last.counter()).isEqualTo(threads * perThread);
    assertThat(last.version()).isEqualTo(1 + threads * perThread);
  }

  @Test
  void readersNeverSeeHalfATransaction() throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    Future<?> writer =
        pool.submit(
            () -> {
              start.await();
              for (int i = 0; i < 300; i++) {
                int n = i;
                acme.transactions()
                    .run(
                        () -> {
                          cards.insert(Card.of(ACME, "a" + n, "pair" + n, null, "pair"));
                          cards.insert(Card.of(ACME, "b" + n, "pair" + n, null, "pair"));
                        });
              }
              return null;
            });
    Future<Integer> reader =
        pool.submit(
            () -> {
              start.await();
              int oddSeen = 0;
              for (int i = 0; i < 2000; i++) {
                if (cards.count(Criteria.eq(Card.TAGS, "pair")) % 2 != 0) {
                  oddSeen++;
                }
              }
              return oddSeen;
            });
    start.countDown();
    writer.get(30, TimeUnit.SECONDS);
    assertThat(reader.get(30, TimeUnit.SECONDS)).isZero();
    assertThat(cards.count(Criteria.all())).isEqualTo(600);
  }
}
