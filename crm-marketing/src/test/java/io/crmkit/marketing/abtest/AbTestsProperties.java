package io.crmkit.marketing.abtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.TenantId;
import io.crmkit.marketing.template.TemplateId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class AbTestsProperties {
  @Property(tries = 100)
  void assignmentIsDeterministicAndFollowsTheWeights(@ForAll @Size(min = 2, max = 4) List<@IntRange(min = 1, max = 9) Integer> weights,
      @ForAll @AlphaChars @StringLength(min = 1, max = 12) String testName) {
    List<Variant> variants = new ArrayList<>();
    for (int i = 0; i < weights.size(); i++) {
      variants.add(Variant.of("v" + i, weights.get(i), new TemplateId("t" + i)));
    }
    AbTest test = new AbTest(new AbTestId(testName), TenantId.of("acme"), 0, variants, AbMetric.CLICK_RATE, 0.95, 100, 1.0);
    AbOutcome none = AbTests.decide(test, List.of());
    int n = 2000;
    int[] counts = new int[weights.size()];
    for (int i = 0; i < n; i++) {
      AbAssignment a = AbTests.assign(test, "c-" + i, none);
      assertThat(AbTests.assign(test, "c-" + i, none)).isEqualTo(a);
      counts[Integer.parseInt(a.variant().orElseThrow().key().substring(1))]++;
    }
    int total = weights.stream().mapToInt(Integer::intValue).sum();
    for (int i = 0; i < counts.length; i++) {
      double p = (double) weights.get(i) / total;
      assertThat((double) counts[i] / n).isCloseTo(p, org.assertj.core.data.Offset.offset(5 * Math.sqrt(p * (1 - p) / n)));
    }
  }

  @Property(tries = 150)
  void aWinnerIsAlwaysTheLeaderWithEnoughSample(@ForAll @IntRange(min = 0, max = 3000) int sentA, @ForAll @IntRange(min = 0, max = 3000) int sentB,
      @ForAll @IntRange(min = 0, max = 100) int pctA, @ForAll @IntRange(min = 0, max = 100) int pctB) {
    AbTest test = new AbTest(new AbTestId("t"), TenantId.of("acme"), 0,
        List.of(Variant.of("a", 1, new TemplateId("a")), Variant.of("b", 1, new TemplateId("b"))), AbMetric.CONVERSION, 0.95, 300, 0.5);
    VariantStats a = new VariantStats("a", sentA, sentA * pctA / 100);
    VariantStats b = new VariantStats("b", sentB, sentB * pctB / 100);
    AbOutcome o = AbTests.decide(test, List.of(a, b));
    o.winner().ifPresent(w -> {
      assertThat(Math.min(sentA, sentB)).isGreaterThanOrEqualTo(300);
      VariantStats won = w.key().equals("a") ? a : b;
      VariantStats lost = w.key().equals("a") ? b : a;
      assertThat(won.rate()).isGreaterThan(lost.rate());
      assertThat(o.comparisons().get(0).pValue()).isLessThan(0.05);
    });
    if (o.winner().isEmpty()) {
      assertThat(o.explanation()).startsWith("no winner yet because");
    }
  }
}
