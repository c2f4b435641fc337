package io.crmkit.core.access;

import io.crmkit.core.ValidationException;
import io.crmkit.core.store.EntityType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * Removes the fields an {@link AccessPolicy} hides from a record of one type, and puts them back: what the
 * {@link SecuredStore} uses to redact what it reads and to keep hidden values when a redacted record is
 * written back. Field names are those of {@link FieldAccess} (query-field names such as {@code email},
 * {@code custom.salary}, plus names a redactor adds for parts that are not query fields, e.g. {@code address}).
 * Register one per type with {@link FieldRedactors#with}.
 *
 * <pre>{@code
 * FieldRedactor<Contact> redactor = FieldRedactor.<Contact>builder()
 *     .field("jobTitle", Contact::withoutJobTitle,
 *         (to, from) -> from.jobTitle().map(to::withJobTitle).orElseGet(to::withoutJobTitle))
 *     .build();
 * }</pre>
 *
 * @param <T> the record type
 */
public interface FieldRedactor<T> {
  /** Whether this redactor can remove {@code field} from a record (a field it cannot remove must never be hidden). */
  boolean removes(String field);

  /**
   * {@code record} without the values of {@code hidden}.
   *
   * @throws ValidationException if one of {@code hidden} is a field this redactor cannot remove
   */
  T redact(T record, Set<String> hidden);

  /**
   * {@code written} with the values of {@code fields} taken from {@code stored}: how a redacted record that is
   * written back keeps the hidden values it never showed.
   *
   * @throws ValidationException if one of {@code fields} is a field this redactor cannot remove
   */
  T restore(T written, T stored, Set<String> fields);

  /** Starts a redactor made of one remover and one copier per field. */
  static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** Copies custom field {@code key} from {@code from} into {@code to} (removing it from {@code to} when absent in {@code from}). */
  @FunctionalInterface
  interface CustomFieldCopier<T> {
    T copy(T to, T from, String key);
  }

  /** Builds a {@link FieldRedactor} field by field. */
  final class Builder<T> {
    private final Map<String, UnaryOperator<T>> removers = new LinkedHashMap<>();
    private final Map<String, BinaryOperator<T>> copiers = new LinkedHashMap<>();
    private Optional<BiFunction<T, String, T>> customRemover = Optional.empty();
    private Optional<CustomFieldCopier<T>> customCopier = Optional.empty();

    private Builder() {}

    /**
     * The field {@code name}: {@code remove} returns the record without it, {@code copy} returns its first
     * argument with the field's value (or absence) taken from the second.
     */
    public Builder<T> field(String name, UnaryOperator<T> remove, BinaryOperator<T> copy) {
      Objects.requireNonNull(name, "name");
      ValidationException.check(
          !name.isBlank() && !name.startsWith(EntityType.CUSTOM_PREFIX), "name", "must name a field other than custom.<key> but was '" + name + "'");
      ValidationException.check(!removers.containsKey(name), "name", "'" + name + "' is declared twice");
      removers.put(name, Objects.requireNonNull(remove, "remove"));
      copiers.put(name, Objects.requireNonNull(copy, "copy"));
      return this;
    }

    /** Every custom field {@code custom.<key>}: {@code remove} drops key {@code key}, {@code copy} copies it. */
    public Builder<T> customFields(BiFunction<T, String, T> remove, CustomFieldCopier<T> copy) {
      this.customRemover = Optional.of(Objects.requireNonNull(remove, "remove"));
      this.customCopier = Optional.of(Objects.requireNonNull(copy, "copy"));
      return this;
    }

    public FieldRedactor<T> build() {
      return new FieldRedactorByField<>(removers, copiers, customRemover, customCopier);
    }
  }
}
