package io.crmkit.sales.scoring.internal;

import io.crmkit.core.ValidationException;
import io.crmkit.core.annotation.Internal;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.query.Values;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Compiles a {@link Criteria} tree into a predicate over field values read by name, with the semantics the
 * query model documents (two-valued logic, any-match on multi-valued fields, code-point text order, decimals
 * by value): scoring conditions mean what the same criteria mean in a store query.
 */
@Internal
public final class FeatureCriteria {
  private FeatureCriteria() {}

  /** Field values by name: empty when absent. */
  @FunctionalInterface
  public interface FieldValues {
    List<?> values(String field);
  }

  /** The predicate of {@code criteria}. */
  public static Predicate<FieldValues> compile(Criteria criteria) {
    if (criteria instanceof Criteria.And a) {
      List<Predicate<FieldValues>> terms = compileAll(a.terms());
      return r -> {
        for (Predicate<FieldValues> t : terms) {
          if (!t.test(r)) {
            return false;
          }
        }
        return true;
      };
    }
    if (criteria instanceof Criteria.Or o) {
      List<Predicate<FieldValues>> terms = compileAll(o.terms());
      return r -> {
        for (Predicate<FieldValues> t : terms) {
          if (t.test(r)) {
            return true;
          }
        }
        return false;
      };
    }
    if (criteria instanceof Criteria.Not n) {
      return compile(n.term()).negate();
    }
    if (criteria instanceof Criteria.IsNull n) {
      FieldRef<?> f = n.field();
      return r -> r.values(f.name()).isEmpty();
    }
    FieldRef<?> field = comparedField(criteria);
    Predicate<Object> test = valueTest(criteria);
    String name = field.name();
    Class<?> type = field.kind().javaType();
    return r -> {
      for (Object v : r.values(name)) {
        if (!type.isInstance(v)) {
          throw new ValidationException(name, "is a " + field.kind() + " field in the scoring condition but the extractor gave "
              + v.getClass().getSimpleName() + " '" + v + "'");
        }
        if (test.test(v)) {
          return true;
        }
      }
      return false;
    };
  }

  private static List<Predicate<FieldValues>> compileAll(List<Criteria> terms) {
    List<Predicate<FieldValues>> out = new ArrayList<>(terms.size());
    for (Criteria t : terms) {
      out.add(compile(t));
    }
    return List.copyOf(out);
  }

  private static FieldRef<?> comparedField(Criteria c) {
    if (c instanceof Criteria.Eq e) {
      return e.field();
    }
    if (c instanceof Criteria.In i) {
      return i.field();
    }
    if (c instanceof Criteria.Range r) {
      return r.field();
    }
    if (c instanceof Criteria.Prefix p) {
      return p.field();
    }
    if (c instanceof Criteria.Contains s) {
      return s.field();
    }
    throw new IllegalArgumentException("not a comparison: " + c);
  }

  private static Predicate<Object> valueTest(Criteria c) {
    if (c instanceof Criteria.Eq e) {
      Object want = e.value();
      return v -> Values.same(v, want);
    }
    if (c instanceof Criteria.In in) {
      Set<Object> keys = new HashSet<>();
      for (Object v : in.values()) {
        keys.add(Values.indexKey(v));
      }
      return v -> keys.contains(Values.indexKey(v));
    }
    if (c instanceof Criteria.Range r) {
      Optional<Object> lo = r.lower();
      Optional<Object> hi = r.upper();
      boolean loInc = r.lowerInclusive();
      boolean hiInc = r.upperInclusive();
      return v -> {
        if (lo.isPresent()) {
          int cmp = Values.compare(v, lo.get());
          if (cmp < 0 || (cmp == 0 && !loInc)) {
            return false;
          }
        }
        if (hi.isPresent()) {
          int cmp = Values.compare(v, hi.get());
          return cmp < 0 || (cmp == 0 && hiInc);
        }
        return true;
      };
    }
    if (c instanceof Criteria.Prefix p) {
      String prefix = p.prefix();
      return v -> ((String) v).startsWith(prefix);
    }
    Criteria.Contains s = (Criteria.Contains) c;
    String fragment = s.fragment();
    return v -> ((String) v).contains(fragment);
  }

  /** Adapts a record and a per-record reader to {@link FieldValues}. */
  public static <R> FieldValues of(R record, java.util.function.BiFunction<R, String, List<?>> reader) {
    return field -> reader.apply(record, field);
  }

  /** Adapts a function to {@link FieldValues}. */
  public static FieldValues of(Function<String, List<?>> reader) {
    return reader::apply;
  }
}
