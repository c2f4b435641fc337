package io.crmkit.marketing.subscription;

import io.crmkit.core.Aggregate;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.store.EntityType;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Something a contact can subscribe to, e.g. "Monthly newsletter" by e-mail: a channel and a purpose of the
 * consent ledger, whether sign-up needs double opt-in and how long a confirmation link stays valid.
 *
 * <p>{@code SubscriptionType news = subscriptions.defineType("newsletter", "Newsletter", Channel.EMAIL, Purpose.NEWSLETTER, true);}
 */
public record SubscriptionType(
    SubscriptionTypeId id,
    TenantId tenantId,
    long version,
    String key,
    String name,
    Channel channel,
    Purpose purpose,
    boolean doubleOptIn,
    Duration confirmationValidity,
    Instant createdAt)
    implements Aggregate<SubscriptionTypeId> {

  /** The default validity of a confirmation link. */
  public static final Duration DEFAULT_CONFIRMATION_VALIDITY = Duration.ofDays(7);
  /** The type's key (a slug, unique per tenant); indexed. */
  public static final FieldRef<String> KEY = FieldRef.text("key");

  /** The entity type {@code subscription_type}. */
  public static final EntityType<SubscriptionType, SubscriptionTypeId> TYPE =
      EntityType.builder("subscription_type", SubscriptionType.class, SubscriptionTypeId::new)
          .field(KEY, SubscriptionType::key)
          .index(KEY)
          .build();

  public SubscriptionType {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(confirmationValidity, "confirmationValidity");
    Objects.requireNonNull(createdAt, "createdAt");
    ValidationException.checkNotNegative(version, "version");
    ValidationException.check(
        key.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*") && key.length() <= 64, "key", "must be a lower-case slug such as 'monthly-news' but was '" + key + "'");
    ValidationException.check(!name.isBlank() && name.length() <= 200, "name", "must have 1 to 200 characters and not be blank");
    ValidationException.check(!purpose.isAll(), "purpose", "must be a specific purpose, not '*'");
    ValidationException.check(
        !confirmationValidity.isNegative() && !confirmationValidity.isZero() && confirmationValidity.compareTo(Duration.ofDays(90)) <= 0,
        "confirmationValidity",
        "must be positive and at most 90 days but was " + confirmationValidity);
  }

  public SubscriptionType withConfirmationValidity(Duration value) {
    return new SubscriptionType(id, tenantId, version, key, name, channel, purpose, doubleOptIn, value, createdAt);
  }

  @Override
  public SubscriptionType withVersion(long version) {
    return new SubscriptionType(id, tenantId, version, key, name, channel, purpose, doubleOptIn, confirmationValidity, createdAt);
  }
}
