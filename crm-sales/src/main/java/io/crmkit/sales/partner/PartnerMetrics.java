package io.crmkit.sales.partner;

import io.crmkit.core.ValidationException;
import io.crmkit.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The figures of one partner (or of all partners together) over a period, as {@link PartnerPerformance} counts
 * them: registrations submitted, approved and rejected; leads received and converted; opportunities open at the
 * period's end, won and lost in it; won revenue and open pipeline in the report currency (each deal converted and
 * rounded on its own, then added); and the total time from creation to winning of the won deals. Rates and
 * averages are derived, so figures of several partners add up: {@link #plus}.
 *
 * <p>{@code metrics.winRate()} is {@code Optional[0.6667]} for 2 won and 1 lost.
 */
public record PartnerMetrics(
    long registrationsSubmitted,
    long registrationsApproved,
    long registrationsRejected,
    long leadsReceived,
    long leadsConverted,
    long opportunitiesOpen,
    long opportunitiesWon,
    long opportunitiesLost,
    Money wonRevenue,
    Money pipeline,
    Duration totalWonCycle) {
  public PartnerMetrics {
    Objects.requireNonNull(wonRevenue, "wonRevenue");
    Objects.requireNonNull(pipeline, "pipeline");
    Objects.requireNonNull(totalWonCycle, "totalWonCycle");
    for (long n : new long[] {registrationsSubmitted, registrationsApproved, registrationsRejected, leadsReceived, leadsConverted,
        opportunitiesOpen, opportunitiesWon, opportunitiesLost}) {
      ValidationException.checkNotNegative(n, "count");
    }
    ValidationException.check(wonRevenue.currency().equals(pipeline.currency()), "pipeline",
        "must be in the won revenue's currency " + wonRevenue.currency());
    ValidationException.check(!totalWonCycle.isNegative(), "totalWonCycle", "must not be negative");
  }

  /** No activity, in {@code currency}. */
  public static PartnerMetrics zero(java.util.Currency currency) {
    return new PartnerMetrics(0, 0, 0, 0, 0, 0, 0, 0, Money.zero(currency), Money.zero(currency), Duration.ZERO);
  }

  /** Approved ÷ (approved + rejected), to four decimals; empty when nothing was decided. */
  public Optional<BigDecimal> approvalRate() {
    return ratio(registrationsApproved, registrationsApproved + registrationsRejected);
  }

  /** Won ÷ (won + lost), to four decimals; empty when nothing closed. */
  public Optional<BigDecimal> winRate() {
    return ratio(opportunitiesWon, opportunitiesWon + opportunitiesLost);
  }

  /** Leads converted ÷ leads received, to four decimals; empty when no lead was received. */
  public Optional<BigDecimal> leadConversionRate() {
    return ratio(leadsConverted, leadsReceived);
  }

  /** The average time from creation to winning of the deals won, to the second; empty when none was won. */
  public Optional<Duration> averageDealCycle() {
    return opportunitiesWon == 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(totalWonCycle.getSeconds() / opportunitiesWon));
  }

  /** These figures and {@code other}'s together (same currency). */
  public PartnerMetrics plus(PartnerMetrics other) {
    return new PartnerMetrics(
        registrationsSubmitted + other.registrationsSubmitted,
        registrationsApproved + other.registrationsApproved,
        registrationsRejected + other.registrationsRejected,
        leadsReceived + other.leadsReceived,
        leadsConverted + other.leadsConverted,
        opportunitiesOpen + other.opportunitiesOpen,
        opportunitiesWon + other.opportunitiesWon,
        opportunitiesLost + other.opportunitiesLost,
        wonRevenue.plus(other.wonRevenue),
        pipeline.plus(other.pipeline),
        totalWonCycle.plus(other.totalWonCycle));
  }

  private static Optional<BigDecimal> ratio(long part, long whole) {
    return whole == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_EVEN));
  }
}
