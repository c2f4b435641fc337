package io.crmkit.store.jdbc;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** SQL text with its parameters in order, built up piece by piece. */
final class Sql {
  private final StringBuilder text = new StringBuilder(256);
  private final List<Object> params = new ArrayList<>();

  Sql append(String s) {
    text.append(s);
    return this;
  }

  /** Appends {@code ?} and its value (a String, BigDecimal, Long or Integer). */
  Sql param(Object value) {
    text.append('?');
    params.add(value);
    return this;
  }

  /** Appends {@code placeholder} (which holds one {@code ?}) and its value. */
  Sql param(String placeholder, Object value) {
    text.append(placeholder);
    params.add(value);
    return this;
  }

  Sql append(Sql other) {
    text.append(other.text);
    params.addAll(other.params);
    return this;
  }

  String text() {
    return text.toString();
  }

  PreparedStatement bind(PreparedStatement ps) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      set(ps, i + 1, params.get(i));
    }
    return ps;
  }

  static void set(PreparedStatement ps, int index, Object value) throws SQLException {
    if (value instanceof String s) {
      ps.setString(index, s);
    } else if (value instanceof BigDecimal d) {
      ps.setBigDecimal(index, d);
    } else if (value instanceof Long l) {
      ps.setLong(index, l);
    } else if (value instanceof Integer n) {
      ps.setInt(index, n);
    } else if (value instanceof Boolean b) {
      ps.setBoolean(index, b);
    } else {
      throw new IllegalArgumentException("unsupported parameter " + value.getClass());
    }
  }

  @Override
  public String toString() {
    return text + " " + params;
  }
}
