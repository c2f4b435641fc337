package io.crmkit.marketing.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InMemoryJobStoreConcurrencyTest {
  @Test
  void concurrent_workers_never_hold_or_complete_one_job_twice() throws Exception {
    TenantId tenant = TenantId.of("acme");
    Instant now = Instant.parse("2026-03-02T08:00:00Z");
    InMemoryJobStore store = new InMemoryJobStore(tenant, Clock.fixed(now, ZoneOffset.UTC), RetryPolicy.ofDefaults(), new SplittableRandom(3));
    int jobs = 20_000;
    for (int i = 0; i < jobs; i++) {
      store.enqueue(new NewJob(tenant, JobKey.of("s", "contact:" + i, now), now.minusMillis(i), Map.of()));
    }
    Map<JobKey, AtomicInteger> claimedBy = new ConcurrentHashMap<>();
    AtomicInteger completed = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> workers = new java.util.ArrayList<>();
      for (int w = 0; w < 4; w++) {
        String worker = "w" + w;
        workers.add(pool.submit(() -> {
          start.await();
          List<Claim> claims;
          while (!(claims = store.claimDue(worker, 7, Duration.ofMinutes(5))).isEmpty()) {
            for (Claim c : claims) {
              claimedBy.computeIfAbsent(c.key(), k -> new AtomicInteger()).incrementAndGet();
              if (store.complete(c.key(), c.lease())) {
                completed.incrementAndGet();
              }
            }
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : workers) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(completed).hasValue(jobs);
    assertThat(claimedBy).hasSize(jobs);
    assertThat(claimedBy.values()).allMatch(n -> n.get() == 1);
    assertThat(store.openCount()).isZero();
  }
}
