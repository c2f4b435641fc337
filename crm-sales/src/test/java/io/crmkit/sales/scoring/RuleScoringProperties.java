package io.crmkit.sales.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.TenantId;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.FieldRef;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RuleScoringProperties {
  static final TenantId ACME = TenantId.of("acme");
  static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");
  static final List<String> TYPES = List.of("open", "click", "visit", "unsubscribe");

  @Property(tries = 150)
  void scoresAreReproducibleAsOfAnInstant(@ForAll("models") RuleScoringModel model, @ForAll("prospects") Prospect p,
      @ForAll("asOf") Instant asOf) {
    RuleScore first = RuleScorer.of(model, Prospect.EXTRACTOR).score(p, asOf);
    RuleScore again = RuleScorer.of(model, Prospect.EXTRACTOR).score(
        new Prospect(p.tenantId(), p.id(), p.fields(), new ArrayList<>(p.events())), asOf);

    assertThat(again).isEqualTo(first);
  }

  @Property(tries = 150)
  void eventsAfterTheAsOfInstantDoNotChangeTheScore(@ForAll("models") RuleScoringModel model, @ForAll("prospects") Prospect p,
      @ForAll("asOf") Instant asOf) {
    List<EngagementEvent> withFuture = new ArrayList<>(p.events());
    withFuture.add(new EngagementEvent("open", asOf.plusSeconds(1)));
    RuleScorer<Prospect> scorer = RuleScorer.of(model, Prospect.EXTRACTOR);

    assertThat(scorer.score(new Prospect(ACME, p.id(), p.fields(), withFuture), asOf).total()).isEqualTo(scorer.score(p, asOf).total());
  }

  @Property(tries = 150)
  void capsHoldAndContributionsAddUpToEachGroupsTotal(@ForAll("models") RuleScoringModel model, @ForAll("prospects") Prospect p,
      @ForAll("asOf") Instant asOf) {
    RuleScore s = RuleScorer.of(model, Prospect.EXTRACTOR).score(p, asOf);
    for (int i = 0; i < s.groups().size(); i++) {
      GroupScore g = s.groups().get(i);
      ScoreGroup def = model.groups().get(i);
      def.max().ifPresent(max -> assertThat(g.total()).isLessThanOrEqualTo(max));
      def.min().ifPresent(min -> assertThat(g.total()).isGreaterThanOrEqualTo(min));
      double sum = g.contributions().stream().mapToDouble(RuleContribution::pointsAfterCap).sum();
      assertThat(sum).isCloseTo(g.total(), within(1e-6 * (1 + Math.abs(g.total()))));
      g.contributions().forEach(c -> assertThat(Math.abs(c.pointsAfterDecay())).isLessThanOrEqualTo(Math.abs(c.pointsBeforeDecay())));
    }
    assertThat(s.total()).isCloseTo(s.groups().stream().mapToDouble(GroupScore::total).sum(), within(1e-9));
  }

  @Property(tries = 200)
  void decayNeverGrowsWithAge(@ForAll("decays") DecayPolicy decay, @ForAll("asOf") Instant asOf,
      @ForAll("ages") long youngerSeconds, @ForAll("ages") long extraSeconds) {
    Instant younger = asOf.minusSeconds(youngerSeconds);
    Instant older = younger.minusSeconds(extraSeconds);
    double fYoung = decay.factor(younger, asOf);
    double fOld = decay.factor(older, asOf);

    assertThat(fOld).isLessThanOrEqualTo(fYoung);
    assertThat(fYoung).isBetween(0.0, 1.0);
    assertThat(decay.factor(asOf, asOf)).isEqualTo(1.0);
  }

  @Provide
  Arbitrary<Long> ages() {
    return Arbitraries.longs().between(0, 3L * 365 * 86_400);
  }

  @Provide
  Arbitrary<Instant> asOf() {
    return Arbitraries.longs().between(0, 2L * 365 * 86_400).map(EPOCH::plusSeconds);
  }

  @Provide
  Arbitrary<DecayPolicy> decays() {
    Arbitrary<DecayPolicy> halfLife = Arbitraries.longs().between(1, 400 * 86_400L).map(s -> DecayPolicy.halfLife(Duration.ofSeconds(s)));
    Arbitrary<DecayPolicy> stepwise = Arbitraries.integers().between(1, 24).set().ofMinSize(1).ofMaxSize(4).flatMap(months ->
        Arbitraries.doubles().between(0, 1).list().ofSize(months.size()).map(factors -> {
          List<Integer> ms = months.stream().sorted().toList();
          List<Double> fs = factors.stream().sorted(java.util.Comparator.reverseOrder()).toList();
          List<DecayPolicy.Step> steps = new ArrayList<>();
          for (int i = 0; i < ms.size(); i++) {
            steps.add(DecayPolicy.Step.afterMonths(ms.get(i), fs.get(i)));
          }
          return (DecayPolicy) new DecayPolicy.Stepwise(steps);
        }));
    return Arbitraries.oneOf(Arbitraries.just(DecayPolicy.none()), halfLife, stepwise);
  }

  @Provide
  Arbitrary<RuleScoringModel> models() {
    Arbitrary<Double> points = Arbitraries.integers().between(-50, 50).filter(i -> i != 0).map(Integer::doubleValue);
    Arbitrary<List<ScoringRule>> fitRules = points.list().ofSize(4).map(ps -> List.of(
        ScoringRule.fit("de", Criteria.eq(FieldRef.text("country"), "DE"), ps.get(0)),
        ScoringRule.fit("big", Criteria.atLeast(FieldRef.number("employees"), 500L), ps.get(1)),
        ScoringRule.fit("tagged", Criteria.in(FieldRef.text("tag"), "vip", "partner"), ps.get(2)),
        ScoringRule.fit("no-phone", Criteria.isNull(FieldRef.text("phone")), ps.get(3))));
    Arbitrary<List<ScoringRule>> engagementRules = points.list().ofSize(3).map(ps -> List.of(
        ScoringRule.engagement("opened", Set.of("open"), ps.get(0)),
        ScoringRule.engagement("clicked", Set.of("click", "visit"), ps.get(1)),
        ScoringRule.engagement("unsubscribed", Set.of("unsubscribe"), ps.get(2))));
    Arbitrary<java.util.OptionalDouble> max = Arbitraries.integers().between(1, 100).map(i -> java.util.OptionalDouble.of(i))
        .injectNull(0.5).map(o -> o == null ? java.util.OptionalDouble.empty() : o);
    Arbitrary<java.util.OptionalDouble> min = Arbitraries.integers().between(-100, 0).map(i -> java.util.OptionalDouble.of(i))
        .injectNull(0.5).map(o -> o == null ? java.util.OptionalDouble.empty() : o);
    return Combinators.combine(fitRules, engagementRules, decays(), max, min, max, min).as((f, e, d, fMax, fMin, eMax, eMin) ->
        new RuleScoringModel(ACME, "m", List.of(
            new ScoreGroup("fit", ScoreGroupKind.FIT, f, DecayPolicy.none(), fMax, fMin),
            new ScoreGroup("engagement", ScoreGroupKind.ENGAGEMENT, e, d, eMax, eMin))));
  }

  @Provide
  Arbitrary<Prospect> prospects() {
    Arbitrary<List<Object>> country = Arbitraries.of("DE", "FR", "US").list().ofMaxSize(1).map(List::copyOf);
    Arbitrary<List<Object>> employees = Arbitraries.longs().between(1, 5000).list().ofMaxSize(1).map(List::copyOf);
    Arbitrary<List<Object>> tags = Arbitraries.of("vip", "partner", "cold").set().map(List::copyOf);
    Arbitrary<List<Object>> phone = Arbitraries.of("+4930123").list().ofMaxSize(1).map(List::copyOf);
    Arbitrary<EngagementEvent> event = Combinators.combine(Arbitraries.of(TYPES), Arbitraries.longs().between(0, 3L * 365 * 86_400))
        .as((t, s) -> new EngagementEvent(t, EPOCH.minusSeconds(365L * 86_400).plusSeconds(s)));
    return Combinators.combine(country, employees, tags, phone, event.list().ofMaxSize(30)).as((c, e, t, ph, ev) ->
        new Prospect(ACME, "l-1", Map.of("country", c, "employees", e, "tag", t, "phone", ph), ev));
  }
}
