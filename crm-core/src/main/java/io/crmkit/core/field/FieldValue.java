package io.crmkit.core.field;

import io.crmkit.core.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The typed value of one custom field: one record per {@link FieldType}, made through the static factories,
 * e.g. {@code FieldValue.picklist("gold")} or {@code FieldValue.money(Money.of("99", "EUR"))}.
 *
 * <p>Values only hold what they are given (text is not trimmed, e-mails are not lower-cased); whether a value
 * fits a field (picklist membership, bounds, e-mail shape) is checked by {@link CustomFieldSchema#validate}.
 */
public sealed interface FieldValue {

  /** The field type this value belongs to. */
  FieldType type();

  /** Free text. */
  record TextValue(String value) implements FieldValue {
    public TextValue {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public FieldType type() {
      return FieldType.TEXT;
    }
  }

  /** A whole number. */
  record NumberValue(long value) implements FieldValue {
    @Override
    public FieldType type() {
      return FieldType.NUMBER;
    }
  }

  /** A decimal number; equal values of different scale ({@code 1.0}, {@code 1.00}) are equal. */
  record DecimalValue(BigDecimal value) implements FieldValue {
    public DecimalValue {
      Objects.requireNonNull(value, "value");
      value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    @Override
    public FieldType type() {
      return FieldType.DECIMAL;
    }
  }

  /** Yes or no. */
  record BooleanValue(boolean value) implements FieldValue {
    @Override
    public FieldType type() {
      return FieldType.BOOLEAN;
    }
  }

  /** A calendar date. */
  record DateValue(LocalDate value) implements FieldValue {
    public DateValue {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public FieldType type() {
      return FieldType.DATE;
    }
  }

  /** An instant (stored in UTC). */
  record DateTimeValue(Instant value) implements FieldValue {
    public DateTimeValue {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public FieldType type() {
      return FieldType.DATETIME;
    }
  }

  /** One picklist value, compared exactly. */
  record PicklistValue(String value) implements FieldValue {
    public PicklistValue {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public FieldType type() {
      return FieldType.PICKLIST;
    }
  }

  /** A set of picklist values, kept sorted so equal sets print alike. */
  record MultiPicklistValue(Set<String> values) implements FieldValue {
    public MultiPicklistValue {
      Objects.requireNonNull(values, "values");
      values.forEach(v -> Objects.requireNonNull(v, "values[]"));
      values = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(values));
    }

    @Override
    public FieldType type() {
      return FieldType.MULTI_PICKLIST;
    }
  }

  /** An amount of money. */
  record MoneyValue(Money value) implements FieldValue {
    public MoneyValue {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public FieldType type() {
      return FieldType.MONEY;
    }
  }

  /** An e-mail address as given. */
  record EmailValue(String value) implements FieldValue {
    public EmailValue {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public FieldType type() {
      return FieldType.EMAIL;
    }
  }

  /** A phone number as given; the schema expects international form ({@code +44 20 7946 0958}). */
  record PhoneValue(String value) implements FieldValue {
    public PhoneValue {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public FieldType type() {
      return FieldType.PHONE;
    }
  }

  /** A URL as given; the schema expects an absolute http(s) URL. */
  record UrlValue(String value) implements FieldValue {
    public UrlValue {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public FieldType type() {
      return FieldType.URL;
    }
  }

  static FieldValue text(String value) {
    return new TextValue(value);
  }

  static FieldValue number(long value) {
    return new NumberValue(value);
  }

  static FieldValue decimal(BigDecimal value) {
    return new DecimalValue(value);
  }

  /** A decimal from its text, e.g. {@code decimal("0.25")}. */
  static FieldValue decimal(String value) {
    java.util.Objects.requireNonNull(value, "value");
    try {
      return new DecimalValue(new BigDecimal(value.strip()));
    } catch (NumberFormatException e) {
      throw new io.crmkit.core.ValidationException(
          "value", "must be a decimal number such as 0.25 but was '" + value + "'");
    }
  }

  static FieldValue bool(boolean value) {
    return new BooleanValue(value);
  }

  static FieldValue date(LocalDate value) {
    return new DateValue(value);
  }

  static FieldValue dateTime(Instant value) {
    return new DateTimeValue(value);
  }

  static FieldValue picklist(String value) {
    return new PicklistValue(value);
  }

  static FieldValue multiPicklist(Set<String> values) {
    return new MultiPicklistValue(values);
  }

  static FieldValue multiPicklist(String... values) {
    return new MultiPicklistValue(new TreeSet<>(java.util.List.of(values)));
  }

  static FieldValue money(Money value) {
    return new MoneyValue(value);
  }

  static FieldValue email(String value) {
    return new EmailValue(value);
  }

  static FieldValue phone(String value) {
    return new PhoneValue(value);
  }

  static FieldValue url(String value) {
    return new UrlValue(value);
  }
}
