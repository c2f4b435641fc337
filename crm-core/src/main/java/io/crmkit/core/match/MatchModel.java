package io.crmkit.core.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A Fellegi–Sunter model fitted without labels, as Splink does: for every field and comparison level, the
 * probability {@code u} of the level among random pairs (estimated by sampling) and {@code m} among matching
 * pairs (estimated by expectation-maximisation over the agreement patterns of the candidate pairs), plus the
 * share {@code lambda} of candidate pairs that match. A level weighs {@code log2(m/u)} bits; exact matches on
 * names, places and streets are term-frequency adjusted. Get one from {@link Deduplicator} or
 * {@link IncrementalMatcher}; {@link #describe()} prints it.
 */
public final class MatchModel {
  static final String MISSING_LABEL = "missing";
  private static final int MAX_ITERATIONS = 60;
  private static final int U_SAMPLE = 400_000;

  private final MatchSchema schema;
  private final Comparison[] comparisons;
  private final double[][] m;
  private final double[][] u;
  private final double[][] weights;
  private final double lambda;
  private final int iterations;

  private MatchModel(MatchSchema schema, Comparison[] comparisons, double[][] m, double[][] u, double lambda, int iterations) {
    this.schema = schema;
    this.comparisons = comparisons;
    this.m = m;
    this.u = u;
    this.lambda = lambda;
    this.iterations = iterations;
    this.weights = new double[m.length][];
    for (int f = 0; f < m.length; f++) {
      weights[f] = new double[m[f].length];
      for (int l = 0; l < m[f].length; l++) {
        weights[f][l] = log2(m[f][l] / u[f][l]);
      }
    }
  }

  /** The fields the model compares. */
  public MatchSchema schema() {
    return schema;
  }

  /** The estimated share of candidate pairs that are matches. */
  public double lambda() {
    return lambda;
  }

  /** The EM iterations it took to converge. */
  public int iterations() {
    return iterations;
  }

  /** The comparison levels of field {@code field} (by position), best first. */
  public List<String> levels(int field) {
    return comparisons[field].labels;
  }

  /** P(level | match) of field {@code field}. */
  public double m(int field, int level) {
    return m[field][level];
  }

  /** P(level | non-match) of field {@code field}. */
  public double u(int field, int level) {
    return u[field][level];
  }

  /** The weight in bits of a level, before term-frequency adjustment. */
  public double weight(int field, int level) {
    return weights[field][level];
  }

  /** The weight of the prior, {@code log2(lambda / (1 - lambda))}. */
  public double priorWeight() {
    return log2(lambda / (1 - lambda));
  }

  /** The probability a total weight stands for. */
  public static double probability(double weight) {
    return 1.0 / (1.0 + Math.pow(2.0, -weight));
  }

  /** The parameters as a table for people. */
  public String describe() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "Fellegi-Sunter model: lambda %.6f (prior %+.2f bits), %d EM iterations%n",
        lambda, priorWeight(), iterations));
    for (int f = 0; f < comparisons.length; f++) {
      MatchField field = schema.fields().get(f);
      b.append("  ").append(field.name()).append(" (").append(field.kind().code()).append(")")
          .append(comparisons[f].termFrequency ? ", term-frequency adjusted" : "").append('\n');
      for (int l = 0; l < m[f].length; l++) {
        b.append(String.format(Locale.ROOT, "    %-42s m %.4f  u %.6f  %+7.2f bits%n",
            comparisons[f].labels.get(l), m[f][l], u[f][l], weights[f][l]));
      }
    }
    return b.toString();
  }

  // ---- scoring (package-private: the table holds the prepared values) ----

  /** The levels of a pair, one per field. */
  void levels(RecordTable t, int a, int b, int[] out) {
    for (int f = 0; f < comparisons.length; f++) {
      out[f] = comparisons[f].level(t.columns[f], a, b);
    }
  }

  /** The total match weight of rows {@code a} and {@code b}. */
  double weight(RecordTable t, int a, int b) {
    double w = priorWeight();
    for (int f = 0; f < comparisons.length; f++) {
      RecordTable.Column c = t.columns[f];
      int level = comparisons[f].level(c, a, b);
      if (level >= 0) {
        w += level == 0 && comparisons[f].termFrequency ? tfWeight(c, f, a) : weights[f][level];
      }
    }
    return w;
  }

  private double tfWeight(RecordTable.Column c, int f, int row) {
    double uValue = c.frequency(c.norm[row]);
    // never make an exact match weigh less than the next level down
    double w = log2(m[f][0] / uValue);
    return m[f].length > 1 ? Math.max(w, weights[f][1]) : w;
  }

  MatchExplanation explain(RecordTable t, int a, int b) {
    List<FieldContribution> parts = new ArrayList<>();
    double total = priorWeight();
    for (int f = 0; f < comparisons.length; f++) {
      RecordTable.Column c = t.columns[f];
      MatchField field = schema.fields().get(f);
      int level = comparisons[f].level(c, a, b);
      if (level < 0) {
        parts.add(new FieldContribution(field.name(), field.kind(), t.shown(f, a), t.shown(f, b), MISSING_LABEL,
            Double.NaN, Double.NaN, 0.0, false));
        continue;
      }
      boolean tf = level == 0 && comparisons[f].termFrequency;
      double w = tf ? tfWeight(c, f, a) : weights[f][level];
      double uShown = tf ? c.frequency(c.norm[a]) : u[f][level];
      total += w;
      parts.add(new FieldContribution(field.name(), field.kind(), t.shown(f, a), t.shown(f, b),
          comparisons[f].labels.get(level), m[f][level], uShown, w, tf));
    }
    return new MatchExplanation(t.ids[a], t.ids[b], priorWeight(), parts, total, probability(total));
  }

  // ---- fitting ----

  static MatchModel fit(RecordTable t, PairSet candidates, long seed) {
    Comparison[] comparisons = comparisons(t.schema);
    int fields = comparisons.length;
    double[][] u = estimateU(t, comparisons, seed);
    // agreement patterns of the candidate pairs, 4 bits per field (15 = missing)
    Map<Long, int[]> patternCounts = new HashMap<>();
    int[] levels = new int[fields];
    for (int i = 0; i < candidates.size(); i++) {
      long pair = candidates.get(i);
      int a = PairSet.left(pair);
      int b = PairSet.right(pair);
      long pattern = 0;
      for (int f = 0; f < fields; f++) {
        levels[f] = comparisons[f].level(t.columns[f], a, b);
        pattern |= (long) (levels[f] < 0 ? 15 : levels[f]) << (4 * f);
      }
      patternCounts.computeIfAbsent(pattern, p -> new int[1])[0]++;
    }
    int np = patternCounts.size();
    long[] patterns = new long[np];
    double[] counts = new double[np];
    int k = 0;
    for (Map.Entry<Long, int[]> e : patternCounts.entrySet()) {
      patterns[k] = e.getKey();
      counts[k++] = e.getValue()[0];
    }
    double[][] m = new double[fields][];
    for (int f = 0; f < fields; f++) {
      int levelsOf = comparisons[f].levels();
      m[f] = new double[levelsOf];
      double rest = 0.05;
      double head = 0.95;
      double sum = 0;
      for (int l = 0; l < levelsOf - 1; l++) {
        m[f][l] = Math.pow(0.25, l);
        sum += m[f][l];
      }
      for (int l = 0; l < levelsOf - 1; l++) {
        m[f][l] = head * m[f][l] / sum;
      }
      m[f][levelsOf - 1] = levelsOf == 1 ? 1.0 : rest;
    }
    double lambda = 0.1;
    int iteration = 0;
    double[] posterior = new double[np];
    while (iteration < MAX_ITERATIONS && np > 0) {
      iteration++;
      double total = 0;
      double matches = 0;
      for (int p = 0; p < np; p++) {
        double logRatio = Math.log(lambda / (1 - lambda));
        long pattern = patterns[p];
        for (int f = 0; f < fields; f++) {
          int level = (int) ((pattern >>> (4 * f)) & 15);
          if (level != 15) {
            logRatio += Math.log(m[f][level] / u[f][level]);
          }
        }
        double post = logRatio > 40 ? 1.0 : logRatio < -40 ? 0.0 : 1.0 / (1.0 + Math.exp(-logRatio));
        posterior[p] = post;
        matches += post * counts[p];
        total += counts[p];
      }
      double newLambda = Math.min(0.999, Math.max(1e-6, matches / total));
      double change = Math.abs(newLambda - lambda);
      lambda = newLambda;
      for (int f = 0; f < fields; f++) {
        double[] acc = new double[m[f].length];
        double sum = 0;
        for (int p = 0; p < np; p++) {
          int level = (int) ((patterns[p] >>> (4 * f)) & 15);
          if (level != 15) {
            double w = posterior[p] * counts[p];
            acc[level] += w;
            sum += w;
          }
        }
        for (int l = 0; l < acc.length; l++) {
          double v = (acc[l] + 0.01) / (sum + 0.01 * acc.length);
          change = Math.max(change, Math.abs(v - m[f][l]));
          m[f][l] = v;
        }
      }
      if (change < 1e-6) {
        break;
      }
    }
    return new MatchModel(t.schema, comparisons, m, u, lambda, iteration);
  }

  static Comparison[] comparisons(MatchSchema schema) {
    Comparison[] out = new Comparison[schema.fields().size()];
    for (int f = 0; f < out.length; f++) {
      out[f] = Comparison.of(schema.fields().get(f).kind());
    }
    return out;
  }

  private static double[][] estimateU(RecordTable t, Comparison[] comparisons, long seed) {
    int fields = comparisons.length;
    double[][] counts = new double[fields][];
    for (int f = 0; f < fields; f++) {
      counts[f] = new double[comparisons[f].levels()];
    }
    int[] rows = t.liveRows().stream().mapToInt(Integer::intValue).toArray();
    int n = rows.length;
    if (n >= 2) {
      long all = (long) n * (n - 1) / 2;
      if (all <= U_SAMPLE) {
        for (int i = 0; i < n; i++) {
          for (int j = i + 1; j < n; j++) {
            countLevels(t, comparisons, rows[i], rows[j], counts);
          }
        }
      } else {
        SplittableRandom random = new SplittableRandom(seed);
        for (int s = 0; s < U_SAMPLE; s++) {
          int i = random.nextInt(n);
          int j = random.nextInt(n - 1);
          if (j >= i) {
            j++;
          }
          countLevels(t, comparisons, rows[i], rows[j], counts);
        }
      }
    }
    double[][] u = new double[fields][];
    for (int f = 0; f < fields; f++) {
      double sum = 0;
      for (double c : counts[f]) {
        sum += c;
      }
      u[f] = new double[counts[f].length];
      for (int l = 0; l < u[f].length; l++) {
        u[f][l] = (counts[f][l] + 0.5) / (sum + 0.5 * u[f].length);
      }
    }
    return u;
  }

  private static void countLevels(RecordTable t, Comparison[] comparisons, int a, int b, double[][] counts) {
    for (int f = 0; f < comparisons.length; f++) {
      int level = comparisons[f].level(t.columns[f], a, b);
      if (level >= 0) {
        counts[f][level]++;
      }
    }
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
