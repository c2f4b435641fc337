package io.crmkit.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The same default engine on restaurant-guide records, the other data set where Duke falls to F1 ~0.80. */
class RestaurantAccuracyTest {

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2})
  @DisplayName("two restaurant guides' listings (name, address, city, phone and cuisine conventions differ) reach pairwise F1 >= 0.90")
  void f1OnRestaurantGuides(long seed) {
    List<MatchRecord> records = RestaurantGuides.generate(600, seed);
    DedupeResult result = Deduplicator.of(RestaurantGuides.SCHEMA).run(records);
    double[] s = OrganisationRecords.score(result.clusterIds());
    System.out.printf(Locale.ROOT, "restaurants seed %d: %d records, %.0f true pairs, P %.4f R %.4f F1 %.4f, threshold %.3f%n",
        seed, records.size(), s[3], s[0], s[1], s[2], result.threshold());
    assertThat(s[3]).as("the two guides share restaurants").isGreaterThan(120);
    assertThat(s[2]).as("pairwise F1").isGreaterThanOrEqualTo(0.90);
  }
}
