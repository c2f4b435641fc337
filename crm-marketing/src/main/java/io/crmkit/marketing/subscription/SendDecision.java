package io.crmkit.marketing.subscription;

import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.ConsentDecision;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.party.ContactId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The send-time answer of {@link Subscriptions#mayContact}: whether the message may go out, the checks made in
 * order (global suppression, an address on the channel, consent) with their outcome in words, the consent
 * decision when the ledger was asked, and the suppression that blocked, if one did.
 *
 * <p>{@code if (!decision.allowed()) log.debug("skipped {}: {}", decision.contact(), decision.reasons());}
 */
public record SendDecision(
    ContactId contact,
    Channel channel,
    Purpose purpose,
    Instant at,
    boolean allowed,
    List<String> reasons,
    Optional<ConsentDecision> consent,
    Optional<GlobalSuppression> suppression) {
  public SendDecision {
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(consent, "consent");
    Objects.requireNonNull(suppression, "suppression");
    reasons = List.copyOf(reasons);
  }

  /** The reasons on one line. */
  public String explanation() {
    return (allowed ? "may contact: " : "may not contact: ") + String.join("; ", reasons);
  }
}
