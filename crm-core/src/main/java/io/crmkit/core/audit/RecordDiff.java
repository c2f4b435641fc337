package io.crmkit.core.audit;

import io.crmkit.core.ValidationException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Field-level differences between two versions of an immutable record, by reflection over its record
 * components. This is what the audit trail stores for an update.
 *
 * <p>How values are read:
 *
 * <ul>
 *   <li>Nested records with two or more components are flattened into dotted paths ({@code name.given});
 *       records with a single component (typed ids such as {@code AccountId}) stand for that component.
 *   <li>{@code Optional}s are unwrapped; an empty one is an absent value, and so is an empty collection.
 *   <li>Lists, sets and maps are compared as wholes and rendered readably: {@code [a, b]} for a list, set
 *       elements and map entries sorted ({@code {k=v}}), records inside them as {@code {given=Ann, family=Lee}}.
 *   <li>Enums render as their name, decimals as plain text, everything else by {@code toString()}. A field
 *       changed when its rendering changed.
 *   <li>The top-level {@code version} component is ignored: it changes on every write and says nothing.
 * </ul>
 *
 * <p>{@code List<FieldChange> changes = RecordDiff.between(saved, edited);}
 */
public final class RecordDiff {
  private static final int MAX_DEPTH = 32;
  private static final String IGNORED = "version";

  private static final ClassValue<List<Component>> COMPONENTS =
      new ClassValue<>() {
        @Override
        protected List<Component> computeValue(Class<?> type) {
          List<Component> out = new ArrayList<>();
          for (RecordComponent rc : type.getRecordComponents()) {
            Method accessor = rc.getAccessor();
            accessor.trySetAccessible();
            out.add(new Component(rc.getName(), accessor));
          }
          return List.copyOf(out);
        }
      };

  private RecordDiff() {}

  /**
   * The changed fields between two records of the same record class, in component order.
   *
   * @throws ValidationException if either is not a record or their classes differ
   */
  public static List<FieldChange> between(Object before, Object after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    ValidationException.check(before.getClass().isRecord(), "before", "must be a record but was a " + before.getClass().getName());
    ValidationException.check(
        before.getClass() == after.getClass(),
        "after",
        "must be of the same record class as before (" + before.getClass().getName() + ") but was " + after.getClass().getName());
    List<FieldChange> out = new ArrayList<>();
    for (Component c : COMPONENTS.get(before.getClass())) {
      if (!c.name().equals(IGNORED)) {
        diff(c.name(), c.read(before), c.read(after), out, 1);
      }
    }
    return List.copyOf(out);
  }

  /** Every set field of a new record, each as a change from absent to its value (what a creation records). */
  public static List<FieldChange> creation(Object record) {
    List<FieldChange> out = new ArrayList<>();
    snapshot(record).forEach((path, value) -> out.add(FieldChange.set(path, value)));
    return List.copyOf(out);
  }

  /** Every set field of a deleted record, each as a change from its value to absent. */
  public static List<FieldChange> deletion(Object record) {
    List<FieldChange> out = new ArrayList<>();
    snapshot(record).forEach((path, value) -> out.add(FieldChange.cleared(path, value)));
    return List.copyOf(out);
  }

  /** The set fields of a record as dotted path to rendered value, in component order ({@code version} left out). */
  public static Map<String, String> snapshot(Object record) {
    Objects.requireNonNull(record, "record");
    ValidationException.check(record.getClass().isRecord(), "record", "must be a record but was a " + record.getClass().getName());
    Map<String, String> out = new LinkedHashMap<>();
    for (Component c : COMPONENTS.get(record.getClass())) {
      if (!c.name().equals(IGNORED)) {
        flatten(c.name(), c.read(record), out, 1);
      }
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  private static void diff(String path, @Nullable Object before, @Nullable Object after, List<FieldChange> out, int depth) {
    Object b = unwrap(before);
    Object a = unwrap(after);
    if (b != null && a != null && b.getClass() == a.getClass() && b.getClass().isRecord() && depth < MAX_DEPTH) {
      for (Component c : COMPONENTS.get(b.getClass())) {
        diff(path + "." + c.name(), c.read(b), c.read(a), out, depth + 1);
      }
      return;
    }
    Map<String, String> fb = new LinkedHashMap<>();
    Map<String, String> fa = new LinkedHashMap<>();
    flatten(path, b, fb, depth);
    flatten(path, a, fa, depth);
    Set<String> paths = new LinkedHashSet<>(fb.keySet());
    paths.addAll(fa.keySet());
    for (String p : paths) {
      Optional<String> vb = Optional.ofNullable(fb.get(p));
      Optional<String> va = Optional.ofNullable(fa.get(p));
      if (!vb.equals(va)) {
        out.add(new FieldChange(p, vb, va));
      }
    }
  }

  private static void flatten(String path, @Nullable Object value, Map<String, String> out, int depth) {
    Object v = unwrap(value);
    if (v == null) {
      return;
    }
    if (v.getClass().isRecord() && depth < MAX_DEPTH) {
      for (Component c : COMPONENTS.get(v.getClass())) {
        flatten(path + "." + c.name(), c.read(v), out, depth + 1);
      }
      return;
    }
    String rendered = render(v, depth);
    if (rendered != null) {
      out.put(path, rendered);
    }
  }

  /** Unwraps Optionals and single-component records; {@code null} for an absent value. */
  private static @Nullable Object unwrap(@Nullable Object value) {
    Object v = value;
    for (int i = 0; i < MAX_DEPTH && v != null; i++) {
      if (v instanceof Optional<?> o) {
        v = o.orElse(null);
      } else if (v.getClass().isRecord() && COMPONENTS.get(v.getClass()).size() == 1) {
        v = COMPONENTS.get(v.getClass()).get(0).read(v);
      } else {
        return v;
      }
    }
    return v;
  }

  /** A readable rendering; {@code null} for an absent value (empty Optional or empty collection). */
  static @Nullable String render(@Nullable Object value, int depth) {
    Object v = unwrap(value);
    if (v == null) {
      return null;
    }
    if (v instanceof String s) {
      return s;
    }
    if (v instanceof Enum<?> e) {
      return e.name();
    }
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (depth >= MAX_DEPTH) {
      return String.valueOf(v);
    }
    if (v instanceof List<?> list) {
      if (list.isEmpty()) {
        return null;
      }
      List<String> parts = new ArrayList<>(list.size());
      for (Object e : list) {
        parts.add(element(e, depth));
      }
      return "[" + String.join(", ", parts) + "]";
    }
    if (v instanceof Collection<?> set) {
      if (set.isEmpty()) {
        return null;
      }
      List<String> parts = new ArrayList<>(set.size());
      for (Object e : set) {
        parts.add(element(e, depth));
      }
      parts.sort(null);
      return "[" + String.join(", ", parts) + "]";
    }
    if (v instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        return null;
      }
      List<String> parts = new ArrayList<>(map.size());
      for (Map.Entry<?, ?> e : map.entrySet()) {
        parts.add(element(e.getKey(), depth) + "=" + element(e.getValue(), depth));
      }
      parts.sort(null);
      return "{" + String.join(", ", parts) + "}";
    }
    if (v.getClass().isRecord()) {
      List<String> parts = new ArrayList<>();
      for (Component c : COMPONENTS.get(v.getClass())) {
        String r = render(c.read(v), depth + 1);
        if (r != null) {
          parts.add(c.name() + "=" + r);
        }
      }
      return "{" + String.join(", ", parts) + "}";
    }
    return v.toString();
  }

  private static String element(@Nullable Object e, int depth) {
    String r = render(e, depth + 1);
    return r == null ? "∅" : r;
  }

  private record Component(String name, Method accessor) {
    @Nullable Object read(Object target) {
      try {
        return accessor.invoke(target);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(
            "cannot read " + target.getClass().getName() + "." + name + "(): open the package to io.crmkit.core", e);
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException re) {
          throw re;
        }
        throw new IllegalStateException(target.getClass().getName() + "." + name + "() failed", cause);
      }
    }
  }
}
