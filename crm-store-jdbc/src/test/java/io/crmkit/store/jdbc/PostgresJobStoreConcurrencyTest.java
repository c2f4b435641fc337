package io.crmkit.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.TenantId;
import io.crmkit.marketing.schedule.Claim;
import io.crmkit.marketing.schedule.JobKey;
import io.crmkit.marketing.schedule.JobState;
import io.crmkit.marketing.schedule.NewJob;
import io.crmkit.marketing.schedule.RetryPolicy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The JDBC job store under real concurrency on PostgreSQL: workers on their own connections claim with
 * {@code FOR UPDATE SKIP LOCKED}, never hold one job at once, and together drain everything, also when some
 * of them crash between claim and completion.
 */
class PostgresJobStoreConcurrencyTest {
  private static final Instant START = Instant.parse("2026-06-01T08:00:00Z");
  private static final Duration LEASE = Duration.ofMinutes(2);
  private static final AtomicInteger TENANTS = new AtomicInteger();

  private DataSource app;
  private TestClock clock;
  private JdbcStore store;
  private TenantId tenant;
  private JdbcJobStore jobs;

  @BeforeEach
  void setUp() {
    app = TestDatabases.postgres("crmkit_jobs");
    clock = new TestClock(START);
    store = JdbcStore.create(app, TestDatabases.config().clock(clock).build());
    tenant = TenantId.of("concurrency-" + System.nanoTime() + "-" + TENANTS.incrementAndGet());
    jobs = store.jobStore(tenant, new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(4), 2.0, 0.0));
  }

  private void enqueue(int n) {
    for (int i = 0; i < n; i++) {
      assertThat(jobs.enqueue(new NewJob(tenant, new JobKey("send|contact:" + i + "|ü"), START.plusMillis(i % 97), Map.of("i", "" + i))))
          .isTrue();
    }
  }

  /**
   * Runs {@code workers} workers that claim batches of {@code batch} and complete them until nothing is
   * claimable and {@code leftOpen} jobs (held by crashed workers) are open.
   */
  private Map<JobKey, List<String>> drain(int workers, int batch, long leftOpen) throws Exception {
    Map<JobKey, List<String>> claims = new ConcurrentHashMap<>();
    List<String> lost = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        String name = "worker-" + w;
        done.add(pool.submit(() -> {
          go.await();
          while (true) {
            List<Claim> got = jobs.claimDue(name, batch, LEASE);
            if (got.isEmpty()) {
              if (jobs.openCount() <= leftOpen) {
                return null;
              }
              Thread.sleep(2);
              continue;
            }
            for (Claim c : got) {
              claims.computeIfAbsent(c.key(), k -> Collections.synchronizedList(new ArrayList<>())).add(name + "#" + c.lease().token());
              if (!jobs.complete(c.key(), c.lease())) {
                lost.add(c.key() + " by " + name);
              }
            }
          }
        }));
      }
      go.countDown();
      for (Future<?> f : done) {
        f.get(180, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(lost).as("completions refused to the lease holder").isEmpty();
    return claims;
  }

  @Test
  @DisplayName("eight workers claiming at once never claim one job twice and drain all 600 jobs")
  void eightWorkersDrainOnce() throws Exception {
    enqueue(600);
    clock.advance(Duration.ofSeconds(1));
    Map<JobKey, List<String>> claims = drain(8, 10, 0);
    assertThat(claims).hasSize(600);
    assertThat(claims.values()).allSatisfy(c -> assertThat(c).hasSize(1));
    assertThat(claims.values().stream().map(c -> c.get(0).substring(0, c.get(0).indexOf('#'))).distinct().count())
        .as("the work was shared").isGreaterThan(1);
    assertThat(jobs.openCount()).isZero();
    assertThat(jobs.deadLetters()).isEmpty();
  }

  @Test
  @DisplayName("workers that crash holding leases: their jobs are claimed again after the lease and completed once")
  void crashedWorkersJobsAreTakenOver() throws Exception {
    enqueue(300);
    clock.advance(Duration.ofSeconds(1));
    List<Claim> crashed = new ArrayList<>();
    crashed.addAll(jobs.claimDue("doomed-1", 40, LEASE));
    crashed.addAll(jobs.claimDue("doomed-2", 35, LEASE));
    assertThat(crashed).hasSize(75);
    Map<JobKey, List<String>> first = drain(4, 8, 75);
    assertThat(first).as("the live workers took everything not leased to the crashed ones").hasSize(225);
    assertThat(jobs.openCount()).isEqualTo(75);
    clock.advance(LEASE);
    Map<JobKey, List<String>> second = drain(4, 8, 0);
    assertThat(second.keySet()).containsExactlyInAnyOrderElementsOf(crashed.stream().map(Claim::key).toList());
    for (Claim c : crashed) {
      assertThat(jobs.complete(c.key(), c.lease())).as("the crashed worker's late completion of %s", c.key()).isFalse();
      assertThat(jobs.find(c.key()).orElseThrow().attempts()).isEqualTo(2);
      assertThat(jobs.find(c.key()).orElseThrow().state()).isEqualTo(JobState.COMPLETED);
    }
    assertThat(jobs.openCount()).isZero();
  }

  @Test
  @DisplayName("SKIP LOCKED: a claim whose transaction is still open does not block another; its rollback returns the jobs")
  void skipLockedDoesNotWait() throws Exception {
    enqueue(20);
    clock.advance(Duration.ofSeconds(1));
    CountDownLatch claimed = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService holder = Executors.newSingleThreadExecutor();
    try {
      Future<List<Claim>> held = holder.submit(() -> store.forTenant(tenant).transactions().inTransaction(() -> {
        List<Claim> mine = jobs.claimDue("holder", 5, LEASE);
        claimed.countDown();
        try {
          release.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("the holder gives up: its claims roll back");
      }));
      assertThat(claimed.await(60, TimeUnit.SECONDS)).isTrue();
      long t0 = System.nanoTime();
      List<Claim> others = jobs.claimDue("other", 100, LEASE);
      long waitedMillis = (System.nanoTime() - t0) / 1_000_000;
      assertThat(others).as("the other worker took the 15 unlocked jobs").hasSize(15);
      assertThat(waitedMillis).as("without waiting for the holder's transaction").isLessThan(30_000);
      release.countDown();
      assertThat(org.assertj.core.api.Assertions.catchThrowable(held::get)).hasRootCauseInstanceOf(IllegalStateException.class);
    } finally {
      release.countDown();
      holder.shutdownNow();
    }
    List<Claim> returned = jobs.claimDue("third", 100, LEASE);
    assertThat(returned).as("the rolled-back claims are claimable again, as first attempts").hasSize(5).allSatisfy(c -> assertThat(c.attempt()).isEqualTo(1));
  }

  @Test
  @DisplayName("row-level security: the application role without the tenant setting sees no job rows")
  void rowLevelSecurity() throws Exception {
    enqueue(3);
    try (Connection c = app.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM crm_jobs"); ResultSet rs = ps.executeQuery()) {
        rs.next();
        assertThat(rs.getLong(1)).isZero();
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT set_config('crmkit.tenant', ?, true)")) {
        ps.setString(1, tenant.value());
        ps.executeQuery().close();
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM crm_jobs"); ResultSet rs = ps.executeQuery()) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(3);
      }
      c.rollback();
    }
  }
}
