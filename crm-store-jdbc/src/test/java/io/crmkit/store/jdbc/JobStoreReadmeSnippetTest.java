package io.crmkit.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.TenantId;
import io.crmkit.marketing.schedule.Claim;
import io.crmkit.marketing.schedule.JobKey;
import io.crmkit.marketing.schedule.JobState;
import io.crmkit.marketing.schedule.JobStore;
import io.crmkit.marketing.schedule.NewJob;
import io.crmkit.marketing.schedule.RetryPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The job-store snippet of the module's README.md, compiled and run (on an in-memory H2 database); the test
 * also checks that the README shows exactly these lines.
 */
class JobStoreReadmeSnippetTest {
  @Test
  void readmeSnippet() throws IOException {
    Instant nominal = Instant.parse("2026-01-05T09:00:00Z");
    List<JobKey> delivered = new ArrayList<>();
    JobStore kept;
    // --- README snippet begins
    try (JdbcStore store = JdbcStore.pooled("jdbc:h2:mem:jobs-readme;DB_CLOSE_DELAY=-1", "sa", "")) {
      TenantId acme = TenantId.of("acme");
      JobStore jobs = store.jobStore(acme, RetryPolicy.ofDefaults());
      jobs.enqueue(new NewJob(acme, JobKey.of("welcome-1", "contact:42", nominal), nominal, Map.of("channel", "email")));
      for (Claim c : jobs.claimDue("worker-1", 100, Duration.ofMinutes(5))) {
        delivered.add(c.key()); // the host's channel delivers c.job(), deduplicating on c.key()
        jobs.complete(c.key(), c.lease());
      }
      // --- README snippet ends
      assertThat(jobs.find(JobKey.of("welcome-1", "contact:42", nominal)).orElseThrow().state()).isEqualTo(JobState.COMPLETED);
      kept = jobs;
    }
    assertThat(delivered).containsExactly(JobKey.of("welcome-1", "contact:42", nominal));
    assertThat(kept.toString()).contains("H2");

    String source = Files.readString(Path.of("src/test/java/io/crmkit/store/jdbc/JobStoreReadmeSnippetTest.java"), StandardCharsets.UTF_8);
    String snippet = source.substring(source.indexOf("README snippet begins") + 22, source.indexOf("      // --- README snippet ends"));
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    for (String line : snippet.strip().split("\n")) {
      assertThat(readme).as("README.md shows the snippet line").contains(line.strip());
    }
  }
}
