package io.crmkit.core.access;

import io.crmkit.core.Aggregate;
import io.crmkit.core.EntityId;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.store.EntityType;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A manual share: one record (entity type and id) opened to a group at {@code READ} or {@code READ_WRITE} by a
 * user, until an optional expiry (exclusive: at {@code expiresAt} the share grants nothing). Stored like any
 * aggregate through {@link #TYPE}; the caller loads the shares and hands them to
 * {@link SharingModel#withShares}, so decisions stay pure. Decisions it grants are named
 * {@code manual-share:<id>}.
 *
 * <pre>{@code
 * RecordShare share = RecordShare.of(new RecordShareId("sh-1"), tenant, "contact", "c-9",
 *     SharingGroup.user("u-2"), AccessLevel.READ, "u-1", Optional.of(Instant.parse("2026-07-01T00:00:00Z")));
 * }</pre>
 */
public record RecordShare(
    RecordShareId id,
    TenantId tenantId,
    long version,
    String entityType,
    String recordId,
    SharingGroup grantee,
    AccessLevel level,
    String grantedBy,
    Optional<Instant> expiresAt)
    implements Aggregate<RecordShareId> {

  public static final FieldRef<String> ENTITY_TYPE = FieldRef.text("entity_type");
  public static final FieldRef<String> RECORD_ID = FieldRef.text("record_id");
  public static final FieldRef<String> GRANTEE = FieldRef.text("grantee");
  public static final FieldRef<String> GRANTED_BY = FieldRef.text("granted_by");
  public static final FieldRef<Instant> EXPIRES_AT = FieldRef.instant("expires_at");

  /** Describes manual shares to the stores; load the shares of one type with {@code eq(ENTITY_TYPE, name)}. */
  public static final EntityType<RecordShare, RecordShareId> TYPE =
      EntityType.builder("record_share", RecordShare.class, RecordShareId::new)
          .field(ENTITY_TYPE, RecordShare::entityType)
          .field(RECORD_ID, RecordShare::recordId)
          .field(GRANTEE, s -> s.grantee().toString())
          .field(GRANTED_BY, RecordShare::grantedBy)
          .optionalField(EXPIRES_AT, RecordShare::expiresAt)
          .index(ENTITY_TYPE, RECORD_ID, GRANTEE)
          .build();

  public RecordShare {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    ValidationException.checkNotNegative(version, "version");
    EntityId.checked(recordId, "recordId");
    Objects.requireNonNull(grantee, "grantee");
    Objects.requireNonNull(level, "level");
    EntityId.checked(grantedBy, "grantedBy");
    Objects.requireNonNull(expiresAt, "expiresAt");
    TypeNames.checked(entityType, "entityType");
    ValidationException.check(level != AccessLevel.FULL, "level", "a manual share grants READ or READ_WRITE, never FULL");
  }

  /** A new share (version 0). */
  public static RecordShare of(RecordShareId id, TenantId tenantId, String entityType, String recordId,
      SharingGroup grantee, AccessLevel level, String grantedBy, Optional<Instant> expiresAt) {
    return new RecordShare(id, tenantId, 0, entityType, recordId, grantee, level, grantedBy, expiresAt);
  }

  /** Whether the share grants anything at {@code at}: it has no expiry or {@code at} is before it. */
  public boolean activeAt(Instant at) {
    Objects.requireNonNull(at, "at");
    return expiresAt.isEmpty() || at.isBefore(expiresAt.get());
  }

  /** The name decisions give for this share: {@code manual-share:<id>}. */
  public String ruleName() {
    return "manual-share:" + id.value();
  }

  @Override
  public RecordShare withVersion(long version) {
    return new RecordShare(id, tenantId, version, entityType, recordId, grantee, level, grantedBy, expiresAt);
  }
}
