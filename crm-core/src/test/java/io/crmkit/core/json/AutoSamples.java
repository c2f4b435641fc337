package io.crmkit.core.json;

import io.crmkit.core.EntityId;
import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.query.FieldRef;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Builds a plausible value of a record type by reflection, for the record types that have no hand-made
 * example in {@link JsonSamples} yet (so that types added to crm-core are round-tripped from the day they
 * land). Plain values are simple ("sample", 1, EUR, a fixed instant); optionals are tried present, then
 * empty; a sealed interface is built from the first subtype that can be built.
 */
final class AutoSamples {
  private AutoSamples() {}

  private static final int MAX_DEPTH = 8;

  /** A value of {@code type}, or empty when its constructor refuses every attempt. */
  static Optional<Object> of(Class<?> type) {
    return Optional.ofNullable(build(type, 0));
  }

  private static @Nullable Object build(Type type, int depth) {
    if (depth > MAX_DEPTH) {
      return null;
    }
    if (type instanceof WildcardType w) {
      return build(w.getUpperBounds()[0], depth);
    }
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type[] args = p.getActualTypeArguments();
      if (raw == Optional.class) {
        Object inner = build(args[0], depth + 1);
        return inner == null ? Optional.empty() : Optional.of(inner);
      }
      if (raw == List.class || raw == java.util.Collection.class) {
        Object inner = build(args[0], depth + 1);
        return inner == null ? List.of() : List.of(inner);
      }
      if (SortedSet.class.isAssignableFrom(raw)) {
        Object inner = build(args[0], depth + 1);
        TreeSet<Object> s = new TreeSet<>();
        if (inner != null) {
          s.add(inner);
        }
        return s;
      }
      if (raw == Set.class) {
        Object inner = build(args[0], depth + 1);
        return inner == null ? Set.of() : Set.of(inner);
      }
      if (raw == Map.class) {
        Object k = build(args[0], depth + 1);
        Object v = build(args[1], depth + 1);
        return k == null || v == null ? Map.of() : Map.of(k, v);
      }
      return build(raw, depth);
    }
    if (!(type instanceof Class<?> c)) {
      return null;
    }
    Object plain = plain(c);
    if (plain != null) {
      return plain;
    }
    List<Object> known = JsonSamples.all().get(c);
    if (known != null && !known.isEmpty()) {
      return known.get(0);
    }
    if (c.isEnum()) {
      return c.getEnumConstants().length > 0 ? c.getEnumConstants()[0] : null;
    }
    if (c.isSealed()) {
      for (Class<?> sub : c.getPermittedSubclasses()) {
        Object v = build(sub, depth + 1);
        if (v != null) {
          return v;
        }
      }
      return null;
    }
    if (c.isRecord()) {
      if (EntityId.class.isAssignableFrom(c)) {
        return construct(c, new Object[] {"sample-1"});
      }
      RecordComponent[] components = c.getRecordComponents();
      Object[] full = new Object[components.length];
      Object[] lean = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        Type t = components[i].getGenericType();
        full[i] = build(t, depth + 1);
        lean[i] = empty(components[i].getType(), full[i]);
        if (full[i] == null) {
          return null;
        }
      }
      Object v = construct(c, full);
      return v != null ? v : construct(c, lean);
    }
    return null;
  }

  private static @Nullable Object construct(Class<?> c, Object[] args) {
    try {
      Class<?>[] types = new Class<?>[args.length];
      RecordComponent[] components = c.getRecordComponents();
      for (int i = 0; i < args.length; i++) {
        types[i] = components[i].getType();
      }
      Constructor<?> k = c.getDeclaredConstructor(types);
      k.setAccessible(true);
      return k.newInstance(args);
    } catch (InvocationTargetException e) {
      return null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  private static Object empty(Class<?> type, Object fallback) {
    Object e = RecordArguments.empty(type);
    return e != null ? e : fallback;
  }

  private static @Nullable Object plain(Class<?> c) {
    if (c == String.class || c == Object.class || c == CharSequence.class) {
      return "sample";
    } else if (c == long.class || c == Long.class) {
      return 1L;
    } else if (c == int.class || c == Integer.class) {
      return 1;
    } else if (c == short.class || c == Short.class) {
      return (short) 1;
    } else if (c == double.class || c == Double.class) {
      return 1.5;
    } else if (c == boolean.class || c == Boolean.class) {
      return true;
    } else if (c == BigDecimal.class) {
      return new BigDecimal("12.50");
    } else if (c == Instant.class) {
      return JsonSamples.CREATED;
    } else if (c == LocalDate.class) {
      return LocalDate.parse("2026-03-01");
    } else if (c == LocalTime.class) {
      return LocalTime.parse("09:30");
    } else if (c == LocalDateTime.class) {
      return LocalDateTime.parse("2026-03-01T09:30");
    } else if (c == Duration.class) {
      return Duration.ofMinutes(90);
    } else if (c == ZoneId.class) {
      return ZoneId.of("Europe/Berlin");
    } else if (c == Currency.class) {
      return Currency.getInstance("EUR");
    } else if (c == OptionalInt.class) {
      return OptionalInt.of(1);
    } else if (c == OptionalLong.class) {
      return OptionalLong.of(1);
    } else if (c == TenantId.class) {
      return JsonSamples.TENANT;
    } else if (c == Owner.class) {
      return Owner.user("u-1");
    } else if (c == RecordRef.class) {
      return new RecordRef("contact", "c-1");
    } else if (c == FieldRef.class) {
      return FieldRef.text("name");
    }
    return null;
  }
}
