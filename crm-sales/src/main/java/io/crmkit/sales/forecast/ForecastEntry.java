package io.crmkit.sales.forecast;

import io.crmkit.core.Owner;
import io.crmkit.core.ValidationException;
import io.crmkit.core.money.Money;
import io.crmkit.sales.opportunity.Opportunity;
import io.crmkit.sales.opportunity.OpportunityId;
import io.crmkit.sales.pipeline.ForecastCategory;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a forecast reads from one opportunity: its owner, close date, amount in its own currency, probability
 * and forecast category. Make one with {@link #of(Opportunity)}, or directly from imported data.
 *
 * <p>{@code List<ForecastEntry> entries = opportunities.stream().map(ForecastEntry::of).toList();}
 *
 * @param probability a percentage from 0 to 100
 */
public record ForecastEntry(
    OpportunityId opportunity, Owner owner, LocalDate closeDate, Money amount, int probability, ForecastCategory category) {
  public ForecastEntry {
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(closeDate, "closeDate");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(category, "category");
    if (probability < 0 || probability > 100) {
      throw new ValidationException("probability", "must be a percentage from 0 to 100 but was " + probability + " for " + opportunity);
    }
  }

  /** The entry of {@code o}: its owner, close date, amount, probability and forecast category. */
  public static ForecastEntry of(Opportunity o) {
    return new ForecastEntry(o.id(), o.owner(), o.closeDate(), o.amount(), o.probability(), o.forecastCategory());
  }
}
