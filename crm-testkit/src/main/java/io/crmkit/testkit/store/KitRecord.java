package io.crmkit.testkit.store;

import io.crmkit.core.Aggregate;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.query.ValueKind;
import io.crmkit.core.store.EntityType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The conformance kit's own aggregate: one field of every {@link ValueKind}, required and optional ones, a
 * multi-valued indexed text field and custom fields, so that the kit exercises everything a store must
 * handle without depending on any domain module.
 *
 * <p>{@code KitRecord r = KitRecord.of(tenant, "r-1", "Ann").withTags(List.of("vip"));}
 *
 * @param id the record id
 * @param tenantId the owning tenant
 * @param version the optimistic-concurrency version (0 until stored)
 * @param name required text, indexed
 * @param nickname optional text ({@code Optional.of("")} is present and differs from absent)
 * @param counter a long, incremented by the concurrency checks
 * @param amount an optional decimal; {@code 1.0} and {@code 1.00} must compare equal
 * @param active a boolean
 * @param seenAt an optional instant, microsecond precision so SQL timestamps hold it exactly
 * @param dueOn an optional date
 * @param tags multi-valued text, indexed
 * @param customFields custom field values by key, queryable as {@code custom.<key>}
 */
public record KitRecord(
    KitRecordId id,
    TenantId tenantId,
    long version,
    String name,
    Optional<String> nickname,
    long counter,
    Optional<BigDecimal> amount,
    boolean active,
    Optional<Instant> seenAt,
    Optional<LocalDate> dueOn,
    List<String> tags,
    Map<String, Object> customFields)
    implements Aggregate<KitRecordId> {

  /** Required text, indexed. */
  public static final FieldRef<String> NAME = FieldRef.text("name");
  /** Optional text. */
  public static final FieldRef<String> NICKNAME = FieldRef.text("nickname");
  /** Required long. */
  public static final FieldRef<Long> COUNTER = FieldRef.number("counter");
  /** Optional decimal. */
  public static final FieldRef<BigDecimal> AMOUNT = FieldRef.decimal("amount");
  /** Required boolean. */
  public static final FieldRef<Boolean> ACTIVE = FieldRef.bool("active");
  /** Optional instant. */
  public static final FieldRef<Instant> SEEN_AT = FieldRef.instant("seenAt");
  /** Optional date. */
  public static final FieldRef<LocalDate> DUE_ON = FieldRef.date("dueOn");
  /** Multi-valued text, indexed. */
  public static final FieldRef<String> TAGS = FieldRef.text("tags");
  /** The custom field {@code tier} read as text. */
  public static final FieldRef<String> CUSTOM_TIER = FieldRef.text(EntityType.CUSTOM_PREFIX + "tier");
  /** The custom field {@code level} read as a long. */
  public static final FieldRef<Long> CUSTOM_LEVEL = FieldRef.number(EntityType.CUSTOM_PREFIX + "level");

  /** The entity type the kit stores, named {@code kit_record}. */
  public static final EntityType<KitRecord, KitRecordId> TYPE =
      EntityType.builder("kit_record", KitRecord.class, KitRecordId::new)
          .field(NAME, KitRecord::name)
          .optionalField(NICKNAME, KitRecord::nickname)
          .field(COUNTER, KitRecord::counter)
          .optionalField(AMOUNT, KitRecord::amount)
          .field(ACTIVE, KitRecord::active)
          .optionalField(SEEN_AT, KitRecord::seenAt)
          .optionalField(DUE_ON, KitRecord::dueOn)
          .multiField(TAGS, KitRecord::tags)
          .index(NAME, TAGS)
          .customFields(KitRecord::customValues, KitRecord::allCustomValues)
          .build();

  public KitRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(nickname, "nickname");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(seenAt, "seenAt");
    Objects.requireNonNull(dueOn, "dueOn");
    ValidationException.check(version >= 0, "version", "must not be negative but was " + version);
    tags = List.copyOf(Objects.requireNonNull(tags, "tags"));
    customFields = Map.copyOf(Objects.requireNonNull(customFields, "customFields"));
    for (Map.Entry<String, Object> e : customFields.entrySet()) {
      ValidationException.check(
          e.getKey().matches("[A-Za-z0-9_][A-Za-z0-9_-]{0,62}"),
          "customFields",
          "keys must be letters, digits, '_' and '-' but was '" + e.getKey() + "'");
      ValidationException.check(
          kindOf(e.getValue()).isPresent(),
          "customFields." + e.getKey(),
          "must be a String, Long, BigDecimal, Boolean, Instant or LocalDate but was "
              + e.getValue().getClass().getName());
    }
  }

  /** A new record (version 0) with the given name and every other field absent, zero, false or empty. */
  public static KitRecord of(TenantId tenant, String id, String name) {
    return new KitRecord(
        new KitRecordId(id), tenant, 0, name, Optional.empty(), 0, Optional.empty(), false,
        Optional.empty(), Optional.empty(), List.of(), Map.of());
  }

  /** The kind of a custom-field value, empty when it is of no {@link ValueKind}. */
  static Optional<ValueKind> kindOf(Object value) {
    for (ValueKind k : ValueKind.values()) {
      if (k.javaType().isInstance(value)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  private static List<Object> customValues(KitRecord r, String key, ValueKind kind) {
    Object v = r.customFields.get(key);
    return v != null && kind.javaType().isInstance(v) ? List.of(v) : List.of();
  }

  private static Map<String, Map<ValueKind, List<Object>>> allCustomValues(KitRecord r) {
    Map<String, Map<ValueKind, List<Object>>> out = new java.util.HashMap<>();
    r.customFields.forEach((k, v) -> out.put(k, Map.of(kindOf(v).orElseThrow(), List.of(v))));
    return Map.copyOf(out);
  }

  @Override
  public KitRecord withVersion(long version) {
    return new KitRecord(id, tenantId, version, name, nickname, counter, amount, active, seenAt, dueOn, tags, customFields);
  }

  public KitRecord withTenantId(TenantId tenantId) {
    return new KitRecord(id, tenantId, version, name, nickname, counter, amount, active, seenAt, dueOn, tags, customFields);
  }

  public KitRecord withName(String name) {
    return new KitRecord(id, tenantId, version, name, nickname, counter, amount, active, seenAt, dueOn, tags, customFields);
  }

  public KitRecord withNickname(Optional<String> nickname) {
    return new KitRecord(id, tenantId, version, name, nickname, counter, amount, active, seenAt, dueOn, tags, customFields);
  }

  public KitRecord withCounter(long counter) {
    return new KitRecord(id, tenantId, version, name, nickname, counter, amount, active, seenAt, dueOn, tags, customFields);
  }

  public KitRecord withAmount(Optional<BigDecimal> amount) {
    return new KitRecord(id, tenantId, version, name, nickname, counter, amount, active, seenAt, dueOn, tags, customFields);
  }

  public KitRecord withActive(boolean active) {
    return new KitRecord(id, tenantId, version, name, nickname, counter, amount, active, seenAt, dueOn, tags, customFields);
  }

  public KitRecord withSeenAt(Optional<Instant> seenAt) {
    return new KitRecord(id, tenantId, version, name, nickname, counter, amount, active, seenAt, dueOn, tags, customFields);
  }

  public KitRecord withDueOn(Optional<LocalDate> dueOn) {
    return new KitRecord(id, tenantId, version, name, nickname, counter, amount, active, seenAt, dueOn, tags, customFields);
  }

  public KitRecord withTags(List<String> tags) {
    return new KitRecord(id, tenantId, version, name, nickname, counter, amount, active, seenAt, dueOn, tags, customFields);
  }

  public KitRecord withCustomFields(Map<String, Object> customFields) {
    return new KitRecord(id, tenantId, version, name, nickname, counter, amount, active, seenAt, dueOn, tags, customFields);
  }
}
