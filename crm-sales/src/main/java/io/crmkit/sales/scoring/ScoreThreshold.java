package io.crmkit.sales.scoring;

import io.crmkit.core.ValidationException;
import java.util.Objects;

/**
 * A named score threshold with hysteresis: a record enters it when its score reaches {@code upper} and
 * leaves only when it falls below {@code lower}, so a score wandering between the two raises nothing.
 *
 * <p>{@code new ScoreThreshold("sales-ready", 80, 70)}
 */
public record ScoreThreshold(String name, double upper, double lower) {
  public ScoreThreshold {
    Objects.requireNonNull(name, "name");
    ValidationException.check(!name.isBlank() && name.length() <= 128, "name", "a threshold needs a name of 1 to 128 characters, not blank");
    ValidationException.check(Double.isFinite(upper), "upper", "must be a finite number but was " + upper);
    ValidationException.check(Double.isFinite(lower), "lower", "must be a finite number but was " + lower);
    ValidationException.check(lower < upper, "lower", "must be below upper (" + upper + ") but was " + lower);
  }
}
