package io.crmkit.analytics.anomaly;

import io.crmkit.core.ValidationException;
import io.crmkit.core.money.Money;
import java.util.Objects;

/**
 * A transaction to score, the input of {@link TransactionScoring}; e.g.
 * {@code new Transaction("t-9", "c-17", "retail", Money.of("1299.00", "EUR"))}.
 *
 * @param id the transaction's id, not blank
 * @param customerId the customer who made it, not blank
 * @param peerGroup the group the customer is compared with (a segment, an industry, a region), not blank
 * @param amount the amount
 */
public record Transaction(String id, String customerId, String peerGroup, Money amount) {
  public Transaction {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(peerGroup, "peerGroup");
    Objects.requireNonNull(amount, "amount");
    ValidationException.check(!id.isBlank(), "id", "must not be blank");
    ValidationException.check(!customerId.isBlank(), "customerId", "must not be blank");
    ValidationException.check(!peerGroup.isBlank(), "peerGroup", "must not be blank");
  }
}
