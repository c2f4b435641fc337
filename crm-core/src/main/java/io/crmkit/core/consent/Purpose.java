package io.crmkit.core.consent;

import io.crmkit.core.ValidationException;
import java.util.Objects;

/**
 * What a party is contacted for: a lower-case slug such as {@code marketing}, {@code newsletter} or
 * {@code service}. {@link #ALL} ({@code *}) stands for every purpose and is only used to withdraw
 * everything on a channel.
 *
 * <p>{@code Purpose.of("newsletter")}
 */
public record Purpose(String value) implements Comparable<Purpose> {
  /** Every purpose; only for withdrawals. */
  public static final Purpose ALL = new Purpose("*");
  /** Marketing communication. */
  public static final Purpose MARKETING = new Purpose("marketing");
  /** A newsletter. */
  public static final Purpose NEWSLETTER = new Purpose("newsletter");
  /** Service messages about what the party bought or asked for. */
  public static final Purpose SERVICE = new Purpose("service");

  public Purpose {
    Objects.requireNonNull(value, "value");
    ValidationException.check(
        value.equals("*") || value.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*") && value.length() <= 64,
        "purpose",
        "must be a lower-case slug such as 'marketing' or 'product-updates' (at most 64 characters) or '*', but was '" + value + "'");
  }

  public static Purpose of(String value) {
    return new Purpose(value);
  }

  /** Whether this is {@link #ALL}. */
  public boolean isAll() {
    return value.equals("*");
  }

  @Override
  public int compareTo(Purpose o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
