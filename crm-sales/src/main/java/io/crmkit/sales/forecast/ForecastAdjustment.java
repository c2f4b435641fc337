package io.crmkit.sales.forecast;

import io.crmkit.core.ValidationException;
import io.crmkit.core.money.Money;
import io.crmkit.sales.pipeline.ForecastCategory;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A manager's judgement on one cumulative view of one node's forecast in one period ("commit for EMEA in
 * FY2026-Q2 is really 1.2 M"). It is kept beside the computed figure, never in place of it; see
 * {@link Forecast#adjusted}.
 *
 * <p>{@code new ForecastAdjustment("emea", "FY2026-Q2", ForecastCategory.COMMIT, Money.of("1200000", "EUR"), "u-9", now, Optional.of("Globex slips"))}
 *
 * @param node the hierarchy node adjusted
 * @param period the period's key
 * @param category the cumulative view adjusted; not {@link ForecastCategory#OMITTED}
 * @param amount the adjusted figure, in the forecast's currency, not negative
 * @param adjustedBy who made the adjustment
 * @param at when
 * @param note why, when given
 */
public record ForecastAdjustment(
    String node, String period, ForecastCategory category, Money amount, String adjustedBy, Instant at, Optional<String> note) {
  public ForecastAdjustment {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(adjustedBy, "adjustedBy");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(note, "note");
    ValidationException.check(category != ForecastCategory.OMITTED, "category", "omitted amounts are not forecast, so they cannot be adjusted");
    ValidationException.check(!amount.isNegative(), "amount", "must not be negative but was " + amount);
    ValidationException.check(!adjustedBy.isBlank(), "adjustedBy", "must name who adjusted the forecast");
  }
}
