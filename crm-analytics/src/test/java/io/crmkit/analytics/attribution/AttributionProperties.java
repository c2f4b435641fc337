package io.crmkit.analytics.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AttributionProperties {
  @Provide
  Arbitrary<List<ConversionPath>> paths() {
    Arbitrary<List<String>> channels = Arbitraries.of("a", "b", "c", "d", "e").list().ofMinSize(1).ofMaxSize(5);
    Arbitrary<ConversionPath> path = Combinators.combine(
            channels,
            Arbitraries.integers().between(0, 20),
            Arbitraries.doubles().between(0, 1000).ofScale(2),
            Arbitraries.integers().between(0, 20))
        .as((c, conv, value, nulls) -> new ConversionPath(c, conv, conv == 0 ? 0 : value, nulls));
    return path.list().ofMinSize(1).ofMaxSize(12);
  }

  @Property(tries = 200)
  void everyModelCreditsExactlyTheTotalConversions(@ForAll("paths") List<ConversionPath> paths) {
    AttributionReport r = Attribution.of(paths);
    double total = paths.stream().mapToDouble(ConversionPath::conversions).sum();
    double tol = 1e-9 * Math.max(1, total);
    List<ChannelCredit> cs = new ArrayList<>(r.channels().values());
    assertThat(cs.stream().mapToDouble(ChannelCredit::firstTouch).sum()).isCloseTo(total, within(tol));
    assertThat(cs.stream().mapToDouble(ChannelCredit::lastTouch).sum()).isCloseTo(total, within(tol));
    assertThat(cs.stream().mapToDouble(ChannelCredit::linear).sum()).isCloseTo(total, within(tol));
    assertThat(cs.stream().mapToDouble(ChannelCredit::timeDecay).sum()).isCloseTo(total, within(tol));
    assertThat(cs.stream().mapToDouble(ChannelCredit::positionBased).sum()).isCloseTo(total, within(tol));
    if (r.conversionProbability() > 0) {
      assertThat(cs.stream().mapToDouble(ChannelCredit::markov).sum()).isCloseTo(total, within(tol));
      double value = paths.stream().mapToDouble(ConversionPath::conversionValue).sum();
      assertThat(cs.stream().mapToDouble(ChannelCredit::markovValue).sum())
          .isCloseTo(value, within(1e-9 * Math.max(1, value)));
    }
  }

  @Property(tries = 200)
  void aChannelInNoConvertingPathGetsNoHeuristicCredit(@ForAll("paths") List<ConversionPath> paths) {
    AttributionReport r = Attribution.of(paths);
    Set<String> converting = paths.stream()
        .filter(p -> p.conversions() > 0)
        .flatMap(p -> p.channels().stream())
        .collect(Collectors.toSet());
    for (ChannelCredit c : r.channels().values()) {
      if (!converting.contains(c.channel())) {
        assertThat(List.of(c.firstTouch(), c.lastTouch(), c.linear(), c.timeDecay(), c.positionBased()))
            .containsOnly(0.0);
      }
      assertThat(c.removalEffect()).isBetween(0.0, 1.0);
    }
  }

  /**
   * The first-order chain is memoryless, so a channel seen only in non-converting paths can still lead to a
   * converting channel (b > x > b failing, b converting elsewhere). Channels that only ever lead to other
   * such channels, here x and y on their own non-converting paths, cannot reach a conversion: no credit.
   */
  @Property(tries = 200)
  void channelsThatCannotReachAConversionGetNoMarkovCredit(
      @ForAll("paths") List<ConversionPath> paths, @ForAll("paths") List<ConversionPath> failing) {
    List<ConversionPath> all = new ArrayList<>(paths);
    failing.forEach(p -> all.add(new ConversionPath(
        p.channels().stream().map(c -> c.equals("a") || c.equals("b") ? "x" : "y").toList(), 0, 0, p.nulls())));
    AttributionReport r = Attribution.of(all);
    for (String c : List.of("x", "y")) {
      if (r.channels().containsKey(c)) {
        assertThat(r.channels().get(c).removalEffect()).isCloseTo(0, within(1e-12));
        assertThat(r.channels().get(c).markov()).isCloseTo(0, within(1e-12));
      }
    }
    assertThat(r.conversionProbability()).isBetween(0.0, 1.0);
  }

  @Property(tries = 200)
  void conversionProbabilityOfSingleTouchPathsIsTheConversionShare(@ForAll("paths") List<ConversionPath> paths) {
    // with every path cut to its first channel there are no transitions between channels, so P is the share
    List<ConversionPath> single = paths.stream()
        .map(p -> new ConversionPath(p.channels().subList(0, 1), p.conversions(), p.conversionValue(), p.nulls()))
        .toList();
    double conv = single.stream().mapToDouble(ConversionPath::conversions).sum();
    double all = single.stream().mapToDouble(ConversionPath::journeys).sum();
    AttributionReport r = Attribution.of(single);
    assertThat(r.conversionProbability()).isCloseTo(all == 0 ? 0 : conv / all, within(1e-12));
  }
}
