package io.crmkit.core.field;

import io.crmkit.core.query.ValueKind;

/**
 * The type of a custom field, e.g. {@code FieldDefinition.of("tier", "Tier", FieldType.PICKLIST)}. Each type
 * has one {@link FieldValue} record and one {@link ValueKind} under which criteria query it.
 */
public enum FieldType {
  /** Free text ({@link FieldValue.TextValue}); may have a maximum length. */
  TEXT(ValueKind.TEXT),
  /** A whole number ({@link FieldValue.NumberValue}); may have bounds. */
  NUMBER(ValueKind.LONG),
  /** A decimal number ({@link FieldValue.DecimalValue}); may have bounds. */
  DECIMAL(ValueKind.DECIMAL),
  /** Yes or no ({@link FieldValue.BooleanValue}). */
  BOOLEAN(ValueKind.BOOLEAN),
  /** A calendar date ({@link FieldValue.DateValue}); may have bounds. */
  DATE(ValueKind.DATE),
  /** An instant in time ({@link FieldValue.DateTimeValue}); may have bounds. */
  DATETIME(ValueKind.INSTANT),
  /** One of the tenant's picklist values ({@link FieldValue.PicklistValue}). */
  PICKLIST(ValueKind.TEXT),
  /** Any set of the tenant's picklist values ({@link FieldValue.MultiPicklistValue}). */
  MULTI_PICKLIST(ValueKind.TEXT),
  /** An amount of money ({@link FieldValue.MoneyValue}); bounds apply to the amount. */
  MONEY(ValueKind.DECIMAL),
  /** An e-mail address ({@link FieldValue.EmailValue}). */
  EMAIL(ValueKind.TEXT),
  /** A phone number in international form ({@link FieldValue.PhoneValue}). */
  PHONE(ValueKind.TEXT),
  /** An http(s) URL ({@link FieldValue.UrlValue}). */
  URL(ValueKind.TEXT);

  private final ValueKind queryKind;

  FieldType(ValueKind queryKind) {
    this.queryKind = queryKind;
  }

  /** The kind of criteria value this type is queried as ({@code custom.<key>} fields). */
  public ValueKind queryKind() {
    return queryKind;
  }

  /** Whether the type takes picklist values. */
  public boolean isPicklist() {
    return this == PICKLIST || this == MULTI_PICKLIST;
  }

  /** Whether a definition of this type may have min/max bounds. */
  public boolean isBounded() {
    return this == NUMBER || this == DECIMAL || this == MONEY || this == DATE || this == DATETIME;
  }
}
