package io.crmkit.benchmarks.jdbc;

import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactFields;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.FieldRef;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Segment-style criteria queries over 1,000,000 contacts, in the in-memory store and in the JDBC store on
 * PostgreSQL ({@code @Param store}), each answered from an index:
 * <ul>
 *   <li>{@code ownerInMonth}: owner = u-7 and updatedAt in a 30-day window (both indexed fields; about
 *       860 contacts), counted;
 *   <li>{@code tierDiamond}: the custom field {@code tier} = diamond (100 contacts), fetched — on PostgreSQL
 *       from the materialised custom-field rows and the text index, in memory by a scan (custom fields
 *       have no index there);
 *   <li>{@code goldOfOwner}: tier = gold and owner = u-7 (about 5,000 contacts), counted.
 * </ul>
 *
 * <p>{@code java -Xmx8g -jar crm-benchmarks/target/benchmarks.jar JdbcSegmentBenchmark}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class JdbcSegmentBenchmark {
  static final FieldRef<String> TIER = FieldRef.text("custom.tier");
  /** The sample's createdAt = updatedAt start at 2020-01-01 and step by a minute: this window is days 200–230. */
  static final Instant FROM = Instant.parse("2020-01-01T00:00:00Z").plus(Duration.ofDays(200));
  static final Instant TO = FROM.plus(Duration.ofDays(30));

  @Benchmark
  public long ownerInMonth(StoredContacts data) {
    return data.repository.count(Criteria.and(
        Criteria.eq(ContactFields.OWNER, "user:u-7"), Criteria.between(ContactFields.UPDATED_AT, FROM, TO)));
  }

  @Benchmark
  public List<Contact> tierDiamond(StoredContacts data) {
    return data.repository.query(Criteria.eq(TIER, "diamond"));
  }

  @Benchmark
  public long goldOfOwner(StoredContacts data) {
    return data.repository.count(Criteria.and(Criteria.eq(TIER, "gold"), Criteria.eq(ContactFields.OWNER, "user:u-7")));
  }
}
