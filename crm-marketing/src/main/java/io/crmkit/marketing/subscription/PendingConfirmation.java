package io.crmkit.marketing.subscription;

import io.crmkit.core.Aggregate;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.store.EntityType;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A double-opt-in confirmation waiting for its link to be clicked. Only the SHA-256 of the token is stored,
 * so a leaked table cannot confirm anything; the token is valid until {@code expiresAt} and only once
 * ({@code usedAt} is set by the first confirmation).
 *
 * <p>{@code subscriptions.confirm(tokenFromTheLink, "link")}
 */
public record PendingConfirmation(
    ConfirmationId id,
    TenantId tenantId,
    long version,
    ContactId contact,
    SubscriptionTypeId subscriptionType,
    String tokenHash,
    Instant issuedAt,
    Instant expiresAt,
    Optional<Instant> usedAt)
    implements Aggregate<ConfirmationId> {

  /** The hex SHA-256 of the token; indexed. */
  public static final FieldRef<String> TOKEN_HASH = FieldRef.text("tokenHash");

  /** The entity type {@code pending_confirmation}. */
  public static final EntityType<PendingConfirmation, ConfirmationId> TYPE =
      EntityType.builder("pending_confirmation", PendingConfirmation.class, ConfirmationId::new)
          .field(TOKEN_HASH, PendingConfirmation::tokenHash)
          .index(TOKEN_HASH)
          .build();

  public PendingConfirmation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(subscriptionType, "subscriptionType");
    Objects.requireNonNull(tokenHash, "tokenHash");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(usedAt, "usedAt");
    ValidationException.checkNotNegative(version, "version");
    ValidationException.check(tokenHash.matches("[0-9a-f]{64}"), "tokenHash", "must be a hex SHA-256 (64 lower-case hex digits)");
    ValidationException.check(expiresAt.isAfter(issuedAt), "expiresAt", "must be after issuedAt " + issuedAt);
  }

  /** This confirmation marked used at {@code at}. */
  public PendingConfirmation usedAt(Instant at) {
    return new PendingConfirmation(id, tenantId, version, contact, subscriptionType, tokenHash, issuedAt, expiresAt, Optional.of(at));
  }

  @Override
  public PendingConfirmation withVersion(long version) {
    return new PendingConfirmation(id, tenantId, version, contact, subscriptionType, tokenHash, issuedAt, expiresAt, usedAt);
  }
}
