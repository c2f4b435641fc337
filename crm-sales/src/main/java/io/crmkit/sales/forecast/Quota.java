package io.crmkit.sales.forecast;

import io.crmkit.core.ValidationException;
import io.crmkit.core.money.Money;
import java.util.Objects;

/**
 * What an owner or a team is expected to close in one period, e.g.
 * {@code new Quota("user:u-1", "FY2026-Q2", Money.of("250000", "EUR"))}. Compare with {@link Forecast#attainment}.
 *
 * @param node the hierarchy node (an owner's {@code user:<id>}, or a team)
 * @param period the period's key
 * @param target the amount to close, not negative
 */
public record Quota(String node, String period, Money target) {
  public Quota {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(target, "target");
    ValidationException.check(!target.isNegative(), "target", "must not be negative but was " + target);
  }
}
