package io.crmkit.analytics.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.analytics.summary.Transaction;
import io.crmkit.core.ValidationException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RfmScoringTest {
  @Test
  void tenCustomersWorkedByHand() {
    // customer i (0..9): last purchase 9 − i days ago, i + 1 purchases, spend 10·(i + 1): i = 9 is best on all three
    List<RfmObservation> obs = new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) {
      obs.add(new RfmObservation("c" + i, 9 - i, i + 1, 10.0 * (i + 1)));
    }
    RfmResult result = RfmScoring.ofDefaults().score(obs);
    // 5 bins over 10 customers: two per score, 1 + ⌊5·i/10⌋
    assertThat(result.scores()).extracting(RfmScore::recency).containsExactly(1, 1, 2, 2, 3, 3, 4, 4, 5, 5);
    assertThat(result.scores()).extracting(RfmScore::code).containsExactly(
        "111", "111", "222", "222", "333", "333", "444", "444", "555", "555");
    assertThat(result.scores()).extracting(RfmScore::segment).containsExactly(
        "lost", "lost", "hibernating", "hibernating", "loyal", "loyal", "champions", "champions", "champions",
        "champions");
    assertThat(result.segmentCounts()).containsEntry("champions", 4L).containsEntry("loyal", 2L)
        .containsEntry("lost", 2L).containsEntry("at risk", 0L).containsEntry("other", 0L);
  }

  @Test
  void tiesShareTheLowestScoreTheirRankAllows() {
    List<RfmObservation> obs = List.of(new RfmObservation("a", 5, 1, 10), new RfmObservation("b", 5, 1, 10),
        new RfmObservation("c", 5, 1, 10), new RfmObservation("d", 1, 3, 50));
    RfmResult result = RfmScoring.ofDefaults().score(obs);
    assertThat(result.scores()).extracting(RfmScore::frequency).containsExactly(1, 1, 1, 4);
    assertThat(result.scores()).extracting(RfmScore::recency).containsExactly(1, 1, 1, 4);
    // order of the input does not change anyone's scores
    RfmResult reversed = RfmScoring.ofDefaults().score(List.of(obs.get(3), obs.get(2), obs.get(1), obs.get(0)));
    assertThat(reversed.scores().get(0).code()).isEqualTo(result.scores().get(3).code());
  }

  @Test
  void observationsComeFromTheLogWithSameDayPurchasesMerged() {
    LocalDate d = LocalDate.of(2024, 3, 1);
    List<Transaction> log = List.of(new Transaction("a", d, 5), new Transaction("a", d, 7),
        new Transaction("a", d.plusDays(3), 1), new Transaction("b", d.plusDays(1), 2),
        new Transaction("b", d.plusDays(20), 100));
    assertThat(RfmObservation.fromTransactions(log, d.plusDays(10))).containsExactly(
        new RfmObservation("a", 7, 2, 13), new RfmObservation("b", 9, 1, 2));
  }

  @Test
  void customBinsNeedSegmentsWrittenForThem() {
    RfmScoring three = RfmScoring.ofDefaults().withBins(3);
    assertThat(three.segments()).isEmpty();
    assertThat(three.score(List.of(new RfmObservation("a", 1, 1, 1))).scores().get(0).segment()).isEqualTo("other");
    assertThatThrownBy(() -> three.withSegments(RfmScoring.ofDefaults().segments()))
        .isInstanceOf(ValidationException.class).hasMessageContaining("only 3 bins");
  }
}
