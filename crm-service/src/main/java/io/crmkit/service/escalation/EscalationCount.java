package io.crmkit.service.escalation;

import io.crmkit.core.ValidationException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * How many escalations (and distinct cases escalated) fall under one key of a breakdown, and their share of all
 * escalations in the report, in percent with two decimals. {@code report.byProduct().get(0).share()}.
 */
public record EscalationCount(String key, long escalations, long cases, BigDecimal share) {
  public EscalationCount {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(share, "share");
    ValidationException.check(escalations >= 1, "escalations", "must be at least 1 for key " + key);
    ValidationException.check(cases >= 1 && cases <= escalations, "cases",
        "must be 1 to the number of escalations for key " + key);
  }
}
