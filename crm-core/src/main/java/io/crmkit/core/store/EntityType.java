package io.crmkit.core.store;

import io.crmkit.core.Aggregate;
import io.crmkit.core.EntityId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.query.Sort;
import io.crmkit.core.query.ValueKind;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Describes one aggregate type to the stores: its name, Java type, id factory and queryable fields. This is
 * the generic entity-store contract: a store that handles {@code EntityType}s handles every aggregate of
 * every module, present and future.
 *
 * <pre>{@code
 * EntityType<Contact, ContactId> TYPE = EntityType.builder("contact", Contact.class, ContactId::new)
 *     .field(FAMILY_NAME, c -> c.name().family())
 *     .multiField(EMAIL, Contact::emailKeys).index(EMAIL)
 *     .build();
 * }</pre>
 *
 * <p>Every type has an indexed {@code id} field. Fields named {@code custom.<key>} are resolved through
 * {@link Builder#customFields} when the type has custom fields.
 *
 * @param <T> the aggregate type
 * @param <I> its id type
 */
public final class EntityType<T extends Aggregate<I>, I extends EntityId> {
  /** The field every type has: the record id, as text. */
  public static final FieldRef<String> ID = FieldRef.text("id");

  /** Prefix of custom-field names in criteria, e.g. {@code custom.industry}. */
  public static final String CUSTOM_PREFIX = "custom.";

  private final String name;
  private final Class<T> javaType;
  private final Function<String, I> idFactory;
  private final Map<String, FieldBinding<T>> fields;
  private final Optional<CustomFieldReader<T>> customFields;
  private final Optional<CustomFieldLister<T>> customFieldLister;

  private EntityType(Builder<T, I> b) {
    this.name = b.name;
    this.javaType = b.javaType;
    this.idFactory = b.idFactory;
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(b.fields));
    this.customFields = Optional.ofNullable(b.customFields);
    this.customFieldLister = Optional.ofNullable(b.customFieldLister);
  }

  /** Starts a type named {@code name} (lower-case, e.g. {@code contact}) for records of {@code javaType}. */
  public static <T extends Aggregate<I>, I extends EntityId> Builder<T, I> builder(
      String name, Class<T> javaType, Function<String, I> idFactory) {
    return new Builder<>(name, javaType, idFactory);
  }

  public String name() {
    return name;
  }

  public Class<T> javaType() {
    return javaType;
  }

  /** Makes a typed id from its text. */
  public I id(String value) {
    return idFactory.apply(value);
  }

  /** The declared fields by name, {@code id} first. */
  public Map<String, FieldBinding<T>> fields() {
    return fields;
  }

  /** The bindings of the fields stores should index. */
  public List<FieldBinding<T>> indexedFields() {
    return fields.values().stream().filter(FieldBinding::indexed).toList();
  }

  /** Whether records of this type carry custom fields queryable as {@code custom.<key>}. */
  public boolean hasCustomFields() {
    return customFields.isPresent();
  }

  /**
   * The lister of every custom-field query value of a record, when the type supplies one: stores use it to
   * materialise custom fields (e.g. as index rows) so that {@code custom.<key>} criteria run in the store.
   * Without it a store can only answer such criteria by reading each record through the reader.
   */
  public Optional<CustomFieldLister<T>> customFieldLister() {
    return customFieldLister;
  }

  /**
   * The binding for a field named in a criteria or sort key; custom fields get a binding made on demand.
   *
   * @throws ValidationException if the type has no such field or the kinds differ
   */
  public FieldBinding<T> binding(FieldRef<?> ref) {
    FieldBinding<T> b = fields.get(ref.name());
    if (b == null && ref.name().startsWith(CUSTOM_PREFIX) && customFields.isPresent()) {
      String key = ref.name().substring(CUSTOM_PREFIX.length());
      CustomFieldReader<T> reader = customFields.get();
      b = new FieldBinding<>(ref, FieldBinding.Arity.MULTI, false, r -> reader.values(r, key, ref.kind()));
    }
    if (b == null) {
      throw new ValidationException(
          ref.name(), "is not a queryable field of " + name + " (fields: " + fields.keySet() + ")");
    }
    if (b.ref().kind() != ref.kind()) {
      throw new ValidationException(
          ref.name(), "is a " + b.ref().kind() + " field of " + name + ", not " + ref.kind());
    }
    return b;
  }

  /** Checks that every field {@code criteria} names exists on this type with the right kind. */
  public void validate(Criteria criteria) {
    if (criteria instanceof Criteria.Eq eq) {
      // the lookup case, on every indexed query: no list of fields
      binding(eq.field());
      return;
    }
    criteria.fields().forEach(this::binding);
  }

  /** Checks that every sort key names a single-valued field of this type. */
  public void validate(Sort sort) {
    for (Sort.Key k : sort.keys()) {
      ValidationException.check(!binding(k.field()).isMulti(), k.field().name(), "cannot sort by a multi-valued field");
    }
  }

  /**
   * The reference evaluation of {@code criteria} over records of this type: what every store must return.
   */
  public Predicate<T> matcher(Criteria criteria) {
    validate(criteria);
    return CriteriaMatcher.compile(criteria, this);
  }

  /** The id of {@code record} as text. */
  public String idOf(T record) {
    return record.id().value();
  }

  @Override
  public String toString() {
    return "EntityType[" + name + "]";
  }

  /**
   * Reads custom-field values for criteria: the values of custom field {@code key} in {@code record} as
   * values of {@code kind} (empty when absent or of another kind).
   */
  @FunctionalInterface
  public interface CustomFieldReader<T> {
    Collection<?> values(T record, String key, ValueKind kind);
  }

  /**
   * Lists every custom-field query value of a record at once, as key → kind → values: exactly the values
   * the type's {@link CustomFieldReader} answers for each key and kind (keys and kinds it would answer
   * with nothing are left out). For stores that materialise custom fields.
   *
   * <pre>{@code
   * .customFields((c, key, kind) -> c.customFields().queryValues(key, kind), c -> c.customFields().allQueryValues())
   * }</pre>
   */
  @FunctionalInterface
  public interface CustomFieldLister<T> {
    Map<String, Map<ValueKind, List<Object>>> values(T record);
  }

  /** Builds an {@link EntityType}; {@link #build()} validates it. */
  public static final class Builder<T extends Aggregate<I>, I extends EntityId> {
    private final String name;
    private final Class<T> javaType;
    private final Function<String, I> idFactory;
    private final Map<String, FieldBinding<T>> fields = new LinkedHashMap<>();
    private CustomFieldReader<T> customFields;
    private CustomFieldLister<T> customFieldLister;

    private Builder(String name, Class<T> javaType, Function<String, I> idFactory) {
      this.name = Objects.requireNonNull(name, "name");
      this.javaType = Objects.requireNonNull(javaType, "javaType");
      this.idFactory = Objects.requireNonNull(idFactory, "idFactory");
      ValidationException.check(name.matches("[a-z][a-z0-9_]{0,63}"), "name", "must be lower-case letters, digits and '_' but was '" + name + "'");
      fields.put(ID.name(), new FieldBinding<>(ID, FieldBinding.Arity.REQUIRED, true, r -> r.id().value()));
    }

    /** A field every record has. */
    public <V> Builder<T, I> field(FieldRef<V> ref, Function<T, V> reader) {
      return add(new FieldBinding<>(ref, FieldBinding.Arity.REQUIRED, false, reader));
    }

    /** A field a record may lack. */
    public <V> Builder<T, I> optionalField(FieldRef<V> ref, Function<T, Optional<V>> reader) {
      return add(new FieldBinding<>(ref, FieldBinding.Arity.OPTIONAL, false, reader));
    }

    /** A field with any number of values per record. */
    public <V> Builder<T, I> multiField(FieldRef<V> ref, Function<T, ? extends Collection<V>> reader) {
      return add(new FieldBinding<>(ref, FieldBinding.Arity.MULTI, false, reader));
    }

    /** Asks stores to index the already declared fields {@code refs}. */
    public Builder<T, I> index(FieldRef<?>... refs) {
      for (FieldRef<?> ref : refs) {
        FieldBinding<T> b = fields.get(ref.name());
        ValidationException.check(b != null, ref.name(), "declare the field before indexing it");
        fields.put(ref.name(), b.withIndexed(true));
      }
      return this;
    }

    /** Makes custom fields queryable as {@code custom.<key>}. */
    public Builder<T, I> customFields(CustomFieldReader<T> reader) {
      this.customFields = Objects.requireNonNull(reader, "reader");
      this.customFieldLister = null; // a lister must match its reader
      return this;
    }

    /**
     * Makes custom fields queryable as {@code custom.<key>} and listable by stores: {@code lister} must
     * list exactly what {@code reader} answers (see {@link CustomFieldLister}).
     */
    public Builder<T, I> customFields(CustomFieldReader<T> reader, CustomFieldLister<T> lister) {
      this.customFields = Objects.requireNonNull(reader, "reader");
      this.customFieldLister = Objects.requireNonNull(lister, "lister");
      return this;
    }

    private Builder<T, I> add(FieldBinding<T> binding) {
      ValidationException.check(
          !binding.name().startsWith(CUSTOM_PREFIX), binding.name(), "names starting with 'custom.' are reserved for custom fields");
      ValidationException.check(
          fields.putIfAbsent(binding.name(), binding) == null, binding.name(), "is declared twice on " + name);
      return this;
    }

    public EntityType<T, I> build() {
      return new EntityType<>(this);
    }
  }
}
