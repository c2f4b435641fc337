package io.crmkit.analytics.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionTest {
  static final double EPS = 1e-12;

  @Test
  void twoChannelCaseSolvedOnPaper() {
    // a > b converts once; b alone fails once.
    // start→a 1/2, start→b 1/2, a→b 1, b→conversion 1/2, b→null 1/2, so P(conversion) = 1/2.
    // Without a: start→a goes to null, P = 1/2 · 1/2 = 1/4, removal effect 1 − (1/4)/(1/2) = 1/2.
    // Without b: nothing converts, removal effect 1. Credits ∝ (1/2, 1): a gets 1/3, b gets 2/3.
    AttributionReport r = Attribution.of(List.of(
        ConversionPath.parse("a > b", 1, 90, 0),
        ConversionPath.parse("b", 0, 0, 1)));
    assertThat(r.conversionProbability()).isCloseTo(0.5, within(EPS));
    ChannelCredit a = r.channels().get("a");
    ChannelCredit b = r.channels().get("b");
    assertThat(a.removalEffect()).isCloseTo(0.5, within(EPS));
    assertThat(b.removalEffect()).isCloseTo(1.0, within(EPS));
    assertThat(a.markov()).isCloseTo(1.0 / 3, within(EPS));
    assertThat(b.markov()).isCloseTo(2.0 / 3, within(EPS));
    assertThat(a.markovValue()).isCloseTo(30, within(1e-9));
    assertThat(b.markovValue()).isCloseTo(60, within(1e-9));
    assertThat(a.firstTouch()).isEqualTo(1);
    assertThat(b.firstTouch()).isZero();
    assertThat(b.lastTouch()).isEqualTo(1);
    assertThat(a.linear()).isEqualTo(0.5);
    assertThat(a.positionBased()).isEqualTo(0.5);
  }

  @Test
  void loopsAreSolvedExactlyNotSimulated() {
    // a > a converts; a fails. start→a 1; a→a 1/3, a→conversion 1/3, a→null 1/3.
    // x = 1/3 x + 1/3 gives x = 1/2.
    AttributionReport r = Attribution.of(List.of(
        ConversionPath.parse("a > a", 1, 0, 0),
        ConversionPath.parse("a", 0, 0, 1)));
    assertThat(r.conversionProbability()).isCloseTo(0.5, within(EPS));
    assertThat(r.channels().get("a").removalEffect()).isCloseTo(1, within(EPS));
    assertThat(r.channels().get("a").markov()).isCloseTo(1, within(EPS));
    assertThat(r.channels().get("a").linear()).isCloseTo(1, within(EPS));
  }

  @Test
  void threeChannelChainWorkedByHand() {
    // a > b > c: 2 conversions, 2 nulls; a > c: 1 conversion, 3 nulls.
    // start→a 1; a→b 1/2, a→c 1/2; b→c 1; c→conversion 3/8, c→null 5/8. P = 3/8.
    // Without b: a→b goes to null, P = 1/2 · 3/8 = 3/16 → removal 1/2. Without a or c: P = 0 → removal 1.
    AttributionReport r = Attribution.of(List.of(
        ConversionPath.parse("a > b > c", 2, 20, 2),
        ConversionPath.parse("a > c", 1, 10, 3)));
    assertThat(r.conversionProbability()).isCloseTo(3.0 / 8, within(EPS));
    assertThat(r.channels().get("b").removalEffect()).isCloseTo(0.5, within(EPS));
    assertThat(r.channels().get("a").markov()).isCloseTo(3 * 1 / 2.5, within(EPS));
    assertThat(r.channels().get("b").markov()).isCloseTo(3 * 0.5 / 2.5, within(EPS));
    // position-based on a > b > c: 40/20/40 of 2 conversions; on a > c: 50/50 of 1
    assertThat(r.channels().get("b").positionBased()).isCloseTo(0.4, within(EPS));
    assertThat(r.channels().get("a").positionBased()).isCloseTo(0.8 + 0.5, within(EPS));
  }

  @Test
  void timeDecayHalvesTheWeightEveryHalfLife() {
    AttributionReport r = Attribution.withHalfLife(1).attribute(List.of(ConversionPath.parse("a > b", 3, 0, 0)));
    // weights 1/2 and 1: a gets 1/3 of 3 conversions, b 2/3
    assertThat(r.channels().get("a").timeDecay()).isCloseTo(1, within(EPS));
    assertThat(r.channels().get("b").timeDecay()).isCloseTo(2, within(EPS));
  }

  @Test
  void withoutConversionsNothingIsCredited() {
    AttributionReport r = Attribution.of(List.of(ConversionPath.parse("a > b", 0, 0, 4)));
    assertThat(r.conversionProbability()).isZero();
    assertThat(r.channels().values()).allSatisfy(c -> {
      assertThat(c.markov()).isZero();
      assertThat(c.removalEffect()).isZero();
    });
  }

  @Test
  void badPathsAreRefusedWithTheReason() {
    assertThatThrownBy(() -> ConversionPath.parse("a > > b", 1, 0, 0))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("channel 2 of 'a > > b' is empty");
    assertThatThrownBy(() -> ConversionPath.parse("a", -1, 0, 0))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("conversions");
    assertThatThrownBy(() -> Attribution.withHalfLife(0)).isInstanceOf(ValidationException.class);
  }
}
