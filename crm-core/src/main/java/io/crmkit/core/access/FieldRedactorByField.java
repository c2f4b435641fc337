package io.crmkit.core.access;

import io.crmkit.core.ValidationException;
import io.crmkit.core.store.EntityType;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/** The {@link FieldRedactor} {@link FieldRedactor.Builder} makes: one remover and one copier per field. */
final class FieldRedactorByField<T> implements FieldRedactor<T> {
  private final Map<String, UnaryOperator<T>> removers;
  private final Map<String, BinaryOperator<T>> copiers;
  private final Optional<BiFunction<T, String, T>> customRemover;
  private final Optional<CustomFieldCopier<T>> customCopier;

  FieldRedactorByField(
      Map<String, UnaryOperator<T>> removers,
      Map<String, BinaryOperator<T>> copiers,
      Optional<BiFunction<T, String, T>> customRemover,
      Optional<CustomFieldCopier<T>> customCopier) {
    this.removers = Map.copyOf(removers);
    this.copiers = Map.copyOf(copiers);
    this.customRemover = customRemover;
    this.customCopier = customCopier;
  }

  @Override
  public boolean removes(String field) {
    return removers.containsKey(field) || (customRemover.isPresent() && customKey(field).isPresent());
  }

  @Override
  public T redact(T record, Set<String> hidden) {
    Objects.requireNonNull(record, "record");
    T out = record;
    for (String field : sorted(hidden)) {
      Optional<String> key = customKey(field);
      if (key.isPresent() && customRemover.isPresent()) {
        out = customRemover.get().apply(out, key.get());
      } else {
        out = need(removers.get(field), field).apply(out);
      }
    }
    return out;
  }

  @Override
  public T restore(T written, T stored, Set<String> fields) {
    Objects.requireNonNull(written, "written");
    Objects.requireNonNull(stored, "stored");
    T out = written;
    for (String field : sorted(fields)) {
      Optional<String> key = customKey(field);
      if (key.isPresent() && customCopier.isPresent()) {
        out = customCopier.get().copy(out, stored, key.get());
      } else {
        out = need(copiers.get(field), field).apply(out, stored);
      }
    }
    return out;
  }

  private static Set<String> sorted(Set<String> fields) {
    return new TreeSet<>(Objects.requireNonNull(fields, "fields"));
  }

  private <F> F need(F op, String field) {
    if (op == null) {
      throw new ValidationException(field, "is not a field this redactor can remove (it removes " + new TreeSet<>(removers.keySet())
          + (customRemover.isPresent() ? " and custom.<key>)" : ")"));
    }
    return op;
  }

  private static Optional<String> customKey(String field) {
    return field.startsWith(EntityType.CUSTOM_PREFIX) && field.length() > EntityType.CUSTOM_PREFIX.length()
        ? Optional.of(field.substring(EntityType.CUSTOM_PREFIX.length()))
        : Optional.empty();
  }
}
