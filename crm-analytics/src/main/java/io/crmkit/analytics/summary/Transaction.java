package io.crmkit.analytics.summary;

import io.crmkit.core.ValidationException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One purchase in a transaction log: who bought, on which day, for how much (0 when the log has no amounts).
 * Create it as {@code new Transaction("c-17", LocalDate.of(1997, 1, 1), 29.33)}.
 */
public record Transaction(String customerId, LocalDate date, double amount) {
  public Transaction {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(date, "date");
    if (customerId.isBlank()) {
      throw new ValidationException("customerId", "must not be blank");
    }
    if (!(Double.isFinite(amount) && amount >= 0)) {
      throw new ValidationException("amount",
          "must be a finite amount >= 0 (returns are not purchases), was " + amount);
    }
  }
}
