package io.crmkit.core.score;

import io.crmkit.core.Aggregate;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.store.EntityType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One computation of a scoring model for one record: the subject (a contact, account, lead, opportunity...),
 * the model name ({@code lead-fit}, {@code churn-risk}, {@code rfm}), the value, an optional band or grade
 * ({@code A}, {@code hot}, {@code 555}), when it was computed, and the top contributions in words, so a
 * score explains itself. A score is a fact: it is never changed, a new computation is a new record.
 *
 * <p>{@code scores.record(lead.ref(), "lead-fit", 72.5, Optional.of("A"), List.of("+30 industry is software"))}
 *
 * <p>The value is a {@code double}: scores are outputs of floating-point models (weighted sums, probabilities,
 * CLV expectations) and are compared by range, never summed as money; a {@code BigDecimal} would suggest a
 * precision they do not have. It must be finite. The store sees it as the DECIMAL field {@link #VALUE}
 * ({@code BigDecimal.valueOf(value)}, the shortest decimal that reads back as the same double), so range
 * queries order exactly as the doubles do.
 *
 * @param contributions the top contributions, most important first, at most {@value #MAX_CONTRIBUTIONS}
 */
public record Score(
    ScoreId id,
    TenantId tenantId,
    long version,
    RecordRef subject,
    String model,
    double value,
    Optional<String> band,
    Instant computedAt,
    List<String> contributions)
    implements Aggregate<ScoreId> {

  /** The entity type name. */
  public static final String TYPE_NAME = "score";
  /** How many contributions a score keeps at most. */
  public static final int MAX_CONTRIBUTIONS = 20;
  /** How long one contribution's text may be. */
  public static final int MAX_CONTRIBUTION_LENGTH = 500;

  private static final Pattern MODEL = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  /** The subject in {@code type:id} form; indexed. */
  public static final FieldRef<String> SUBJECT = FieldRef.text("subject");
  /** The model name; indexed. */
  public static final FieldRef<String> MODEL_NAME = FieldRef.text("model");
  /** The value as a decimal. */
  public static final FieldRef<BigDecimal> VALUE = FieldRef.decimal("value");
  /** The band, when there is one. */
  public static final FieldRef<String> BAND = FieldRef.text("band");
  /** When it was computed. */
  public static final FieldRef<Instant> COMPUTED_AT = FieldRef.instant("computed_at");

  /** The entity type {@code score}. */
  public static final EntityType<Score, ScoreId> TYPE =
      EntityType.builder(TYPE_NAME, Score.class, ScoreId::new)
          .field(SUBJECT, s -> s.subject().toString())
          .field(MODEL_NAME, Score::model)
          .field(VALUE, Score::decimalValue)
          .optionalField(BAND, Score::band)
          .field(COMPUTED_AT, Score::computedAt)
          .index(SUBJECT, MODEL_NAME)
          .build();

  public Score {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    ValidationException.checkNotNegative(version, "version");
    Objects.requireNonNull(subject, "subject");
    checkModel(model);
    ValidationException.check(Double.isFinite(value), "value", "must be a finite number but was " + value);
    value = value == 0 ? 0.0 : value; // -0.0 and 0.0 are one score
    Objects.requireNonNull(band, "band");
    band = band.map(String::strip);
    ValidationException.check(
        band.map(b -> !b.isEmpty() && b.length() <= 40).orElse(true), "band", "must have 1 to 40 characters when present; use Optional.empty()");
    Objects.requireNonNull(computedAt, "computedAt");
    Objects.requireNonNull(contributions, "contributions");
    ValidationException.check(contributions.size() <= MAX_CONTRIBUTIONS, "contributions",
        "keeps the top " + MAX_CONTRIBUTIONS + " at most but got " + contributions.size() + "; pass the most important ones");
    List<String> stripped = new ArrayList<>(contributions.size());
    for (int i = 0; i < contributions.size(); i++) {
      String c = Objects.requireNonNull(contributions.get(i), "contributions[" + i + "]").strip();
      ValidationException.check(!c.isEmpty() && c.length() <= MAX_CONTRIBUTION_LENGTH, "contributions[" + i + "]",
          "must have 1 to " + MAX_CONTRIBUTION_LENGTH + " characters");
      stripped.add(c);
    }
    contributions = List.copyOf(stripped);
  }

  /**
   * Checks a model name: 1 to 64 characters of lower-case letters, digits, {@code .}, {@code _} and {@code -},
   * starting with a letter or digit, e.g. {@code lead-fit}.
   *
   * @return the name
   */
  public static String checkModel(String model) {
    Objects.requireNonNull(model, "model");
    ValidationException.check(MODEL.matcher(model).matches(), "model",
        "must be 1 to 64 lower-case letters, digits, '.', '_' or '-' (e.g. lead-fit) but was '" + model + "'");
    return model;
  }

  /** The value as the store sees it. */
  public BigDecimal decimalValue() {
    return BigDecimal.valueOf(value);
  }

  @Override
  public Score withVersion(long version) {
    return new Score(id, tenantId, version, subject, model, value, band, computedAt, contributions);
  }
}
