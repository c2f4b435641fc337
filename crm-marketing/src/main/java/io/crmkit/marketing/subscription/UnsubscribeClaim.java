package io.crmkit.marketing.subscription;

import io.crmkit.core.TenantId;
import io.crmkit.core.party.ContactId;
import java.util.Objects;

/**
 * What a verified unsubscribe token says: this contact of this tenant unsubscribes from this type. Only
 * {@link UnsubscribeTokens#verify} makes one from a token.
 *
 * <p>{@code tokens.verify(token).map(UnsubscribeClaim::contact)}
 */
public record UnsubscribeClaim(TenantId tenant, ContactId contact, SubscriptionTypeId subscriptionType) {
  public UnsubscribeClaim {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(subscriptionType, "subscriptionType");
  }
}
