package io.crmkit.store.jdbc;

import io.crmkit.core.query.FieldRef;
import io.crmkit.core.query.ValueKind;
import io.crmkit.core.query.Values;
import io.crmkit.core.store.EntityType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * How field values sit in the columns of {@code crm_fields}: text in {@code v_text}, everything else in
 * {@code v_num} as a numeric that keeps the kind's order (LONG and DECIMAL as themselves, BOOLEAN as 0/1,
 * INSTANT as epoch seconds with a nanosecond fraction, DATE as the epoch day).
 */
final class FieldColumns {
  private FieldColumns() {}

  private static final BigDecimal FALSE = BigDecimal.ZERO;
  private static final BigDecimal TRUE = BigDecimal.ONE;

  /**
   * Text values up to this many characters (as stored) of custom fields enter the partial text index; longer
   * ones stay out of it (PostgreSQL's btree entries are limited to ~2,700 bytes, 4 bytes a character at most).
   */
  static final int INDEXED_CUSTOM_TEXT = 512;

  /**
   * The {@code field} of the value rows of custom field {@code key} of {@code kind}, e.g.
   * {@code custom.tier:text}: the kind is a suffix after the last ':', so the name is unique per key and kind.
   */
  static String customField(String key, ValueKind kind) {
    return EntityType.CUSTOM_PREFIX + key + ":" + kind.name().toLowerCase(Locale.ROOT);
  }

  /** Whether a custom text value, as stored, is short enough for the text index. */
  static boolean indexableText(String stored) {
    return stored.length() <= INDEXED_CUSTOM_TEXT;
  }

  static String column(FieldRef<?> field) {
    return field.kind() == ValueKind.TEXT ? "v_text" : "v_num";
  }

  /** The parameter value of {@code value}, a value of {@code kind}. */
  static Object encode(ValueKind kind, Object value, Dialect dialect) {
    switch (kind) {
      case TEXT:
        return dialect.text((String) value);
      case LONG:
        return BigDecimal.valueOf((Long) value);
      case DECIMAL:
        return Values.indexKey(value);
      case BOOLEAN:
        return (Boolean) value ? TRUE : FALSE;
      case INSTANT:
        Instant t = (Instant) value;
        return BigDecimal.valueOf(t.getEpochSecond()).add(BigDecimal.valueOf(t.getNano(), 9)).stripTrailingZeros();
      case DATE:
        return BigDecimal.valueOf(((LocalDate) value).toEpochDay());
      default:
        throw new IllegalArgumentException("unknown kind " + kind);
    }
  }
}
