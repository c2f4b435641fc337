package io.crmkit.core.query;

import io.crmkit.core.ValidationException;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A criteria with an order and an optional limit, e.g.
 * {@code Query.where(c).orderBy(Sort.by(FAMILY_NAME)).limit(50)}.
 */
public record Query(Criteria criteria, Sort sort, OptionalInt limit) {
  public Query {
    Objects.requireNonNull(criteria, "criteria");
    Objects.requireNonNull(sort, "sort");
    Objects.requireNonNull(limit, "limit");
    ValidationException.check(limit.isEmpty() || limit.getAsInt() >= 0, "limit", "must not be negative");
  }

  public static Query where(Criteria criteria) {
    return new Query(criteria, Sort.byId(), OptionalInt.empty());
  }

  public static Query all() {
    return where(Criteria.all());
  }

  public Query orderBy(Sort sort) {
    return new Query(criteria, sort, limit);
  }

  public Query limit(int max) {
    return new Query(criteria, sort, OptionalInt.of(max));
  }
}
