package io.crmkit.marketing.subscription;

import io.crmkit.core.consent.ConsentEvent;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of {@link Subscriptions#subscribe}: the grant appended to the consent ledger and, for a double
 * opt-in type, the confirmation token to put in the confirmation link (it is not stored; only its hash is).
 *
 * <p>{@code sub.confirmationToken().ifPresent(t -> mailer.sendConfirmation(contact, "https://host/confirm?t=" + t));}
 */
public record Subscription(SubscriptionType type, ConsentEvent grant, Optional<String> confirmationToken) {
  public Subscription {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(grant, "grant");
    Objects.requireNonNull(confirmationToken, "confirmationToken");
  }
}
