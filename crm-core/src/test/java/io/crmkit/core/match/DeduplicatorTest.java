package io.crmkit.core.match;

import static io.crmkit.core.match.People.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.NotFoundException;
import io.crmkit.core.ValidationException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DeduplicatorTest {
  static List<MatchRecord> records;
  static DedupeResult result;

  @BeforeAll
  static void run() {
    records = new ArrayList<>(People.base(300));
    // duplicates of p3 (nickname, typo, formatted phone, gmail dots) and of p10 (swapped day/month)
    MatchRecord p3 = records.get(3);
    records.add(person("d3a", "Teddy", p3.value("last").orElseThrow().toUpperCase(), "", "(415) "
        + p3.value("phone").orElseThrow().substring(7), "", p3.value("born").orElseThrow()));
    records.add(person("d3b", p3.value("first").orElseThrow(), p3.value("last").orElseThrow() + "s",
        p3.value("email").orElseThrow(), "", p3.value("city").orElseThrow(), ""));
    MatchRecord p10 = records.get(10);
    String born = p10.value("born").orElseThrow();
    records.add(person("d10", p10.value("first").orElseThrow(), p10.value("last").orElseThrow(), "",
        p10.value("phone").orElseThrow(), p10.value("city").orElseThrow(),
        born.substring(8, 10) + "/" + born.substring(5, 7) + "/" + born.substring(0, 4)));
    MatchRecord p20 = records.get(20);
    records.add(person("d20", p20.value("last").orElseThrow(), p20.value("first").orElseThrow(), "",
        p20.value("phone").orElseThrow(), p20.value("city").orElseThrow(), p20.value("born").orElseThrow()));
    result = Deduplicator.of(People.SCHEMA).run(records);
  }

  @Test
  @DisplayName("duplicates land in the cluster of their original, and nothing else is merged")
  void findsTheDuplicates() {
    assertThat(result.clusterOf("d3b")).isEqualTo(result.clusterOf("p3"));
    assertThat(result.clusterOf("d10")).isEqualTo(result.clusterOf("p10"));
    assertThat(result.clusterOf("d20")).as("given and family name swapped").isEqualTo(result.clusterOf("p20"));
    assertThat(result.clusterOf("p4")).isNotEqualTo(result.clusterOf("p3"));
    assertThat(result.duplicateClusters()).allSatisfy(c -> assertThat(c.size()).isBetween(2, 4));
    assertThat(result.clusterIds()).hasSize(records.size());
    assertThat(result.clusterOf("p10")).isEqualTo("d10"); // the smallest id of the cluster names it
  }

  @Test
  @DisplayName("every score explains itself field by field, and the waterfall adds up")
  void explanationsAddUp() {
    MatchExplanation e = result.explain("p3", "d3b");
    double sum = e.priorWeight() + e.fields().stream().mapToDouble(FieldContribution::weight).sum();
    assertThat(e.weight()).isCloseTo(sum, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(e.probability()).isEqualTo(MatchModel.probability(e.weight()));
    assertThat(e.field("email").orElseThrow().level()).isEqualTo("exact");
    MatchExplanation nickname = result.explain("p3", "d3a");
    FieldContribution last = nickname.field("last").orElseThrow();
    assertThat(last.rightInput()).as("the value as given").isEqualTo(last.leftInput().toUpperCase(java.util.Locale.ROOT));
    assertThat(last.right()).as("the value as compared").isEqualTo(last.left());
    assertThat(nickname.field("first").orElseThrow().rightInput()).isEqualTo("Teddy");
    assertThat(nickname.waterfall()).contains("'Teddy'");
    assertThat(e.field("phone").orElseThrow().missing()).isTrue();
    assertThat(e.field("phone").orElseThrow().weight()).isZero();
    assertThat(e.waterfall()).contains("p3 ~ d3b").contains("email").contains("exact").contains("match probability");
    assertThat(result.explain("d10", "p10").field("born").orElseThrow().level()).isIn("exact", "day and month swapped");
    assertThat(result.score("p1", "p2").probability()).isLessThan(0.01);
    assertThat(result.explain("p20", "d20").field("first").orElseThrow().level()).contains("swapped");
  }

  @Test
  @DisplayName("the report counts pairs per blocking key and the model and curve are exposed")
  void reportAndModel() {
    BlockingReport r = result.blocking();
    assertThat(r.pairsPerKey()).containsKeys("exact email", "exact phone", "phonetic last + initial", "exact born + initial");
    assertThat(r.candidatePairs()).isPositive().isLessThan(r.allPairs());
    assertThat(r.newPairsPerKey().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(r.candidatePairs());
    assertThat(r.summary()).contains("candidate pairs");
    assertThat(result.model().lambda()).isBetween(0.0, 1.0);
    assertThat(result.model().describe()).contains("email (email)");
    assertThat(result.curve().points()).isNotEmpty();
    assertThat(result.threshold()).isEqualTo(result.curve().best().threshold());
  }

  @Test
  void oversizedBlocksAreSkippedAndReportedButIdentifierKeysAreNot() {
    DedupeResult capped = Deduplicator.builder(People.SCHEMA).maxBlockSize(2).build().run(records);
    BlockingReport r = capped.blocking();
    assertThat(r.oversizedBlocksPerKey().values().stream().mapToInt(Integer::intValue).sum()).isPositive();
    assertThat(r.oversizedBlocksPerKey().get("exact phone")).isZero();
    assertThat(capped.clusterOf("d10")).as("found through the exact phone").isEqualTo(capped.clusterOf("p10"));
  }

  @Test
  void theCurveTradesPrecisionForRecall() {
    PrecisionRecallCurve curve = PrecisionRecallCurve.of(new double[] {0.99, 0.98, 0.9, 0.6, 0.3, 0.05, 0.01});
    List<PrecisionRecallCurve.Point> points = curve.points();
    for (int i = 1; i < points.size(); i++) {
      assertThat(points.get(i).recall()).isLessThanOrEqualTo(points.get(i - 1).recall());
      assertThat(points.get(i).pairs()).isLessThanOrEqualTo(points.get(i - 1).pairs());
    }
    // at 0.5 four pairs are called matches; their probabilities sum to 3.47 of 3.83 expected matches
    PrecisionRecallCurve.Point half = points.get(49);
    assertThat(half.threshold()).isEqualTo(0.5);
    assertThat(half.pairs()).isEqualTo(4);
    assertThat(half.precision()).isCloseTo(3.47 / 4, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(half.recall()).isCloseTo(3.47 / 3.83, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(curve.best().f1()).isEqualTo(points.stream().mapToDouble(PrecisionRecallCurve.Point::f1).max().orElseThrow());
    assertThat(curve.table()).contains("threshold");
  }

  @Test
  void aGivenThresholdIsUsed() {
    DedupeResult strict = Deduplicator.builder(People.SCHEMA).threshold(0.999999).build().run(records);
    assertThat(strict.threshold()).isEqualTo(0.999999);
    assertThatThrownBy(() -> Deduplicator.builder(People.SCHEMA).threshold(1.5))
        .isInstanceOf(ValidationException.class).hasMessageContaining("threshold");
  }

  @Test
  void badInputIsRefusedWithAClearMessage() {
    List<MatchRecord> twice = List.of(records.get(0), records.get(0));
    assertThatThrownBy(() -> Deduplicator.of(People.SCHEMA).run(twice))
        .isInstanceOf(ValidationException.class).hasMessageContaining("p0").hasMessageContaining("twice");
    assertThatThrownBy(() -> result.explain("p1", "nobody")).isInstanceOf(NotFoundException.class);
  }

  @Test
  @DisplayName("on all cores or on one, the same clusters, threshold and model")
  void parallelAndSequentialAgree() {
    DedupeResult sequential = Deduplicator.builder(People.SCHEMA).parallel(false).build().run(records);
    assertThat(sequential.clusterIds()).isEqualTo(result.clusterIds());
    assertThat(sequential.threshold()).isEqualTo(result.threshold());
    assertThat(sequential.model().lambda()).isEqualTo(result.model().lambda());
  }

  @Test
  @DisplayName("the chosen threshold never falls below even odds")
  void chosenThresholdHasAFloor() {
    assertThat(result.threshold()).isGreaterThanOrEqualTo(Deduplicator.MIN_CHOSEN_THRESHOLD);
  }

  @Test
  @DisplayName("mailboxes that differ in their digits are namesakes, not a similar mailbox")
  void mailboxDigitsMustAgree() {
    assertThat(Comparison.sameDigits("john.smith1984", "johnsmith1984")).isTrue();
    assertThat(Comparison.sameDigits("john.smith1984", "john.smith1990")).isFalse();
    assertThat(Comparison.sameDigits("john.smith", "jon.smith")).isTrue();
    assertThat(Comparison.sameDigits("john.smith", "john.smith7")).isFalse();
    MatchExplanation namesakes = Deduplicator.of(People.SCHEMA).run(List.of(
        person("a", "John", "Smith", "john.smith1984@example.com", "", "Boston", ""),
        person("b", "John", "Smith", "john.smith1990@example.com", "", "Boston", "")))
        .explain("a", "b");
    assertThat(namesakes.field("email").orElseThrow().level()).isEqualTo("different");
  }
}
