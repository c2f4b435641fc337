package io.crmkit.core.query;

import java.math.BigDecimal;
import java.util.Comparator;

/**
 * The one order and equality of field values that every store reproduces (see {@link ValueKind}).
 */
public final class Values {
  private Values() {}

  /** Unicode code-point order of strings (equal to UTF-8 byte order). */
  public static final Comparator<String> CODE_POINT_ORDER = Values::compareCodePoints;

  /** Compares two values of the same kind in that kind's order. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static int compare(Object a, Object b) {
    if (a instanceof String sa && b instanceof String sb) {
      return compareCodePoints(sa, sb);
    }
    if (a instanceof BigDecimal da && b instanceof BigDecimal db) {
      return da.compareTo(db);
    }
    if (a.getClass() != b.getClass()) {
      throw new IllegalArgumentException(
          "cannot compare " + a.getClass().getSimpleName() + " with " + b.getClass().getSimpleName());
    }
    return ((Comparable) a).compareTo(b);
  }

  /** Whether two values of the same kind are equal in that kind's order ({@code 1.0} equals {@code 1.00}). */
  public static boolean same(Object a, Object b) {
    if (a instanceof BigDecimal da && b instanceof BigDecimal db) {
      return da.compareTo(db) == 0;
    }
    return a.equals(b);
  }

  /**
   * A key that is equal for values that are {@link #same}: decimals lose trailing zeros, others are
   * themselves. Hash indexes key on it.
   */
  public static Object indexKey(Object value) {
    if (value instanceof BigDecimal d) {
      return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
    }
    return value;
  }

  private static int compareCodePoints(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char ca = a.charAt(i);
      char cb = b.charAt(i);
      if (ca != cb) {
        // surrogates (0xD800-0xDFFF) encode code points above 0xFFFF: they sort after every BMP char
        boolean sa = Character.isSurrogate(ca);
        boolean sb = Character.isSurrogate(cb);
        if (sa != sb) {
          return sa ? 1 : -1;
        }
        return ca - cb;
      }
    }
    return a.length() - b.length();
  }
}
