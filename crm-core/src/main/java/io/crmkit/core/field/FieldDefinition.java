package io.crmkit.core.field;

import io.crmkit.core.ValidationException;
import io.crmkit.core.query.Values;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One custom field a tenant defined: its key, label, type and the rules its values must follow.
 *
 * <pre>{@code
 * FieldDefinition tier = FieldDefinition.picklist("tier", "Tier", List.of("gold", "silver")).asRequired();
 * FieldDefinition seats = FieldDefinition.of("seats", "Seats", FieldType.NUMBER)
 *     .withMin(FieldValue.number(1)).withMax(FieldValue.number(10_000));
 * }</pre>
 *
 * <ul>
 *   <li>{@code key}: {@code [a-z][a-z0-9_]*}, at most 63 characters; queried as {@code custom.<key>}.
 *   <li>{@code picklistValues}: required (non-empty, distinct, not blank) for picklists, empty otherwise.
 *   <li>{@code min}/{@code max}: inclusive bounds for NUMBER ({@link FieldValue.NumberValue}), DECIMAL and
 *       MONEY ({@link FieldValue.DecimalValue}; for money it bounds the amount), DATE and DATETIME (values of
 *       the field's own type); {@code min ≤ max}.
 *   <li>{@code maxLength}: at least 1, for TEXT only (counted in code points).
 * </ul>
 */
public record FieldDefinition(
    String key,
    String label,
    FieldType type,
    boolean required,
    List<String> picklistValues,
    Optional<FieldValue> min,
    Optional<FieldValue> max,
    Optional<Integer> maxLength) {

  public FieldDefinition {
    FieldChecks.checkKey(key, "key");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(picklistValues, "picklistValues");
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    Objects.requireNonNull(maxLength, "maxLength");
    String at = "fields." + key;
    ValidationException.check(!label.isBlank(), at + ".label", "must not be blank");
    picklistValues = List.copyOf(picklistValues);
    if (type.isPicklist()) {
      ValidationException.check(
          !picklistValues.isEmpty(), at + ".picklistValues", "a " + type + " field needs at least one value");
      Set<String> seen = new HashSet<>();
      for (String v : picklistValues) {
        ValidationException.check(!v.isBlank(), at + ".picklistValues", "values must not be blank");
        ValidationException.check(seen.add(v), at + ".picklistValues", "'" + v + "' is listed twice");
      }
    } else {
      ValidationException.check(
          picklistValues.isEmpty(), at + ".picklistValues", "only PICKLIST and MULTI_PICKLIST fields have values, not " + type);
    }
    if (min.isPresent() || max.isPresent()) {
      ValidationException.check(type.isBounded(), at, "a " + type + " field cannot have min/max bounds");
      min.ifPresent(b -> checkBound(b, type, at + ".min"));
      max.ifPresent(b -> checkBound(b, type, at + ".max"));
      if (min.isPresent() && max.isPresent()) {
        ValidationException.check(
            Values.compare(boundKey(min.get()), boundKey(max.get())) <= 0,
            at,
            "min " + show(min.get()) + " must not be greater than max " + show(max.get()));
      }
    }
    maxLength.ifPresent(
        n -> {
          ValidationException.check(type == FieldType.TEXT, at + ".maxLength", "only TEXT fields have a maximum length, not " + type);
          ValidationException.check(n >= 1, at + ".maxLength", "must be at least 1 but was " + n);
        });
  }

  /** An optional field of {@code type} with no further rules (picklists need {@link #picklist}). */
  public static FieldDefinition of(String key, String label, FieldType type) {
    return new FieldDefinition(key, label, type, false, List.of(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** An optional single-choice picklist. */
  public static FieldDefinition picklist(String key, String label, List<String> values) {
    return new FieldDefinition(
        key, label, FieldType.PICKLIST, false, values, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** An optional multiple-choice picklist. */
  public static FieldDefinition multiPicklist(String key, String label, List<String> values) {
    return new FieldDefinition(
        key, label, FieldType.MULTI_PICKLIST, false, values, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** This definition with the value required. */
  public FieldDefinition asRequired() {
    return withRequired(true);
  }

  public FieldDefinition withRequired(boolean value) {
    return new FieldDefinition(key, label, type, value, picklistValues, min, max, maxLength);
  }

  public FieldDefinition withLabel(String value) {
    return new FieldDefinition(key, value, type, required, picklistValues, min, max, maxLength);
  }

  public FieldDefinition withPicklistValues(List<String> values) {
    return new FieldDefinition(key, label, type, required, values, min, max, maxLength);
  }

  /** This definition with an inclusive lower bound (see the class comment for the bound's type). */
  public FieldDefinition withMin(FieldValue value) {
    return new FieldDefinition(key, label, type, required, picklistValues, Optional.of(value), max, maxLength);
  }

  /** This definition with an inclusive upper bound. */
  public FieldDefinition withMax(FieldValue value) {
    return new FieldDefinition(key, label, type, required, picklistValues, min, Optional.of(value), maxLength);
  }

  public FieldDefinition withMaxLength(int value) {
    return new FieldDefinition(key, label, type, required, picklistValues, min, max, Optional.of(value));
  }

  /** The problems of {@code value} against this definition, in words; empty when it fits. */
  List<String> problems(FieldValue value) {
    List<String> out = new java.util.ArrayList<>();
    if (value.type() != type) {
      out.add("expects a " + type + " value but got " + value.type());
      return out;
    }
    if (value instanceof FieldValue.PicklistValue p) {
      if (!picklistValues.contains(p.value())) {
        out.add("'" + p.value() + "' is not one of " + picklistValues);
      }
    } else if (value instanceof FieldValue.MultiPicklistValue m) {
      for (String v : m.values()) {
        if (!picklistValues.contains(v)) {
          out.add("'" + v + "' is not one of " + picklistValues);
        }
      }
    } else if (value instanceof FieldValue.TextValue t) {
      maxLength.ifPresent(
          n -> {
            int length = t.value().codePointCount(0, t.value().length());
            if (length > n) {
              out.add("has " + length + " characters, more than the maximum of " + n);
            }
          });
    } else if (value instanceof FieldValue.EmailValue e) {
      if (!FieldChecks.isEmail(e.value())) {
        out.add("'" + e.value() + "' is not an e-mail address like name@example.com");
      }
    } else if (value instanceof FieldValue.PhoneValue p) {
      if (!FieldChecks.isPhone(p.value())) {
        out.add("'" + p.value() + "' is not a valid phone number in international form like +44 20 7946 0958");
      }
    } else if (value instanceof FieldValue.UrlValue u) {
      if (!FieldChecks.isUrl(u.value())) {
        out.add("'" + u.value() + "' is not an absolute http(s) URL like https://example.com");
      }
    }
    if (type.isBounded()) {
      Object v = boundKey(value);
      min.ifPresent(
          b -> {
            if (Values.compare(v, boundKey(b)) < 0) {
              out.add(show(value) + " is less than the minimum " + show(b));
            }
          });
      max.ifPresent(
          b -> {
            if (Values.compare(v, boundKey(b)) > 0) {
              out.add(show(value) + " is greater than the maximum " + show(b));
            }
          });
    }
    return out;
  }

  private static void checkBound(FieldValue bound, FieldType type, String field) {
    FieldType expected = type == FieldType.MONEY ? FieldType.DECIMAL : type;
    ValidationException.check(
        bound.type() == expected,
        field,
        "a bound of a " + type + " field must be a " + expected + " value but was " + bound.type());
  }

  /** The comparable form of a bounded value: money compares by amount. */
  private static Object boundKey(FieldValue v) {
    if (v instanceof FieldValue.NumberValue n) {
      return n.value();
    }
    if (v instanceof FieldValue.DecimalValue d) {
      return d.value();
    }
    if (v instanceof FieldValue.MoneyValue m) {
      return m.value().amount();
    }
    if (v instanceof FieldValue.DateValue d) {
      return d.value();
    }
    if (v instanceof FieldValue.DateTimeValue d) {
      return d.value();
    }
    throw new IllegalArgumentException("not a bounded value: " + v);
  }

  private static String show(FieldValue v) {
    if (v instanceof FieldValue.MoneyValue m) {
      return m.value().toString();
    }
    Object k = boundKey(v);
    return k instanceof BigDecimal d ? d.toPlainString() : k.toString();
  }
}
