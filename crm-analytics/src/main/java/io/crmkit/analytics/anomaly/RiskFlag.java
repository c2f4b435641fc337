package io.crmkit.analytics.anomaly;

import java.util.Objects;

/**
 * One reason a transaction looks unusual, e.g. {@code amount 12.3 MADs above this customer's median
 * 40.00 EUR (robust z 8.30)}; read {@code flag.reason()}.
 *
 * @param baseline what the amount was compared with
 * @param robustZ the robust z-score {@code 0.6745 (x − median) / MAD}
 * @param mads the signed distance from the median in MADs, {@code (x − median) / MAD} (in mean absolute
 *     deviations when the MAD is 0)
 * @param reason the explanation in words
 */
public record RiskFlag(Baseline baseline, double robustZ, double mads, String reason) {
  /** The distribution a transaction is compared with. */
  public enum Baseline {
    /** The same customer's transactions in the same currency. */
    CUSTOMER,
    /** The peer group's transactions in the same currency. */
    PEER_GROUP
  }

  public RiskFlag {
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(reason, "reason");
  }
}
