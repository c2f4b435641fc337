package io.crmkit.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The same default engine on organisation records from several source systems (where Duke falls to ~0.80). */
class OrganisationAccuracyTest {

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  @DisplayName("organisation records with typos, suffix and format variants reach pairwise F1 >= 0.90")
  void f1OnOrganisations(long seed) {
    List<MatchRecord> records = OrganisationRecords.generate(800, seed);
    DedupeResult result = Deduplicator.of(OrganisationRecords.SCHEMA).run(records);
    double[] s = OrganisationRecords.score(result.clusterIds());
    System.out.printf(Locale.ROOT, "organisations seed %d: %d records, P %.4f R %.4f F1 %.4f, threshold %.3f%n",
        seed, records.size(), s[0], s[1], s[2], result.threshold());
    assertThat(s[3]).as("the generator makes duplicates").isGreaterThan(1000);
    assertThat(s[2]).as("pairwise F1").isGreaterThanOrEqualTo(0.90);
  }
}
