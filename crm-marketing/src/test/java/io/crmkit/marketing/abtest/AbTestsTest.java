package io.crmkit.marketing.abtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.TenantId;
import io.crmkit.marketing.template.TemplateId;
import java.util.List;
import org.junit.jupiter.api.Test;

class AbTestsTest {
  final AbTest test = new AbTest(new AbTestId("subject"), TenantId.of("acme"), 0,
      List.of(Variant.of("a", 1, new TemplateId("t-a")), Variant.of("b", 1, new TemplateId("t-b"))),
      AbMetric.OPEN_RATE, 0.95, 500, 0.2);

  @Test
  void normalCdfMatchesTheTables() {
    assertThat(AbTests.phi(1.96)).isCloseTo(0.9750021, within(1e-6));
    assertThat(AbTests.phi(0)).isCloseTo(0.5, within(1e-7));
    assertThat(AbTests.phi(-2.575829)).isCloseTo(0.005, within(1e-6));
  }

  @Test
  void aSignificantLeadWithEnoughSampleWins() {
    // 12.0% vs 9.0% on 1000 each: pooled p = 0.105, z = 0.03 / sqrt(0.105 * 0.895 * 0.002) = 2.188, p = 0.0287
    AbOutcome o = AbTests.decide(test, List.of(new VariantStats("a", 1000, 120), new VariantStats("b", 1000, 90)));
    assertThat(o.comparisons()).singleElement().satisfies(c -> {
      assertThat(c.z()).isCloseTo(2.188, within(1e-3));
      assertThat(c.pValue()).isCloseTo(0.0287, within(1e-4));
    });
    assertThat(o.winner()).map(Variant::key).contains("a");
    assertThat(o.explanation()).startsWith("'a' wins on open rate (0.1200)");
    assertThat(AbTests.assign(test, "anyone-outside", o).variant()).isPresent();
  }

  @Test
  void noWinnerBelowTheMinimumSampleOrWithoutSignificance() {
    assertThat(AbTests.decide(test, List.of(new VariantStats("a", 400, 200), new VariantStats("b", 1000, 90))).explanation())
        .isEqualTo("no winner yet because variant 'a' has sent 400 of the 500 messages needed");
    AbOutcome close = AbTests.decide(test, List.of(new VariantStats("a", 1000, 100), new VariantStats("b", 1000, 95)));
    assertThat(close.winner()).isEmpty();
    assertThat(close.explanation()).contains("is not significantly ahead of 'b'");
  }

  @Test
  void theRestWaitUntilThereIsAWinner() {
    AbOutcome none = AbTests.decide(test, List.of());
    long waiting = 0;
    for (int i = 0; i < 1000; i++) {
      AbAssignment a = AbTests.assign(test, "c-" + i, none);
      if (!a.inTest()) {
        assertThat(a.variant()).isEmpty();
        assertThat(a.reason()).startsWith("among the rest: waits, no winner yet");
        waiting++;
      }
    }
    assertThat(waiting).isBetween(740L, 860L);
  }
}
