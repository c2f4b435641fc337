package io.crmkit.core.audit;

import io.crmkit.core.ValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * One field of a record that changed: its dotted path ({@code name.given}) and its rendered value before and
 * after, absent when the field had no value. Produced by {@link RecordDiff}.
 *
 * <p>{@code FieldChange.of("email", "a@x.org", "b@x.org")}
 */
public record FieldChange(String field, Optional<String> before, Optional<String> after) {
  /**
   * What stands in place of a value that a privacy erasure removed from the trail
   * ({@link io.crmkit.core.privacy}): the entry still says which field changed, not what it held.
   */
  public static final String ERASED = "⟨erased⟩";

  public FieldChange {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    ValidationException.check(
        !field.isBlank() && field.length() <= 256, "field", "must be a field path of 1 to 256 characters");
    ValidationException.check(
        !before.equals(after) || before.equals(Optional.of(ERASED)), "after", "must differ from before for field '" + field + "' (an unchanged field is no change)");
  }

  /** A change from {@code before} to {@code after}. */
  public static FieldChange of(String field, String before, String after) {
    return new FieldChange(field, Optional.of(before), Optional.of(after));
  }

  /** A field that was absent and is now {@code after}. */
  public static FieldChange set(String field, String after) {
    return new FieldChange(field, Optional.empty(), Optional.of(after));
  }

  /** A field that had {@code before} and is now absent. */
  public static FieldChange cleared(String field, String before) {
    return new FieldChange(field, Optional.of(before), Optional.empty());
  }

  /** A change of {@code field} whose values were erased: each present side is {@link #ERASED}. */
  public static FieldChange erased(String field, boolean hadBefore, boolean hadAfter) {
    return new FieldChange(field, hadBefore ? Optional.of(ERASED) : Optional.empty(), hadAfter ? Optional.of(ERASED) : Optional.empty());
  }

  /** This change with its values erased (the field path stays): {@code erased(field, before present, after present)}. */
  public FieldChange scrubbed() {
    return erased(field, before.isPresent(), after.isPresent());
  }

  /** Whether this change's values have been erased. */
  public boolean isScrubbed() {
    return before.map(ERASED::equals).orElse(true) && after.map(ERASED::equals).orElse(true);
  }

  /** Whether this change concerns {@code path} itself or a field nested in it ({@code name} covers {@code name.given}). */
  public boolean concerns(String path) {
    return field.equals(path) || field.startsWith(path + ".");
  }

  @Override
  public String toString() {
    return field + ": " + before.orElse("∅") + " → " + after.orElse("∅");
  }
}
