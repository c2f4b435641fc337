package io.crmkit.core.privacy;

import io.crmkit.core.Aggregate;
import io.crmkit.core.EntityId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.store.EntityType;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * How long records of one entity type are kept: those whose {@code field} (an instant such as
 * {@code createdAt}, {@code updatedAt}, {@code closedAt}) lies more than {@code maxAge} before the run are
 * deleted, or anonymised by the given function. The age is counted in UTC calendar terms
 * ({@code 2026-03-31} minus one month is {@code 2026-02-28}); a record exactly at the cut-off is kept, one
 * without the field (an open case has no {@code closedAt}) is never expired.
 *
 * <pre>{@code
 * RetentionPolicy.delete(Activity.TYPE, Activity.OCCURRED_AT, Period.ofYears(5));
 * RetentionPolicy.anonymise(Contact.TYPE, ContactFields.UPDATED_AT, Period.ofYears(3), Anonymisers::contact);
 * }</pre>
 *
 * @param <T> the record type
 */
public final class RetentionPolicy<T extends Aggregate<I>, I extends EntityId> {
  private final EntityType<T, I> type;
  private final FieldRef<Instant> field;
  private final Period maxAge;
  private final ErasurePolicy.Treatment treatment;
  private final Optional<UnaryOperator<T>> anonymiser;

  private RetentionPolicy(
      EntityType<T, I> type, FieldRef<Instant> field, Period maxAge, ErasurePolicy.Treatment treatment, Optional<UnaryOperator<T>> anonymiser) {
    this.type = Objects.requireNonNull(type, "type");
    this.field = Objects.requireNonNull(field, "field");
    this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
    this.treatment = treatment;
    this.anonymiser = anonymiser;
    ValidationException.check(!maxAge.isNegative() && !maxAge.isZero(), "maxAge", "must be a positive period but was " + maxAge);
    type.binding(field); // the type must have the field, as an instant
    ValidationException.check(
        !type.fields().containsKey(field.name()) || !type.fields().get(field.name()).isMulti(),
        "field", field.name() + " is multi-valued; retention needs one instant per record");
  }

  /** Deletes records of {@code type} whose {@code field} is older than {@code maxAge}. */
  public static <T extends Aggregate<I>, I extends EntityId> RetentionPolicy<T, I> delete(
      EntityType<T, I> type, FieldRef<Instant> field, Period maxAge) {
    return new RetentionPolicy<>(type, field, maxAge, ErasurePolicy.Treatment.DELETE, Optional.empty());
  }

  /** Replaces records of {@code type} whose {@code field} is older than {@code maxAge} by {@code anonymiser}'s result. */
  public static <T extends Aggregate<I>, I extends EntityId> RetentionPolicy<T, I> anonymise(
      EntityType<T, I> type, FieldRef<Instant> field, Period maxAge, UnaryOperator<T> anonymiser) {
    return new RetentionPolicy<>(type, field, maxAge, ErasurePolicy.Treatment.ANONYMISE, Optional.of(Objects.requireNonNull(anonymiser, "anonymiser")));
  }

  public EntityType<T, I> type() {
    return type;
  }

  public FieldRef<Instant> field() {
    return field;
  }

  public Period maxAge() {
    return maxAge;
  }

  /** {@code DELETE} or {@code ANONYMISE}. */
  public ErasurePolicy.Treatment treatment() {
    return treatment;
  }

  Optional<UnaryOperator<T>> anonymiser() {
    return anonymiser;
  }

  /** The cut-off for a run at {@code at}: records strictly before it expire. */
  public Instant cutoff(Instant at) {
    return at.atOffset(ZoneOffset.UTC).minus(maxAge).toInstant();
  }

  @Override
  public String toString() {
    return type.name() + "." + field.name() + " older than " + maxAge + ": " + treatment;
  }
}
