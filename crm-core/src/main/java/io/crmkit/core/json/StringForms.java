package io.crmkit.core.json;

import io.crmkit.core.EntityId;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.deser.KeyDeserializers;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The values written as one JSON string: every typed id ({@link EntityId} record, by its value), {@link
 * TenantId}, {@link Owner} ({@code user:u-1}), {@link RecordRef} ({@code contact:abc}), a consent {@link
 * Purpose} ({@code newsletter}) and {@link BigDecimal}
 * (the exact plain decimal, so no client reads it into a double). They work as map keys too.
 */
final class StringForms {
  private StringForms() {}

  static void register(SimpleModule module) {
    add(module, TenantId.class, TenantId::value, TenantId::new);
    add(module, Owner.class, Owner::toString, StringForms::owner);
    add(module, RecordRef.class, RecordRef::toString, RecordRef::parse);
    add(module, EntityId.class, EntityId::value, null);
    add(module, Purpose.class, Purpose::value, Purpose::of);
    module.addSerializer(BigDecimal.class, new StringSerializer<>(BigDecimal.class, StringForms::decimal, false));
    module.addDeserializer(BigDecimal.class, new DecimalDeserializer());
  }

  private static <T> void add(
      SimpleModule module, Class<T> type, Function<T, String> format, @Nullable Function<String, T> parse) {
    module.addSerializer(type, new StringSerializer<>(type, format, false));
    module.addKeySerializer(type, new StringSerializer<>(type, format, true));
    if (parse != null) {
      module.addDeserializer(type, new StringDeserializer<>(type, parse));
      module.addKeyDeserializer(type, new StringKeyDeserializer(parse));
    }
  }

  /**
   * The exact text of a decimal, scale included so that it reads back equal: plain digits ({@code "0.0000001"},
   * {@code "12.50"}), and scientific notation only for a negative scale ({@code 1E+3} stays {@code "1E+3"}).
   */
  static String decimal(BigDecimal value) {
    return value.scale() >= 0 ? value.toPlainString() : value.toString();
  }

  /** Parses {@code user:u-1} / {@code team:emea}, the form {@link Owner#toString()} writes. */
  static Owner owner(String text) {
    int colon = text.indexOf(':');
    ValidationException.check(colon > 0, "owner", "must look like 'user:<id>' or 'team:<id>' but was '" + text + "'");
    String kind = text.substring(0, colon);
    Owner.Kind k;
    try {
      k = Owner.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ValidationException("owner", "kind must be 'user' or 'team' but was '" + kind + "'");
    }
    return new Owner(k, text.substring(colon + 1));
  }

  /** The function that makes an id of record type {@code type} from its text (its canonical constructor). */
  static Function<String, Object> idFactory(Class<?> type) {
    Constructor<?> constructor;
    try {
      constructor = type.getDeclaredConstructor(String.class);
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(type.getName() + " is an EntityId without a (String) constructor", e);
    }
    return text -> {
      try {
        return constructor.newInstance(text);
      } catch (InvocationTargetException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw new IllegalStateException(e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot create " + type.getName(), e);
      }
    };
  }

  static boolean isIdRecord(Class<?> raw) {
    return raw.isRecord() && EntityId.class.isAssignableFrom(raw);
  }

  /** Writes a value as its string form, as a value or as a map key. */
  static final class StringSerializer<T> extends StdSerializer<T> {
    private final Function<T, String> format;
    private final boolean key;

    StringSerializer(Class<T> type, Function<T, String> format, boolean key) {
      super(type);
      this.format = format;
      this.key = key;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
      if (key) {
        gen.writeName(format.apply(value));
      } else {
        gen.writeString(format.apply(value));
      }
    }
  }

  /** Reads a value from its string form; a refusal of the value's constructor keeps its message. */
  static final class StringDeserializer<T> extends StdDeserializer<T> {
    private final Function<String, ? extends T> parse;

    StringDeserializer(Class<T> type, Function<String, ? extends T> parse) {
      super(type);
      this.parse = Objects.requireNonNull(parse, "parse");
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (T) ctxt.handleUnexpectedToken(handledType(), p);
      }
      return parse.apply(p.getString());
    }
  }

  /** Reads a decimal from a string (what we write) or an exact JSON number. */
  static final class DecimalDeserializer extends StdDeserializer<BigDecimal> {
    DecimalDeserializer() {
      super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.hasToken(JsonToken.VALUE_NUMBER_INT) || p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
        return p.getDecimalValue();
      }
      if (p.hasToken(JsonToken.VALUE_STRING)) {
        String text = p.getString().strip();
        try {
          return new BigDecimal(text);
        } catch (NumberFormatException e) {
          return (BigDecimal) ctxt.handleWeirdStringValue(BigDecimal.class, text, "not a decimal number such as 12.50");
        }
      }
      return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
    }
  }

  static final class StringKeyDeserializer extends KeyDeserializer {
    private final Function<String, ?> parse;

    StringKeyDeserializer(Function<String, ?> parse) {
      this.parse = parse;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) {
      return parse.apply(key);
    }
  }

  /** Finds the reader of any typed-id record, present or future, by its (String) constructor. */
  static final class IdDeserializers implements Deserializers {
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public @Nullable ValueDeserializer<?> findBeanDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription.Supplier beanDescRef) {
      Class<?> raw = type.getRawClass();
      return isIdRecord(raw) ? new StringDeserializer(raw, idFactory(raw)) : null;
    }

    @Override
    public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
      return isIdRecord(valueType);
    }
  }

  static final class IdKeyDeserializers implements KeyDeserializers {
    @Override
    public @Nullable KeyDeserializer findKeyDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription.Supplier beanDescRef) {
      Class<?> raw = type.getRawClass();
      return isIdRecord(raw) ? new StringKeyDeserializer(idFactory(raw)) : null;
    }
  }
}
