package io.crmkit.core.json;

import io.crmkit.core.ValidationException;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.query.ValueKind;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.SettableBeanProperty;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.bean.PropertyValueBuffer;

/**
 * Two rules applied to the constructor arguments of every crmkit record before it is built, so that they
 * hold for types added later without code of their own:
 *
 * <ul>
 *   <li>A missing or null {@code Optional} is empty, and a missing or null collection or map is empty: empty
 *       optionals are not written, and documents written before a list was added stay readable.
 *   <li>Untyped values ({@code Object}, {@code Optional<Object>}, {@code Set<Object>}, {@code List<Object>})
 *       next to a {@link FieldRef} component are read as the field's {@link ValueKind}: a criteria's
 *       {@code "2026-01-31"} becomes a {@code LocalDate} when its field is a DATE, {@code "12.50"} a
 *       {@code BigDecimal} for a DECIMAL field.
 * </ul>
 */
final class RecordArguments implements ValueInstantiators {

  @Override
  public @Nullable ValueInstantiator findValueInstantiator(
      DeserializationConfig config, BeanDescription.Supplier beanDescRef) {
    return null;
  }

  @Override
  public ValueInstantiator modifyValueInstantiator(
      DeserializationConfig config, BeanDescription.Supplier beanDescRef, ValueInstantiator defaultInstantiator) {
    Class<?> raw = beanDescRef.getBeanClass();
    if (!raw.isRecord() || !raw.getName().startsWith("io.crmkit.") || defaultInstantiator instanceof Filling) {
      return defaultInstantiator;
    }
    return new Filling(defaultInstantiator, raw);
  }

  /** Fills in empty values and types the untyped ones before delegating to the record's constructor. */
  static final class Filling extends ValueInstantiator.Delegating {
    private static final long serialVersionUID = 1L;

    private final Class<?> record;
    private final Map<String, Type> componentTypes = new HashMap<>();

    Filling(ValueInstantiator delegate, Class<?> record) {
      super(delegate);
      this.record = record;
      for (RecordComponent c : record.getRecordComponents()) {
        componentTypes.put(c.getName(), c.getGenericType());
      }
    }

    @Override
    public ValueInstantiator createContextual(DeserializationContext ctxt, BeanDescription.Supplier beanDescRef) {
      ValueInstantiator d = delegate().createContextual(ctxt, beanDescRef);
      return d == delegate() ? this : new Filling(d, record);
    }

    @Override
    public Object createFromObjectWith(
        DeserializationContext ctxt, SettableBeanProperty[] props, PropertyValueBuffer buffer) {
      Object[] args = buffer.getParameters(ctxt, props);
      FieldRef<?> field = null;
      for (int i = 0; i < args.length; i++) {
        if (props[i] == null) {
          continue;
        }
        if (args[i] == null) {
          args[i] = empty(props[i].getType().getRawClass());
        }
        if (args[i] instanceof FieldRef<?> f) {
          field = f;
        }
      }
      if (field != null) {
        for (int i = 0; i < args.length; i++) {
          if (props[i] != null && args[i] != null) {
            Type t = componentTypes.get(props[i].getName());
            if (t != null) {
              args[i] = typed(args[i], t, field, props[i].getName());
            }
          }
        }
      }
      return delegate().createFromObjectWith(ctxt, args);
    }
  }

  static @Nullable Object empty(Class<?> type) {
    if (type == Optional.class) {
      return Optional.empty();
    } else if (type == OptionalInt.class) {
      return OptionalInt.empty();
    } else if (type == OptionalLong.class) {
      return OptionalLong.empty();
    } else if (type == OptionalDouble.class) {
      return OptionalDouble.empty();
    } else if (SortedSet.class.isAssignableFrom(type)) {
      return new TreeSet<>();
    } else if (Set.class.isAssignableFrom(type)) {
      return Set.of();
    } else if (type.isAssignableFrom(List.class)) {
      return List.of();
    } else if (SortedMap.class.isAssignableFrom(type)) {
      return new TreeMap<>();
    } else if (type.isAssignableFrom(Map.class)) {
      return Map.of();
    }
    return null;
  }

  /** {@code value} as read untyped, converted where the component's declared type is untyped. */
  private static Object typed(Object value, Type declared, FieldRef<?> field, String name) {
    if (declared == Object.class) {
      return as(value, field.kind(), name);
    }
    if (declared instanceof ParameterizedType p && p.getActualTypeArguments().length == 1
        && p.getActualTypeArguments()[0] == Object.class) {
      Type raw = p.getRawType();
      if (raw == Optional.class) {
        return ((Optional<?>) value).map(v -> as(v, field.kind(), name));
      }
      if (raw == Set.class) {
        Set<Object> out = new LinkedHashSet<>();
        int i = 0;
        for (Object v : (Collection<?>) value) {
          out.add(as(v, field.kind(), name + "[" + i++ + "]"));
        }
        return out;
      }
      if (raw == List.class || raw == Collection.class) {
        List<Object> out = new ArrayList<>();
        int i = 0;
        for (Object v : (Collection<?>) value) {
          out.add(as(v, field.kind(), name + "[" + i++ + "]"));
        }
        return out;
      }
    }
    return value;
  }

  /** One untyped JSON value (string, number, boolean) as a value of {@code kind}. */
  static Object as(Object value, ValueKind kind, String name) {
    try {
      switch (kind) {
        case TEXT:
          if (value instanceof String) {
            return value;
          }
          break;
        case LONG:
          if (value instanceof Integer || value instanceof Long) {
            return ((Number) value).longValue();
          }
          if (value instanceof BigInteger b) {
            return b.longValueExact();
          }
          break;
        case DECIMAL:
          if (value instanceof String s) {
            return new BigDecimal(s.strip());
          }
          if (value instanceof BigDecimal d) {
            return d;
          }
          if (value instanceof Integer || value instanceof Long) {
            return BigDecimal.valueOf(((Number) value).longValue());
          }
          if (value instanceof BigInteger b) {
            return new BigDecimal(b);
          }
          if (value instanceof Double d) {
            return new BigDecimal(d.toString());
          }
          break;
        case BOOLEAN:
          if (value instanceof Boolean) {
            return value;
          }
          break;
        case INSTANT:
          if (value instanceof String s) {
            return Instant.parse(s);
          }
          break;
        case DATE:
          if (value instanceof String s) {
            return LocalDate.parse(s);
          }
          break;
        default:
          break;
      }
    } catch (NumberFormatException | ArithmeticException | DateTimeParseException e) {
      // reported below
    }
    throw new ValidationException(
        name, "expects a " + kind + " value " + example(kind) + " but got " + describe(value));
  }

  private static String example(ValueKind kind) {
    switch (kind) {
      case TEXT:
        return "(a string)";
      case LONG:
        return "(a whole number such as 42)";
      case DECIMAL:
        return "(a decimal string such as \"12.50\")";
      case BOOLEAN:
        return "(true or false)";
      case INSTANT:
        return "(an ISO-8601 instant such as \"2026-01-31T09:30:00Z\")";
      default:
        return "(an ISO-8601 date such as \"2026-01-31\")";
    }
  }

  private static String describe(Object value) {
    return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
  }
}
