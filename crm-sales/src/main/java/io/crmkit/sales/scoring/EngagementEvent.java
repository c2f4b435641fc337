package io.crmkit.sales.scoring;

import io.crmkit.core.ValidationException;
import java.time.Instant;
import java.util.Objects;

/**
 * One timestamped engagement of a scored record (an e-mail opened, a page viewed, a form submitted), the
 * input of engagement rules: {@code new EngagementEvent("email_opened", at)}.
 *
 * @param type what happened, a name the rules refer to (1 to 128 characters, not blank)
 * @param occurredAt when it happened (UTC)
 */
public record EngagementEvent(String type, Instant occurredAt) {
  public EngagementEvent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(occurredAt, "occurredAt");
    ValidationException.check(!type.isBlank() && type.length() <= 128, "type", "must have 1 to 128 characters and not be blank");
  }
}
