package io.crmkit.core.score;

import io.crmkit.core.IdGenerator;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.Values;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One tenant's scores: records each computation as its own {@link Score} and answers the latest score of a
 * record and model (now or at a past instant), its history, and the latest score of every record of a type
 * for a model, which segments select on.
 *
 * <p>History is kept, one record per computation, the way a consent ledger keeps its events: a CRM user
 * expects to see a score's trend ("lead-fit went from 40 to 72 this week") and why it moved, and a past
 * evaluation (a segment at last month's date) must see last month's scores. The latest score is the one
 * computed last (ties by id); records are never updated, a host that wants to bound history deletes old ones
 * through the repository.
 *
 * <pre>{@code
 * Scores scores = Scores.of(tenantStore, clock);
 * scores.record(contact.ref(), "churn-risk", 0.82, Optional.of("high"), List.of("no order for 200 days"));
 * Optional<Score> latest = scores.latest(contact.ref(), "churn-risk");
 * }</pre>
 */
public final class Scores {
  /** Latest last: by computation time, then by id. */
  static final Comparator<Score> ORDER =
      Comparator.comparing(Score::computedAt).thenComparing(s -> s.id().value(), Values.CODE_POINT_ORDER);

  private final TenantId tenant;
  private final Repository<Score, ScoreId> scores;
  private final Clock clock;
  private final IdGenerator ids;

  /** Scores of {@code store}'s tenant, stamped from {@code clock}, with ids from {@code ids}. */
  public Scores(TenantStore store, Clock clock, IdGenerator ids) {
    this.tenant = Objects.requireNonNull(store, "store").tenantId();
    this.scores = store.repository(Score.TYPE);
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
  }

  /** Scores of {@code store}'s tenant with UUIDv7 ids. */
  public static Scores of(TenantStore store, Clock clock) {
    return new Scores(store, clock, IdGenerator.uuidV7(clock));
  }

  /** Records a computation of {@code model} for {@code subject} now. */
  public Score record(RecordRef subject, String model, double value, Optional<String> band, List<String> contributions) {
    return record(subject, model, value, band, clock.instant(), contributions);
  }

  /** Records a computation of {@code model} for {@code subject} made as of {@code computedAt} (a scorer's as-of instant). */
  public Score record(RecordRef subject, String model, double value, Optional<String> band, Instant computedAt, List<String> contributions) {
    return record(new Score(ids.next(ScoreId::new), tenant, 0, subject, model, value, band, computedAt, contributions));
  }

  /** Records a score as it is, e.g. one imported with its historical instant; it must be new (version 0) and of this tenant. */
  public Score record(Score score) {
    Objects.requireNonNull(score, "score");
    ValidationException.check(score.version() == 0, "version", "record a new score (version 0); scores are never updated");
    ValidationException.check(
        score.tenantId().equals(tenant), "tenantId", "the score belongs to tenant " + score.tenantId() + ", these scores to " + tenant);
    return scores.insert(score);
  }

  /** The latest score of {@code model} for {@code subject}, if it was ever scored. */
  public Optional<Score> latest(RecordRef subject, String model) {
    return history(subject, model).stream().reduce((a, b) -> b);
  }

  /** The latest score of {@code model} for {@code subject} computed at or before {@code at}. */
  public Optional<Score> latest(RecordRef subject, String model, Instant at) {
    Objects.requireNonNull(at, "at");
    @Nullable Score last = null;
    for (Score s : history(subject, model)) {
      if (!s.computedAt().isAfter(at)) {
        last = s;
      }
    }
    return Optional.ofNullable(last);
  }

  /** Every score of {@code model} for {@code subject}, oldest first. */
  public List<Score> history(RecordRef subject, String model) {
    Objects.requireNonNull(subject, "subject");
    Score.checkModel(model);
    List<Score> out = new ArrayList<>(scores.query(Criteria.and(
        Criteria.eq(Score.SUBJECT, subject.toString()), Criteria.eq(Score.MODEL_NAME, model))));
    out.sort(ORDER);
    return List.copyOf(out);
  }

  /** The latest score of every model that scored {@code subject}, by model name. */
  public Map<String, Score> latestOf(RecordRef subject) {
    Objects.requireNonNull(subject, "subject");
    Map<String, Score> out = new TreeMap<>();
    for (Score s : scores.query(Criteria.eq(Score.SUBJECT, subject.toString()))) {
      out.merge(s.model(), s, (a, b) -> ORDER.compare(a, b) >= 0 ? a : b);
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * The latest score of {@code model} computed at or before {@code at} of every record of type
   * {@code subjectType} ({@code contact}, {@code account}, ...) that has one, read in one stream.
   */
  public Map<RecordRef, Score> latestOfType(String subjectType, String model, Instant at) {
    Objects.requireNonNull(subjectType, "subjectType");
    Score.checkModel(model);
    Objects.requireNonNull(at, "at");
    ValidationException.check(subjectType.matches("[a-z][a-z0-9_]{0,63}"), "subjectType",
        "must be a lower-case entity type name but was '" + subjectType + "'");
    Map<RecordRef, Score> out = new HashMap<>();
    try (Stream<Score> s = scores.stream(Criteria.and(
        Criteria.eq(Score.MODEL_NAME, model), Criteria.prefix(Score.SUBJECT, subjectType + ":"), Criteria.atMost(Score.COMPUTED_AT, at)))) {
      s.forEach(score -> out.merge(score.subject(), score, (a, b) -> ORDER.compare(a, b) >= 0 ? a : b));
    }
    return Collections.unmodifiableMap(out);
  }
}
