package io.crmkit.core.query;

import io.crmkit.core.ValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A filter over the records of one entity type: a small tree of comparisons on typed fields combined with
 * {@code and}, {@code or} and {@code not}. Every store evaluates the same tree and must return the same
 * records; the in-memory evaluation is the reference.
 *
 * <pre>{@code
 * Criteria c = Criteria.and(
 *     Criteria.eq(ContactFields.OWNER, "user:u-1"),
 *     Criteria.prefix(ContactFields.FAMILY_NAME, "Mü"),
 *     Criteria.not(Criteria.isNull(ContactFields.ACCOUNT_ID)));
 * }</pre>
 *
 * <p>Semantics, shared by every store:
 *
 * <ul>
 *   <li>Two-valued logic. A comparison on an absent value is false; {@code not} is plain negation, so
 *       {@code not(eq(f, x))} matches records where {@code f} is absent (unlike SQL's {@code NULL}).
 *   <li>Multi-valued fields (e-mails of a contact, links of an activity) match a comparison when any of
 *       their values does; {@link #isNull} matches when they have no value.
 *   <li>Text comparisons are case-sensitive and ordered by code point; {@link #contains} is a substring test.
 *   <li>{@code in} with no values matches nothing; {@code and()} matches everything; {@code or()} nothing.
 * </ul>
 */
public sealed interface Criteria {

  /** {@code field = value}. */
  record Eq(FieldRef<?> field, Object value) implements Criteria {
    public Eq {
      Objects.requireNonNull(field, "field");
      value = field.cast(value);
    }
  }

  /** {@code field} equals one of {@code values}. */
  record In(FieldRef<?> field, Set<Object> values) implements Criteria {
    public In {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(values, "values");
      LinkedHashSet<Object> checked = new LinkedHashSet<>();
      for (Object v : values) {
        checked.add(field.cast(v));
      }
      values = java.util.Collections.unmodifiableSet(checked);
    }
  }

  /** {@code lower <(=) field <(=) upper}; an empty bound is open. */
  record Range(
      FieldRef<?> field,
      Optional<Object> lower,
      boolean lowerInclusive,
      Optional<Object> upper,
      boolean upperInclusive)
      implements Criteria {
    public Range {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(lower, "lower");
      Objects.requireNonNull(upper, "upper");
      lower = lower.map(field::cast);
      upper = upper.map(field::cast);
      ValidationException.check(
          lower.isPresent() || upper.isPresent(), field.name(), "a range needs at least one bound");
      ValidationException.check(
          field.kind() != ValueKind.BOOLEAN, field.name(), "a range cannot be taken over a BOOLEAN field");
    }
  }

  /** The text {@code field} starts with {@code prefix} (case-sensitive). */
  record Prefix(FieldRef<?> field, String prefix) implements Criteria {
    public Prefix {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(prefix, "prefix");
      ValidationException.check(field.kind() == ValueKind.TEXT, field.name(), "prefix needs a TEXT field");
    }
  }

  /** The text {@code field} contains {@code fragment} (case-sensitive). */
  record Contains(FieldRef<?> field, String fragment) implements Criteria {
    public Contains {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(fragment, "fragment");
      ValidationException.check(field.kind() == ValueKind.TEXT, field.name(), "contains needs a TEXT field");
    }
  }

  /** {@code field} has no value. */
  record IsNull(FieldRef<?> field) implements Criteria {
    public IsNull {
      Objects.requireNonNull(field, "field");
    }
  }

  /** All of {@code terms} match (an empty list matches everything). */
  record And(List<Criteria> terms) implements Criteria {
    public And {
      terms = List.copyOf(terms);
    }
  }

  /** Any of {@code terms} matches (an empty list matches nothing). */
  record Or(List<Criteria> terms) implements Criteria {
    public Or {
      terms = List.copyOf(terms);
    }
  }

  /** {@code term} does not match. */
  record Not(Criteria term) implements Criteria {
    public Not {
      Objects.requireNonNull(term, "term");
    }
  }

  /** Matches every record. */
  static Criteria all() {
    return new And(List.of());
  }

  /** Matches no record. */
  static Criteria none() {
    return new Or(List.of());
  }

  static <V> Criteria eq(FieldRef<V> field, V value) {
    return new Eq(field, value);
  }

  @SafeVarargs
  static <V> Criteria in(FieldRef<V> field, V... values) {
    return new In(field, new LinkedHashSet<>(Arrays.asList(values)));
  }

  static <V> Criteria in(FieldRef<V> field, Collection<? extends V> values) {
    return new In(field, new LinkedHashSet<>(values));
  }

  /** {@code lower <= field < upper}, the half-open range that tiles without overlap. */
  static <V> Criteria between(FieldRef<V> field, V lowerInclusive, V upperExclusive) {
    return new Range(field, Optional.of(lowerInclusive), true, Optional.of(upperExclusive), false);
  }

  static <V> Criteria atLeast(FieldRef<V> field, V lower) {
    return new Range(field, Optional.of(lower), true, Optional.empty(), false);
  }

  static <V> Criteria greaterThan(FieldRef<V> field, V lower) {
    return new Range(field, Optional.of(lower), false, Optional.empty(), false);
  }

  static <V> Criteria atMost(FieldRef<V> field, V upper) {
    return new Range(field, Optional.empty(), false, Optional.of(upper), true);
  }

  static <V> Criteria lessThan(FieldRef<V> field, V upper) {
    return new Range(field, Optional.empty(), false, Optional.of(upper), false);
  }

  static Criteria prefix(FieldRef<String> field, String prefix) {
    return new Prefix(field, prefix);
  }

  static Criteria contains(FieldRef<String> field, String fragment) {
    return new Contains(field, fragment);
  }

  static Criteria isNull(FieldRef<?> field) {
    return new IsNull(field);
  }

  static Criteria isPresent(FieldRef<?> field) {
    return new Not(new IsNull(field));
  }

  static Criteria and(Criteria... terms) {
    return new And(List.of(terms));
  }

  static Criteria and(List<Criteria> terms) {
    return new And(terms);
  }

  static Criteria or(Criteria... terms) {
    return new Or(List.of(terms));
  }

  static Criteria or(List<Criteria> terms) {
    return new Or(terms);
  }

  static Criteria not(Criteria term) {
    return new Not(term);
  }

  /** This criteria and {@code other}. */
  default Criteria and(Criteria other) {
    return new And(List.of(this, other));
  }

  /** This criteria or {@code other}. */
  default Criteria or(Criteria other) {
    return new Or(List.of(this, other));
  }

  /** Every field this criteria names, in the order they appear. */
  default List<FieldRef<?>> fields() {
    List<FieldRef<?>> out = new ArrayList<>();
    collectFields(this, out);
    return out;
  }

  private static void collectFields(Criteria c, List<FieldRef<?>> out) {
    if (c instanceof Eq e) {
      out.add(e.field());
    } else if (c instanceof In i) {
      out.add(i.field());
    } else if (c instanceof Range r) {
      out.add(r.field());
    } else if (c instanceof Prefix p) {
      out.add(p.field());
    } else if (c instanceof Contains s) {
      out.add(s.field());
    } else if (c instanceof IsNull n) {
      out.add(n.field());
    } else if (c instanceof And a) {
      a.terms().forEach(t -> collectFields(t, out));
    } else if (c instanceof Or o) {
      o.terms().forEach(t -> collectFields(t, out));
    } else if (c instanceof Not n) {
      collectFields(n.term(), out);
    }
  }
}
