package io.crmkit.analytics.anomaly;

import io.crmkit.core.ValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Explainable anomaly scoring of transaction amounts with robust z-scores (Iglewicz and Hoaglin, <i>How to
 * Detect and Handle Outliers</i>, 1993). Use {@code List<RiskScore> s = TransactionScoring.defaults()
 * .score(transactions);} or tune it with {@code TransactionScoring.of(3.5, 5)}.
 *
 * <p>Each amount is compared with two baselines: the customer's own transactions and those of their peer
 * group, each in the transaction's currency (amounts in different currencies are never pooled). For a
 * baseline with median {@code M} and median absolute deviation {@code MAD}, the robust z-score is
 * {@code 0.6745 (x − M) / MAD}; when MAD is 0 (half the amounts or more are equal) it is
 * {@code (x − M) / (1.253314 · MeanAD)} with the mean absolute deviation from the median instead, and when that is 0 too every amount is alike and the baseline gives no
 * score. A baseline counts only with at least {@code minHistory} transactions. A transaction is flagged on a
 * baseline when {@code |z| ≥ threshold} (3.5 by default, Iglewicz and Hoaglin's recommendation), and each flag
 * says how far from which median it lies, e.g. "amount 12.3 MADs above this customer's median 40.00 EUR".
 * The baseline includes the transaction itself; median and MAD are robust to it, so a lone outlier cannot
 * hide itself.
 */
public final class TransactionScoring {
  /** The factor that makes the MAD of normal data estimate its standard deviation: 0.6745 ≈ Φ⁻¹(0.75). */
  public static final double Z_FACTOR = 0.6745;

  /** The factor that makes the mean absolute deviation of normal data estimate its standard deviation. */
  static final double MEAN_AD_FACTOR = 1.253314;

  private final double threshold;
  private final int minHistory;

  private TransactionScoring(double threshold, int minHistory) {
    ValidationException.check(
        Double.isFinite(threshold) && threshold > 0, "threshold", "must be a finite number > 0 but was " + threshold);
    ValidationException.check(minHistory >= 3, "minHistory", "must be ≥ 3 for a median and MAD to mean anything but was " + minHistory);
    this.threshold = threshold;
    this.minHistory = minHistory;
  }

  /** Threshold 3.5 and baselines of at least 5 transactions. */
  public static TransactionScoring defaults() {
    return new TransactionScoring(3.5, 5);
  }

  /** Flags at {@code |robust z| ≥ threshold}, using baselines of at least {@code minHistory} transactions. */
  public static TransactionScoring of(double threshold, int minHistory) {
    return new TransactionScoring(threshold, minHistory);
  }

  /** The scores of {@code transactions}, in their order. */
  public List<RiskScore> score(List<Transaction> transactions) {
    Objects.requireNonNull(transactions, "transactions");
    Map<String, List<Double>> byCustomer = new HashMap<>();
    Map<String, List<Double>> byPeers = new HashMap<>();
    for (Transaction t : transactions) {
      Objects.requireNonNull(t, "transactions[]");
      byCustomer.computeIfAbsent(customerKey(t), k -> new ArrayList<>()).add(t.amount().amount().doubleValue());
      byPeers.computeIfAbsent(peerKey(t), k -> new ArrayList<>()).add(t.amount().amount().doubleValue());
    }
    Map<String, Spread> customerSpread = spreads(byCustomer);
    Map<String, Spread> peerSpread = spreads(byPeers);
    List<RiskScore> out = new ArrayList<>(transactions.size());
    for (Transaction t : transactions) {
      double x = t.amount().amount().doubleValue();
      String currency = t.amount().currency().getCurrencyCode();
      List<RiskFlag> flags = new ArrayList<>();
      double score = 0;
      Spread[] spreads = {customerSpread.get(customerKey(t)), peerSpread.get(peerKey(t))};
      RiskFlag.Baseline[] baselines = {RiskFlag.Baseline.CUSTOMER, RiskFlag.Baseline.PEER_GROUP};
      for (int i = 0; i < 2; i++) {
        Spread s = spreads[i];
        if (s.n < minHistory || s.sigma == 0) {
          continue;
        }
        double units = (x - s.median) / s.unit;
        double z = (x - s.median) / s.sigma;
        score = Math.max(score, Math.abs(z));
        if (Math.abs(z) >= threshold) {
          String median = i == 0
              ? "this customer's median " + plain(s.median) + " " + currency
              : "the median " + plain(s.median) + " " + currency + " of peer group '" + t.peerGroup() + "'";
          String reason = String.format(Locale.ROOT, "amount %.1f %s %s %s (robust z %.2f over %d transactions)",
              Math.abs(units), s.madIsZero ? "mean absolute deviations" : "MADs", units > 0 ? "above" : "below",
              median, z, s.n);
          flags.add(new RiskFlag(baselines[i], z, units, reason));
        }
      }
      out.add(new RiskScore(t, score, flags));
    }
    return List.copyOf(out);
  }

  private static String customerKey(Transaction t) {
    return t.customerId() + "\u0000" + t.amount().currency().getCurrencyCode();
  }

  private static String peerKey(Transaction t) {
    return t.peerGroup() + "\u0000" + t.amount().currency().getCurrencyCode();
  }

  private static String plain(double v) {
    return java.math.BigDecimal.valueOf(v).setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString();
  }

  private static Map<String, Spread> spreads(Map<String, List<Double>> groups) {
    Map<String, Spread> out = new HashMap<>();
    groups.forEach((k, v) -> out.put(k, Spread.of(v)));
    return out;
  }

  /** Median and robust scale of one baseline. */
  static final class Spread {
    final int n;
    final double median;
    /** The deviation unit reported: the MAD, or the mean absolute deviation when the MAD is 0. */
    final double unit;
    /** The estimate of the standard deviation: MAD / 0.6745, or 1.253314 × mean absolute deviation. */
    final double sigma;
    final boolean madIsZero;

    private Spread(int n, double median, double unit, double sigma, boolean madIsZero) {
      this.n = n;
      this.median = median;
      this.unit = unit;
      this.sigma = sigma;
      this.madIsZero = madIsZero;
    }

    static Spread of(List<Double> values) {
      double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
      double median = median(v).orElse(0);
      double[] dev = Arrays.stream(v).map(x -> Math.abs(x - median)).toArray();
      double mad = median(dev).orElse(0);
      if (mad > 0) {
        return new Spread(v.length, median, mad, mad / Z_FACTOR, false);
      }
      double meanAbs = Arrays.stream(dev).average().orElse(0);
      return new Spread(v.length, median, meanAbs, MEAN_AD_FACTOR * meanAbs, true);
    }

    static OptionalDouble median(double[] values) {
      if (values.length == 0) {
        return OptionalDouble.empty();
      }
      double[] s = values.clone();
      Arrays.sort(s);
      int n = s.length;
      return OptionalDouble.of(n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2);
    }
  }
}
