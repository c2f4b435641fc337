package io.crmkit.sales.partner;

import io.crmkit.core.ValidationException;
import java.util.Objects;

/**
 * One line of the partner leaderboard: the rank (1 = best), the partner and its figures.
 *
 * <p>{@code report.standings().get(0).partner().name()} is the top partner's name.
 */
public record PartnerStanding(int rank, Partner partner, PartnerMetrics metrics) {
  public PartnerStanding {
    ValidationException.check(rank >= 1, "rank", "must be 1 or more but was " + rank);
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(metrics, "metrics");
  }
}
