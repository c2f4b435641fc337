package io.crmkit.sales.forecast;

import io.crmkit.core.money.Money;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * How far a node got towards its {@link Quota}: what it closed (won), the attainment in percent (empty for a
 * zero quota), what is still missing, and the commit forecast (commit + closed) against the quota.
 *
 * <p>{@code forecast.attainment(quota).percent().map(p -> p + " %")}
 *
 * @param percent closed ÷ target × 100, to two decimals (half even); empty when the target is zero
 * @param gap target − closed, or zero when the quota is met
 * @param commitPercent (commit + closed) ÷ target × 100, to two decimals; empty when the target is zero
 */
public record QuotaAttainment(Quota quota, Money closed, Optional<BigDecimal> percent, Money gap, Money commit, Optional<BigDecimal> commitPercent) {
  public QuotaAttainment {
    Objects.requireNonNull(quota, "quota");
    Objects.requireNonNull(closed, "closed");
    Objects.requireNonNull(percent, "percent");
    Objects.requireNonNull(gap, "gap");
    Objects.requireNonNull(commit, "commit");
    Objects.requireNonNull(commitPercent, "commitPercent");
  }

  /** Whether the closed amount reached the target. */
  public boolean met() {
    return !closed.isLessThan(quota.target());
  }
}
