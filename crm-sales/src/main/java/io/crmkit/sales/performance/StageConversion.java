package io.crmkit.sales.performance;

import io.crmkit.core.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * How opportunities fared after entering one stage, read from their stage histories: how many entered it,
 * how many went on to a later stage (by pipeline order; a closed/lost stage does not count as going on), and
 * how many were won in the end.
 *
 * <p>{@code conversion.advanceRate().map(r -> r.movePointRight(2) + " %")}
 *
 * @param pipeline the pipeline's name
 * @param stage the stage key
 * @param entered opportunities that entered the stage
 * @param advanced of those, the ones that later entered a later open or won stage
 * @param won of those, the ones won
 */
public record StageConversion(String pipeline, String stage, long entered, long advanced, long won) {
  public StageConversion {
    Objects.requireNonNull(pipeline, "pipeline");
    Objects.requireNonNull(stage, "stage");
    ValidationException.check(entered >= 0, "entered", "must not be negative");
    ValidationException.check(advanced >= 0 && advanced <= entered, "advanced", "must be from 0 to entered (" + entered + ") but was " + advanced);
    ValidationException.check(won >= 0 && won <= entered, "won", "must be from 0 to entered (" + entered + ") but was " + won);
  }

  /** advanced ÷ entered as a fraction with four decimals; empty when none entered. */
  public Optional<BigDecimal> advanceRate() {
    return ratio(advanced, entered);
  }

  /** won ÷ entered as a fraction with four decimals; empty when none entered. */
  public Optional<BigDecimal> winRate() {
    return ratio(won, entered);
  }

  static Optional<BigDecimal> ratio(long part, long whole) {
    return whole == 0
        ? Optional.empty()
        : Optional.of(BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_EVEN));
  }
}
