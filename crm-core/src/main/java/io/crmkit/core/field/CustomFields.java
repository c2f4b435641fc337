package io.crmkit.core.field;

import io.crmkit.core.query.ValueKind;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The custom-field values of one record: an immutable map from field key to typed {@link FieldValue}.
 *
 * <p>{@code CustomFields cf = CustomFields.empty().with("tier", FieldValue.picklist("gold"));}
 *
 * <p>Keys follow the {@link FieldDefinition} key rule; whether the values fit the tenant's definitions is
 * checked by {@link CustomFieldSchema#validate}, not here, so values read from outside can be held and
 * reported on. Iteration is in key order.
 */
public record CustomFields(Map<String, FieldValue> values) {
  private static final CustomFields EMPTY = new CustomFields(Map.of());

  public CustomFields {
    Objects.requireNonNull(values, "values");
    TreeMap<String, FieldValue> sorted = new TreeMap<>();
    values.forEach(
        (k, v) -> {
          FieldChecks.checkKey(k, "custom field key");
          sorted.put(k, Objects.requireNonNull(v, "custom." + k));
        });
    values = Collections.unmodifiableSortedMap(sorted);
  }

  public static CustomFields empty() {
    return EMPTY;
  }

  /** These values with {@code key} set to {@code value} (replacing any earlier value). */
  public CustomFields with(String key, FieldValue value) {
    Objects.requireNonNull(value, "value");
    TreeMap<String, FieldValue> copy = new TreeMap<>(values);
    copy.put(key, value);
    return new CustomFields(copy);
  }

  /** These values without {@code key}. */
  public CustomFields without(String key) {
    if (!values.containsKey(key)) {
      return this;
    }
    TreeMap<String, FieldValue> copy = new TreeMap<>(values);
    copy.remove(key);
    return new CustomFields(copy);
  }

  public Optional<FieldValue> get(String key) {
    return Optional.ofNullable(values.get(key));
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  /**
   * The value of {@code key} as criteria values of {@code kind}, for querying {@code custom.<key>}: TEXT for
   * text, picklist (each value of a multi-picklist), e-mail, phone and URL values; LONG for numbers; DECIMAL
   * for decimals and money amounts; BOOLEAN; DATE; INSTANT for date-times. Empty when the key is absent or
   * its value is queried as another kind.
   */
  public List<Object> queryValues(String key, ValueKind kind) {
    Objects.requireNonNull(kind, "kind");
    FieldValue v = values.get(key);
    if (v == null || v.type().queryKind() != kind) {
      return List.of();
    }
    if (v instanceof FieldValue.MultiPicklistValue m) {
      return List.copyOf(m.values());
    }
    return List.of(plain(v));
  }

  /**
   * Every value as criteria values, key → kind → values: for each key exactly what {@link #queryValues}
   * answers for the value's query kind (a multi-picklist without values is left out). For stores that
   * materialise custom fields; in key order.
   */
  public Map<String, Map<ValueKind, List<Object>>> allQueryValues() {
    if (values.isEmpty()) {
      return Map.of();
    }
    Map<String, Map<ValueKind, List<Object>>> out = new LinkedHashMap<>();
    values.forEach(
        (k, v) -> {
          ValueKind kind = v.type().queryKind();
          List<Object> vs = queryValues(k, kind);
          if (!vs.isEmpty()) {
            out.put(k, Map.of(kind, vs));
          }
        });
    return Collections.unmodifiableMap(out);
  }

  private static Object plain(FieldValue v) {
    if (v instanceof FieldValue.TextValue t) {
      return t.value();
    } else if (v instanceof FieldValue.NumberValue n) {
      return n.value();
    } else if (v instanceof FieldValue.DecimalValue d) {
      return d.value();
    } else if (v instanceof FieldValue.BooleanValue b) {
      return b.value();
    } else if (v instanceof FieldValue.DateValue d) {
      return d.value();
    } else if (v instanceof FieldValue.DateTimeValue d) {
      return d.value();
    } else if (v instanceof FieldValue.PicklistValue p) {
      return p.value();
    } else if (v instanceof FieldValue.MoneyValue m) {
      return m.value().amount();
    } else if (v instanceof FieldValue.EmailValue e) {
      return e.value();
    } else if (v instanceof FieldValue.PhoneValue p) {
      return p.value();
    } else if (v instanceof FieldValue.UrlValue u) {
      return u.value();
    }
    throw new IllegalStateException("unhandled field value " + v);
  }
}
