package io.crmkit.core.store;

import io.crmkit.core.query.FieldRef;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How to read one queryable field from a record of an entity type: single-valued (always present or
 * optional) or multi-valued, and whether stores should index it. Stores read fields only through bindings.
 *
 * @param <T> the record type
 */
public final class FieldBinding<T> {
  /** How many values the field has per record. */
  public enum Arity {
    /** Exactly one value. */
    REQUIRED,
    /** Zero or one value. */
    OPTIONAL,
    /** Any number of values. */
    MULTI
  }

  private final FieldRef<?> ref;
  private final Arity arity;
  private final boolean indexed;
  private final Function<T, ?> reader;

  FieldBinding(FieldRef<?> ref, Arity arity, boolean indexed, Function<T, ?> reader) {
    this.ref = Objects.requireNonNull(ref, "ref");
    this.arity = Objects.requireNonNull(arity, "arity");
    this.indexed = indexed;
    this.reader = Objects.requireNonNull(reader, "reader");
  }

  public FieldRef<?> ref() {
    return ref;
  }

  public String name() {
    return ref.name();
  }

  public Arity arity() {
    return arity;
  }

  public boolean isMulti() {
    return arity == Arity.MULTI;
  }

  /** Whether stores keep an index on this field (a hash index in memory, a column index in SQL). */
  public boolean indexed() {
    return indexed;
  }

  FieldBinding<T> withIndexed(boolean value) {
    return new FieldBinding<>(ref, arity, value, reader);
  }

  /** The single value of a single-valued field, or {@code null} when absent; the hot path of scans. */
  public @Nullable Object valueOrNull(T record) {
    Object raw = reader.apply(record);
    if (arity == Arity.OPTIONAL) {
      return ((Optional<?>) raw).orElse(null);
    }
    if (arity == Arity.MULTI) {
      throw new IllegalStateException(ref.name() + " is multi-valued");
    }
    return raw;
  }

  /** The values of the field in {@code record}: empty when absent, one or more otherwise. */
  public List<Object> values(T record) {
    Object raw = reader.apply(record);
    switch (arity) {
      case REQUIRED:
        return List.of(Objects.requireNonNull(raw, ref.name()));
      case OPTIONAL:
        return ((Optional<?>) raw).<List<Object>>map(List::of).orElse(List.of());
      default:
        return List.copyOf((Collection<?>) raw);
    }
  }

  /** The raw collection of a multi-valued field, without copying. */
  public Collection<?> multiValues(T record) {
    if (arity != Arity.MULTI) {
      throw new IllegalStateException(ref.name() + " is single-valued");
    }
    return (Collection<?>) reader.apply(record);
  }

  @Override
  public String toString() {
    return ref.name() + "(" + ref.kind() + ", " + arity + (indexed ? ", indexed" : "") + ")";
  }
}
