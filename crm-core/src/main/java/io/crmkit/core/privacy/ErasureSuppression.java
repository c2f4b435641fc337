package io.crmkit.core.privacy;

import io.crmkit.core.Aggregate;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.store.EntityType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The trace an erasure leaves so that the person is not re-created by the next import: the
 * {@link SuppressionKeys} of their e-mails and phones (never the values), when and at whose request they
 * were erased, and what the erasure did ({@link ErasureAction}s name records and fields, not values). It is
 * the erasure's record of proof, too. {@link ErasureGuard} looks keys up through the indexed {@link #KEYS}.
 *
 * <p>{@code tenantStore.repository(ErasureSuppression.TYPE).query(Criteria.eq(ErasureSuppression.KEYS, key))}
 */
public record ErasureSuppression(
    ErasureSuppressionId id,
    TenantId tenantId,
    long version,
    Set<String> keys,
    String requestedBy,
    Instant erasedAt,
    List<ErasureAction> actions)
    implements Aggregate<ErasureSuppressionId> {

  /** Every suppression key ({@code email:<hex>}, {@code phone:<hex>}). Multi-valued, indexed. */
  public static final FieldRef<String> KEYS = FieldRef.text("keys");
  /** When the erasure ran. */
  public static final FieldRef<Instant> ERASED_AT = FieldRef.instant("erasedAt");

  /** The entity type {@code erasure_suppression}. */
  public static final EntityType<ErasureSuppression, ErasureSuppressionId> TYPE =
      EntityType.builder("erasure_suppression", ErasureSuppression.class, ErasureSuppressionId::new)
          .multiField(KEYS, ErasureSuppression::keys)
          .field(ERASED_AT, ErasureSuppression::erasedAt)
          .index(KEYS)
          .build();

  public ErasureSuppression {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(requestedBy, "requestedBy");
    Objects.requireNonNull(erasedAt, "erasedAt");
    keys = Set.copyOf(Objects.requireNonNull(keys, "keys"));
    actions = List.copyOf(Objects.requireNonNull(actions, "actions"));
    ValidationException.checkNotNegative(version, "version");
    ValidationException.check(!requestedBy.isBlank(), "requestedBy", "must name who asked for the erasure");
    for (String k : keys) {
      ValidationException.check(
          k.matches("(email|phone):[0-9a-f]{64}"), "keys", "must be SuppressionKeys keys (email:<hex>, phone:<hex>) but one was '" + k + "'");
    }
  }

  @Override
  public ErasureSuppression withVersion(long version) {
    return new ErasureSuppression(id, tenantId, version, keys, requestedBy, erasedAt, actions);
  }
}
