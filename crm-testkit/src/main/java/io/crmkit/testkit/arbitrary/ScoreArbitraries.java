package io.crmkit.testkit.arbitrary;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.score.Score;
import io.crmkit.core.score.ScoreId;
import io.crmkit.core.score.ScoreRange;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries for crm-core's scores: model names, values (negative, zero, fractional, huge), bands and
 * contributions (Unicode, up to the {@value Score#MAX_CONTRIBUTIONS} kept), whole {@link Score}s, score
 * histories over given subjects (several computations per subject and model, some at one instant, some after
 * the instant asked about), and {@link ScoreRange}s with open and closed bounds.
 *
 * <p>{@code @Provide Arbitrary<List<Score>> history() { return ScoreArbitraries.histories(tenant, people, now); }}
 */
public final class ScoreArbitraries {
  private ScoreArbitraries() {}

  /** The model names drawn from. */
  public static final List<String> MODELS = List.of("lead-fit", "churn-risk", "rfm");

  /** Model names: the common ones and generated valid ones. */
  public static Arbitrary<String> models() {
    Arbitrary<String> generated = Combinators.combine(
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10),
            Arbitraries.of("", "-v2", ".beta", "_7"))
        .as((a, b) -> a + b);
    return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(MODELS)), Tuple.of(1, generated));
  }

  /** Finite values: scores 0–100, probabilities, negative values, zero, the extremes of double. */
  public static Arbitrary<Double> values() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.doubles().between(0, 100).ofScale(1)),
        Tuple.of(2, Arbitraries.doubles().between(0, 1)),
        Tuple.of(1, Arbitraries.doubles().between(-1e6, 1e6)),
        Tuple.of(1, Arbitraries.of(0.0, -0.0, 0.1 + 0.2, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE)));
  }

  /** Contribution texts, most important first, up to the maximum a score keeps. */
  public static Arbitrary<List<String>> contributions() {
    Arbitrary<String> one = Arbitraries.oneOf(
        Arbitraries.of("+30 industry is software", "-20 free-mail address", "no order for 200 days", "Größe: 李 店 +5", "RFM 5·5·5"),
        Arbitraries.strings().withCharRange('a', 'z').withChars(' ', 'ü', '李', '+', '-').ofMinLength(1).ofMaxLength(Score.MAX_CONTRIBUTION_LENGTH)
            .filter(s -> !s.isBlank()));
    return one.list().ofMaxSize(Score.MAX_CONTRIBUTIONS);
  }

  /** New scores (version 0) of {@code tenant} over contacts, accounts and leads. */
  public static Arbitrary<Score> scores(TenantId tenant) {
    Arbitrary<RecordRef> subjects = Combinators.combine(Arbitraries.of("contact", "account", "lead"), CrmArbitraries.idTexts())
        .as(RecordRef::new);
    Arbitrary<Optional<String>> bands = Arbitraries.of("A", "B", "hot", "555", "Très élevé").optional(0.6);
    return Combinators.combine(CrmArbitraries.ids(ScoreId::new), subjects, models(), values(), bands, CrmArbitraries.instants(), contributions())
        .as((id, subject, model, value, band, at, why) -> new Score(id, tenant, 0, subject, model, value, band, at, why));
  }

  /**
   * Score histories of {@code subjects}: up to {@code 3 × subjects} computations of {@link #MODELS}'s first two
   * models, values 0–100, computed within 30 days before {@code now} or up to a day after it, some at the
   * same instant; ids {@code score-<n>}, unique within a history.
   */
  public static Arbitrary<List<Score>> histories(TenantId tenant, List<RecordRef> subjects, Instant now) {
    if (subjects.isEmpty()) {
      return Arbitraries.just(List.of());
    }
    Arbitrary<Instant> at = Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.integers().between(0, 30 * 24).map(h -> now.minus(Duration.ofHours(h)))),
        Tuple.of(1, Arbitraries.integers().between(1, 24).map(h -> now.plus(Duration.ofHours(h)))),
        Tuple.of(1, Arbitraries.just(now)));
    return Combinators.combine(
            Arbitraries.of(subjects), Arbitraries.of(MODELS.subList(0, 2)), Arbitraries.doubles().between(0, 100).ofScale(1), at)
        .as(Tuple::of).list().ofMaxSize(3 * subjects.size())
        .map(raws -> {
          List<Score> out = new java.util.ArrayList<>();
          for (int i = 0; i < raws.size(); i++) {
            var r = raws.get(i);
            out.add(new Score(new ScoreId("score-" + i), tenant, 0, r.get1(), r.get2(), r.get3(), Optional.empty(), r.get4(), List.of()));
          }
          return out;
        });
  }

  /** Ranges over 0–100 with open, inclusive and exclusive bounds, and the unbounded range. */
  public static Arbitrary<ScoreRange> ranges() {
    Arbitrary<Double> bound = Arbitraries.doubles().between(0, 100).ofScale(0);
    return Arbitraries.oneOf(
        bound.map(ScoreRange::atLeast),
        bound.map(ScoreRange::above),
        bound.map(ScoreRange::atMost),
        bound.map(ScoreRange::below),
        Combinators.combine(bound, Arbitraries.doubles().between(1, 60).ofScale(0)).as((lo, w) -> ScoreRange.between(lo, lo + w)),
        Arbitraries.just(ScoreRange.any()));
  }
}
