package io.crmkit.core.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Over random computations (several subjects and models, equal instants, negative and huge values): the latest
 * score is the last one by time then id, as of any instant; {@link Scores#latestOfType} agrees with
 * {@link Scores#latest} subject by subject; the DECIMAL field orders as the doubles do; ranges contain exactly
 * what their bounds say.
 */
class ScoreProperties {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final List<RecordRef> SUBJECTS = List.of(
      new RecordRef("contact", "c-1"), new RecordRef("contact", "c-ø"), new RecordRef("account", "c-1"), new RecordRef("lead", "l-1"));
  private static final List<String> MODELS = List.of("lead-fit", "churn-risk");

  record Raw(int subject, int model, double value, int minute) {}

  @Provide
  Arbitrary<List<Raw>> computations() {
    return Combinators.combine(
            Arbitraries.integers().between(0, SUBJECTS.size() - 1), Arbitraries.integers().between(0, 1),
            Arbitraries.oneOf(Arbitraries.doubles().between(-100, 100), Arbitraries.of(0.0, -0.0, 1e300, -1e-300, 0.1 + 0.2)),
            Arbitraries.integers().between(0, 5))
        .as(Raw::new).list().ofMaxSize(30);
  }

  private static List<Score> scores(List<Raw> raws) {
    List<Score> out = new ArrayList<>();
    for (int i = 0; i < raws.size(); i++) {
      Raw r = raws.get(i);
      out.add(new Score(new ScoreId("s-" + i), ACME, 0, SUBJECTS.get(r.subject()), MODELS.get(r.model()), r.value(), Optional.empty(),
          T0.plusSeconds(60L * r.minute()), List.of()));
    }
    return out;
  }

  @Property(tries = 200)
  void theLatestIsTheLastComputedAsOfAnyInstant(@ForAll("computations") List<Raw> raws, @ForAll("minutes") int minute) {
    TenantStore store = InMemoryStore.create().forTenant(ACME);
    Scores scores = Scores.of(store, Clock.fixed(T0, ZoneOffset.UTC));
    List<Score> all = scores(raws);
    all.forEach(scores::record);
    Instant at = T0.plusSeconds(60L * minute);
    for (String model : MODELS) {
      for (RecordRef subject : SUBJECTS) {
        Optional<Score> expected = all.stream()
            .filter(s -> s.subject().equals(subject) && s.model().equals(model) && !s.computedAt().isAfter(at))
            .max(Comparator.comparing(Score::computedAt).thenComparing(s -> s.id().value()));
        assertThat(scores.latest(subject, model, at)).isEqualTo(expected.map(s -> s.withVersion(1)));
      }
      for (String type : List.of("contact", "account", "lead")) {
        Map<RecordRef, Score> ofType = scores.latestOfType(type, model, at);
        for (RecordRef subject : SUBJECTS) {
          assertThat(Optional.ofNullable(ofType.get(subject)))
              .isEqualTo(subject.type().equals(type) ? scores.latest(subject, model, at) : Optional.empty());
        }
      }
    }
  }

  @Property(tries = 200)
  void theDecimalFieldOrdersAsTheDoublesAndRangesHoldWhatTheySay(
      @ForAll("computations") List<Raw> raws, @ForAll("bounds") double a, @ForAll("bounds") double b) {
    TenantStore store = InMemoryStore.create().forTenant(ACME);
    List<Score> all = scores(raws);
    store.repository(Score.TYPE).insertAll(all);
    double lo = Math.min(a, b);
    double hi = Math.max(a, b);
    List<String> stored = store.repository(Score.TYPE).query(Criteria.and(
            Criteria.atLeast(Score.VALUE, BigDecimal.valueOf(lo)), Criteria.lessThan(Score.VALUE, BigDecimal.valueOf(hi))))
        .stream().map(s -> s.id().value()).sorted().toList();
    List<String> direct = all.stream().filter(s -> s.value() >= lo && s.value() < hi).map(s -> s.id().value()).sorted().toList();
    assertThat(stored).isEqualTo(direct);
    if (lo < hi) {
      ScoreRange r = ScoreRange.between(lo, hi);
      assertThat(all.stream().filter(s -> r.contains(s.value())).map(s -> s.id().value()).sorted().toList()).isEqualTo(direct);
    }
    assertThat(ScoreRange.atLeast(lo).contains(lo)).isTrue();
    assertThat(ScoreRange.above(lo).contains(lo)).isFalse();
    assertThat(ScoreRange.atMost(hi).contains(hi)).isTrue();
    assertThat(ScoreRange.below(hi).contains(hi)).isFalse();
    assertThat(ScoreRange.any().contains(a)).isTrue();
  }

  @Provide
  Arbitrary<Double> bounds() {
    return Arbitraries.oneOf(Arbitraries.doubles().between(-120, 120), Arbitraries.of(0.0, 0.30000000000000004, 1e300));
  }

  @Provide
  Arbitrary<Integer> minutes() {
    return Arbitraries.integers().between(-1, 6);
  }
}
