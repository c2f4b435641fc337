package io.crmkit.sales.partner;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Partner performance over a period (dates inclusive): the leaderboard — partners ranked by won revenue, then win
 * rate, then approved registrations, then name — and the totals over all of them, counted once from the same
 * records (so the partners' figures add up to them).
 *
 * <p>{@code report.of(globex.id()).orElseThrow().metrics().winRate()}
 */
public record PartnerReport(LocalDate from, LocalDate to, List<PartnerStanding> standings, PartnerMetrics totals) {
  public PartnerReport {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    standings = List.copyOf(standings);
    Objects.requireNonNull(totals, "totals");
  }

  /** The standing of partner {@code id}, if it was measured. */
  public Optional<PartnerStanding> of(PartnerId id) {
    Objects.requireNonNull(id, "id");
    return standings.stream().filter(s -> s.partner().id().equals(id)).findFirst();
  }
}
