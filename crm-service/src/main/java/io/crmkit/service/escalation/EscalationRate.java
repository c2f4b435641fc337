package io.crmkit.service.escalation;

import io.crmkit.core.ValidationException;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The escalation rate under one key: cases escalated out of cases handled, in percent with two decimals (empty
 * when no case was handled). {@code report.ratesByProduct(handled)}.
 */
public record EscalationRate(String key, long escalatedCases, long handledCases, Optional<BigDecimal> percent) {
  public EscalationRate {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(percent, "percent");
    ValidationException.check(escalatedCases >= 0 && handledCases >= 0, "handledCases",
        "counts must not be negative for key " + key);
  }
}
