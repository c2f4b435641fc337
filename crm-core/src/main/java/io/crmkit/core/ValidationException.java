package io.crmkit.core;

import java.util.Objects;

/**
 * A value was present but invalid: it names the field and the rule that was broken.
 *
 * <p>Thrown by compact constructors, builders and validators, e.g.
 * {@code throw new ValidationException("email", "must contain '@'", value)}.
 */
public class ValidationException extends CrmException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String rule;

  public ValidationException(String field, String rule) {
    super(field + ": " + rule);
    this.field = Objects.requireNonNull(field, "field");
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  /** The field (or path such as {@code contactPoints[2].value}) whose value broke the rule. */
  public String field() {
    return field;
  }

  /** The rule that was broken, in words a developer can act on. */
  public String rule() {
    return rule;
  }

  /**
   * Throws a {@code ValidationException} unless {@code value} is zero or more; for hot paths such as the
   * version of every aggregate, where building the message eagerly would cost on every call.
   */
  public static long checkNotNegative(long value, String field) {
    if (value < 0) {
      throw new ValidationException(field, "must not be negative but was " + value);
    }
    return value;
  }

  /**
   * Throws a {@code ValidationException} for {@code field} with {@code rule} unless {@code ok}. The rule text
   * is built by the caller even when {@code ok}: on hot paths, prefer a plain {@code if} with a {@code throw}.
   */
  public static void check(boolean ok, String field, String rule) {
    if (!ok) {
      throw new ValidationException(field, rule);
    }
  }
}
