package io.crmkit.core.store;

import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.Values;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Compiles a criteria tree into a predicate: the reference semantics that {@link Criteria} documents.
 * Comparisons are resolved to field bindings once, so evaluation does no lookups.
 */
final class CriteriaMatcher {
  private CriteriaMatcher() {}

  static <T> Predicate<T> compile(Criteria c, EntityType<?, ?> type) {
    @SuppressWarnings("unchecked")
    EntityType<?, ?> t = type;
    return build(c, t);
  }

  @SuppressWarnings("unchecked")
  private static <T> Predicate<T> build(Criteria c, EntityType<?, ?> type) {
    if (c instanceof Criteria.And a) {
      List<Predicate<T>> ps = new ArrayList<>();
      for (Criteria term : a.terms()) {
        ps.add(build(term, type));
      }
      if (ps.isEmpty()) {
        return r -> true;
      }
      if (ps.size() == 1) {
        return ps.get(0);
      }
      Predicate<T>[] arr = ps.toArray(new Predicate[0]);
      return r -> {
        for (Predicate<T> p : arr) {
          if (!p.test(r)) {
            return false;
          }
        }
        return true;
      };
    }
    if (c instanceof Criteria.Or o) {
      List<Predicate<T>> ps = new ArrayList<>();
      for (Criteria term : o.terms()) {
        ps.add(build(term, type));
      }
      if (ps.isEmpty()) {
        return r -> false;
      }
      if (ps.size() == 1) {
        return ps.get(0);
      }
      Predicate<T>[] arr = ps.toArray(new Predicate[0]);
      return r -> {
        for (Predicate<T> p : arr) {
          if (p.test(r)) {
            return true;
          }
        }
        return false;
      };
    }
    if (c instanceof Criteria.Not n) {
      Predicate<T> inner = build(n.term(), type);
      return r -> !inner.test(r);
    }
    FieldBinding<T> binding = (FieldBinding<T>) type.binding(c.fields().get(0));
    if (c instanceof Criteria.IsNull) {
      if (binding.isMulti()) {
        return r -> binding.multiValues(r).isEmpty();
      }
      return r -> binding.valueOrNull(r) == null;
    }
    Predicate<Object> test = valueTest(c);
    if (binding.isMulti()) {
      return r -> {
        Collection<?> vs = binding.multiValues(r);
        for (Object v : vs) {
          if (test.test(v)) {
            return true;
          }
        }
        return false;
      };
    }
    return r -> {
      Object v = binding.valueOrNull(r);
      return v != null && test.test(v);
    };
  }

  /** The test of one present value against a comparison. */
  static Predicate<Object> valueTest(Criteria c) {
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
    if (c instanceof Criteria.Contains s) {
      String fragment = s.fragment();
      return v -> ((String) v).contains(fragment);
    }
    throw new IllegalArgumentException("not a comparison: " + c);
  }
}
