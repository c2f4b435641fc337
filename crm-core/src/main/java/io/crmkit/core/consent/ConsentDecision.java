package io.crmkit.core.consent;

import io.crmkit.core.ValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer of {@link ConsentLedger#decide}: whether contacting is allowed, the state it follows from, the
 * reason in words (for logs and the customer view) and the ledger event it rests on (absent when nothing is
 * on record).
 *
 * <p>{@code if (!decision.allowed()) suppress(decision.reason());}
 */
public record ConsentDecision(
    Channel channel, Purpose purpose, boolean allowed, ConsentState state, String reason, Optional<ConsentEvent> basis) {
  public ConsentDecision {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(basis, "basis");
    ValidationException.check(allowed == (state == ConsentState.GRANTED), "allowed", "must be true exactly when the state is GRANTED");
    ValidationException.check(basis.isEmpty() == (state == ConsentState.NONE), "basis", "must be present unless the state is NONE");
  }
}
