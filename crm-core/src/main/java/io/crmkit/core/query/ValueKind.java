package io.crmkit.core.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The kinds of value a queryable field holds, each with one Java type and one total order that every store
 * must reproduce.
 *
 * <ul>
 *   <li>{@code TEXT} ({@link String}): ordered by Unicode code point (what PostgreSQL's {@code "C"} collation
 *       and a UTF-8 byte comparison give), not by UTF-16 unit; matching is case-sensitive.
 *   <li>{@code LONG} ({@link Long}), {@code DECIMAL} ({@link BigDecimal}, equal when numerically equal, so
 *       {@code 1.0} equals {@code 1.00}), {@code BOOLEAN} ({@code false < true}), {@code INSTANT}
 *       ({@link Instant}, UTC), {@code DATE} ({@link LocalDate}).
 * </ul>
 */
public enum ValueKind {
  TEXT(String.class),
  LONG(Long.class),
  DECIMAL(BigDecimal.class),
  BOOLEAN(Boolean.class),
  INSTANT(Instant.class),
  DATE(LocalDate.class);

  private final Class<?> javaType;

  ValueKind(Class<?> javaType) {
    this.javaType = javaType;
  }

  /** The Java type of this kind's values. */
  public Class<?> javaType() {
    return javaType;
  }
}
