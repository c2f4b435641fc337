package io.crmkit.sales.scoring;

import io.crmkit.core.ValidationException;

/**
 * How many closed leads with one (variable, value) were won and lost, in one team. Counts are kept as
 * observed integers; Odoo stores them with {@value #SMOOTHING} added (against zero frequencies), which
 * {@link #smoothedWon()} and {@link #smoothedLost()} give: the numbers the probabilities are computed from.
 *
 * <p>{@code new FrequencyCounts(12, 30).smoothedWon() == 12.1}
 */
public record FrequencyCounts(long won, long lost) {
  /** Odoo's additive smoothing of every count ("should be +1 but it weights too much on small recordset"). */
  public static final double SMOOTHING = 0.1;

  public FrequencyCounts {
    ValidationException.check(won >= 0, "won", "must not be negative but was " + won);
    ValidationException.check(lost >= 0, "lost", "must not be negative but was " + lost);
  }

  /** The won count as Odoo stores it: {@code won + 0.1}. */
  public double smoothedWon() {
    return won + SMOOTHING;
  }

  /** The lost count as Odoo stores it: {@code lost + 0.1}. */
  public double smoothedLost() {
    return lost + SMOOTHING;
  }

  /** These counts moved by {@code won} and {@code lost} (negative to take a lead out), never below zero. */
  FrequencyCounts plus(long wonDelta, long lostDelta) {
    return new FrequencyCounts(Math.max(0, won + wonDelta), Math.max(0, lost + lostDelta));
  }
}
