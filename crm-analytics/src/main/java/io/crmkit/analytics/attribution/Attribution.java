package io.crmkit.analytics.attribution;

import io.crmkit.core.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Attribution of conversions to marketing channels, e.g.
 * {@code AttributionReport r = Attribution.of(paths);} or with another half-life for time decay,
 * {@code Attribution.withHalfLife(3).attribute(paths)}.
 *
 * <p><b>Heuristic models</b> credit each path's conversions to its touches: <i>first touch</i> and <i>last
 * touch</i> give all of it to one touch; <i>linear</i> splits it equally; <i>time decay</i> weighs the touch
 * {@code d} steps before the conversion (the last touch has {@code d = 0}) by {@code 2^(-d / halfLife)} and
 * normalises; <i>position-based</i> gives 40% to the first touch, 40% to the last and splits 20% equally over
 * the touches between (a path of one touch gives it 100%, a path of two 50% each). A channel touched several
 * times in a path gets the credit of every touch.
 *
 * <p><b>Markov removal effect</b> (Anderl, Becker, von Wangenheim and Schumann, "Mapping the customer journey",
 * 2016): every path adds its journeys ({@code conversions + nulls}) to the transitions {@code start → c1 → … →
 * ck}, then its conversions to {@code ck → conversion} and its nulls to {@code ck → null}; normalising the
 * counts per state gives a first-order absorbing Markov chain. The conversion probability {@code P} is the
 * probability of absorption in {@code conversion} from {@code start}, found <em>exactly</em> by solving
 * {@code (I − Q) x = r} (Q the transitions among channels, r the one-step conversion probabilities) with
 * Gaussian elimination and partial pivoting — no simulation. Removing channel {@code c} sends every
 * transition into {@code c} to {@code null}; its removal effect is {@code 1 − P(without c) / P}. Conversions
 * and conversion value are then split over the channels in proportion to their removal effects. With no
 * conversions at all every removal effect and credit is 0.
 */
public final class Attribution {
  /** The default half-life of time-decay attribution, in touches. */
  public static final double DEFAULT_HALF_LIFE = 7;

  private final double halfLife;

  private Attribution(double halfLife) {
    ValidationException.check(
        Double.isFinite(halfLife) && halfLife > 0, "halfLife", "must be a finite number of touches > 0 but was " + halfLife);
    this.halfLife = halfLife;
  }

  /** Attribution whose time-decay model halves a touch's weight every {@code halfLife} touches before conversion. */
  public static Attribution withHalfLife(double halfLife) {
    return new Attribution(halfLife);
  }

  /** Every model over {@code paths}, with the {@linkplain #DEFAULT_HALF_LIFE default half-life}. */
  public static AttributionReport of(List<ConversionPath> paths) {
    return new Attribution(DEFAULT_HALF_LIFE).attribute(paths);
  }

  /** The half-life of the time-decay model, in touches. */
  public double halfLife() {
    return halfLife;
  }

  /** Every model over {@code paths}; see the class documentation for their definitions. */
  public AttributionReport attribute(List<ConversionPath> paths) {
    Objects.requireNonNull(paths, "paths");
    Map<String, Integer> index = new LinkedHashMap<>();
    for (ConversionPath p : paths) {
      Objects.requireNonNull(p, "paths[]");
      for (String c : p.channels()) {
        index.putIfAbsent(c, index.size());
      }
    }
    int n = index.size();
    double[] first = new double[n];
    double[] last = new double[n];
    double[] linear = new double[n];
    double[] decay = new double[n];
    double[] position = new double[n];
    double totalConversions = 0;
    double totalValue = 0;
    for (ConversionPath p : paths) {
      double conv = p.conversions();
      totalConversions += conv;
      totalValue += p.conversionValue();
      if (conv == 0) {
        continue;
      }
      int[] ids = p.channels().stream().mapToInt(index::get).toArray();
      int k = ids.length;
      first[ids[0]] += conv;
      last[ids[k - 1]] += conv;
      double[] decayWeights = new double[k];
      double decaySum = 0;
      for (int i = 0; i < k; i++) {
        decayWeights[i] = Math.pow(2, -(k - 1 - i) / halfLife);
        decaySum += decayWeights[i];
      }
      for (int i = 0; i < k; i++) {
        linear[ids[i]] += conv / k;
        decay[ids[i]] += conv * decayWeights[i] / decaySum;
        position[ids[i]] += conv * positionWeight(i, k);
      }
    }
    MarkovChain chain = MarkovChain.of(paths, index);
    double p = chain.conversionProbability(-1);
    double[] removal = new double[n];
    double removalSum = 0;
    for (int c = 0; c < n; c++) {
      removal[c] = p > 0 ? clamp01(1 - chain.conversionProbability(c) / p) : 0;
      removalSum += removal[c];
    }
    Map<String, ChannelCredit> credits = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> e : index.entrySet()) {
      int c = e.getValue();
      double share = removalSum > 0 ? removal[c] / removalSum : 0;
      credits.put(
          e.getKey(),
          new ChannelCredit(
              e.getKey(), first[c], last[c], linear[c], decay[c], position[c],
              totalConversions * share, totalValue * share, removal[c]));
    }
    return new AttributionReport(credits, p, totalConversions, totalValue);
  }

  static double positionWeight(int i, int k) {
    if (k == 1) {
      return 1;
    }
    if (k == 2) {
      return 0.5;
    }
    return i == 0 || i == k - 1 ? 0.4 : 0.2 / (k - 2);
  }

  private static double clamp01(double x) {
    return Math.max(0, Math.min(1, x));
  }

  /** The first-order absorbing chain estimated from the paths; package-private. */
  static final class MarkovChain {
    private final int n;
    private final double[] fromStart;
    private final double[][] between;
    private final double[] toConversion;

    private MarkovChain(int n, double[] fromStart, double[][] between, double[] toConversion) {
      this.n = n;
      this.fromStart = fromStart;
      this.between = between;
      this.toConversion = toConversion;
    }

    static MarkovChain of(List<ConversionPath> paths, Map<String, Integer> index) {
      int n = index.size();
      double[] start = new double[n];
      double[][] between = new double[n][n];
      double[] conv = new double[n];
      double[] out = new double[n];
      double startOut = 0;
      for (ConversionPath p : paths) {
        double w = p.journeys();
        if (w == 0) {
          continue;
        }
        List<Integer> ids = new ArrayList<>();
        p.channels().forEach(c -> ids.add(index.get(c)));
        start[ids.get(0)] += w;
        startOut += w;
        for (int i = 0; i + 1 < ids.size(); i++) {
          between[ids.get(i)][ids.get(i + 1)] += w;
          out[ids.get(i)] += w;
        }
        int lastId = ids.get(ids.size() - 1);
        conv[lastId] += p.conversions();
        out[lastId] += w;
      }
      for (int i = 0; i < n; i++) {
        start[i] = startOut > 0 ? start[i] / startOut : 0;
        for (int j = 0; j < n; j++) {
          between[i][j] = out[i] > 0 ? between[i][j] / out[i] : 0;
        }
        conv[i] = out[i] > 0 ? conv[i] / out[i] : 0;
      }
      return new MarkovChain(n, start, between, conv);
    }

    /** The probability of conversion from the start, with channel {@code removed} sent to null ({@code -1}: none). */
    double conversionProbability(int removed) {
      // x = Q x + r over the channels, where a removed channel absorbs into null: x[removed] = 0
      double[][] a = new double[n][n + 1];
      for (int i = 0; i < n; i++) {
        a[i][i] = 1;
        if (i == removed) {
          continue;
        }
        for (int j = 0; j < n; j++) {
          if (j != removed) {
            a[i][j] -= between[i][j];
          }
        }
        a[i][n] = toConversion[i];
      }
      double[] x = solve(a);
      double p = 0;
      for (int i = 0; i < n; i++) {
        if (i != removed) {
          p += fromStart[i] * x[i];
        }
      }
      return p;
    }

    /**
     * Solves the augmented system by Gaussian elimination with partial pivoting. The chain built from paths
     * always reaches an absorbing state from every channel, so I − Q is regular; a (numerically) zero pivot
     * is treated as a state that never converts.
     */
    static double[] solve(double[][] a) {
      int n = a.length;
      boolean[] dead = new boolean[n];
      for (int col = 0; col < n; col++) {
        int best = col;
        for (int r = col + 1; r < n; r++) {
          if (Math.abs(a[r][col]) > Math.abs(a[best][col])) {
            best = r;
          }
        }
        double[] tmp = a[col];
        a[col] = a[best];
        a[best] = tmp;
        if (Math.abs(a[col][col]) < 1e-12) {
          dead[col] = true;
          continue;
        }
        for (int r = col + 1; r < n; r++) {
          double f = a[r][col] / a[col][col];
          if (f != 0) {
            for (int k = col; k <= n; k++) {
              a[r][k] -= f * a[col][k];
            }
          }
        }
      }
      double[] x = new double[n];
      for (int i = n - 1; i >= 0; i--) {
        if (dead[i]) {
          x[i] = 0;
          continue;
        }
        double s = a[i][n];
        for (int k = i + 1; k < n; k++) {
          s -= a[i][k] * x[k];
        }
        x[i] = s / a[i][i];
      }
      return x;
    }
  }
}
