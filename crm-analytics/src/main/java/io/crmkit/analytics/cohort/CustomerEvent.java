package io.crmkit.analytics.cohort;

import io.crmkit.core.ValidationException;
import java.time.Instant;
import java.util.Objects;

/**
 * A dated transaction or activity of one customer, the input of {@link CohortRetention}; e.g.
 * {@code new CustomerEvent("c-17", Instant.parse("2026-03-02T10:15:00Z"))}.
 *
 * @param customerId the customer's id, not blank
 * @param at when it happened
 */
public record CustomerEvent(String customerId, Instant at) {
  public CustomerEvent {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(at, "at");
    ValidationException.check(!customerId.isBlank(), "customerId", "must not be blank");
  }
}
