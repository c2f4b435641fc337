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
  private final double prior;
  private final boolean[] termFrequency;
  private final boolean[] placeField;
  private final int iterations;

  private MatchModel(MatchSchema schema, Comparison[] comparisons, double[][] m, double[][] u, double lambda, int iterations) {
    this.schema = schema;
    this.comparisons = comparisons;
    this.m = m;
    this.u = u;
    this.lambda = lambda;
    this.prior = log2(lambda / (1 - lambda));
    this.iterations = iterations;
    this.termFrequency = new boolean[comparisons.length];
    this.placeField = new boolean[comparisons.length];
    for (int f = 0; f < comparisons.length; f++) {
      termFrequency[f] = comparisons[f].termFrequency;
      placeField[f] = isPlace(comparisons[f].kind);
    }
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
    return prior;
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
    boolean swapped = t.namesSwapped(a, b);
    for (int f = 0; f < comparisons.length; f++) {
      out[f] = Comparison.level(comparisons, t, f, a, b, swapped);
    }
  }

  /** The total match weight of rows {@code a} and {@code b}. */
  double weight(RecordTable t, int a, int b) {
    return weightOf(pattern(comparisons, t, a, b), t, a);
  }

  /**
   * The agreement pattern of rows {@code a} and {@code b}: the level of field {@code f} in bits
   * {@code 4f..4f+3}, {@link #MISSING_LEVEL} where a value is missing. Pure, so pairs can be compared on many
   * threads at once.
   */
  static long pattern(Comparison[] comparisons, RecordTable t, int a, int b) {
    boolean swapped = t.namesSwapped(a, b);
    long pattern = 0;
    for (int f = 0; f < comparisons.length; f++) {
      int level = Comparison.level(comparisons, t, f, a, b, swapped);
      pattern |= (long) (level < 0 ? MISSING_LEVEL : level) << (4 * f);
    }
    return pattern;
  }

  static final int MISSING_LEVEL = 15;

  /** The comparison ladders of the fields, in schema order. */
  Comparison[] comparisons() {
    return comparisons;
  }

  /** The total weight of a pair with agreement pattern {@code pattern}, one of whose rows is {@code a}. */
  double weightOf(long pattern, RecordTable t, int a) {
    double w = prior;
    Place place = null;
    for (int f = 0; f < comparisons.length; f++) {
      int level = (int) ((pattern >>> (4 * f)) & MISSING_LEVEL);
      if (level == MISSING_LEVEL) {
        continue;
      }
      double fw = level == 0 && termFrequency[f] ? tfWeight(t.columns[f], f, a) : weights[f][level];
      if (placeField[f]) {
        if (place == null) {
          place = new Place();
        }
        place.add(fw);
      } else {
        w += fw;
      }
    }
    return place == null ? w : w + place.total();
  }

  /**
   * Place fields (city, suburb, postcode, state, country) describe one location and agree or disagree
   * together, so they count once: the strongest agreement if all agree, the strongest disagreement if all
   * disagree, their sum when they conflict.
   */
  static boolean isPlace(FieldKind kind) {
    return kind == FieldKind.CITY || kind == FieldKind.SUBURB || kind == FieldKind.POSTCODE
        || kind == FieldKind.STATE || kind == FieldKind.COUNTRY;
  }

  /** Accumulates the weights of the place fields of one pair. */
  static final class Place {
    private double max;
    private double min;
    private double sum;
    private boolean positive;
    private boolean negative;

    void add(double w) {
      sum += w;
      if (w > 0) {
        max = positive ? Math.max(max, w) : w;
        positive = true;
      } else if (w < 0) {
        min = negative ? Math.min(min, w) : w;
        negative = true;
      }
    }

    double total() {
      if (positive && negative) {
        return sum;
      }
      return positive ? max : negative ? min : 0.0;
    }

    /** Whether a place field with weight {@code w} is the one that counts (all others then count 0). */
    boolean counts(double w, boolean first) {
      if (positive && negative) {
        return true;
      }
      return first && w == (positive ? max : min);
    }
  }

  /**
   * The weight of an exact match on a value, adjusted for its frequency as Splink does: u becomes the share of
   * records holding the value, so "smith" weighs less than "featherstonehaugh".
   */
  private double tfWeight(RecordTable.Column c, int f, int row) {
    return log2(m[f][0] / c.frequencyOf(row));
  }

  MatchExplanation explain(RecordTable t, int a, int b) {
    List<FieldContribution> parts = new ArrayList<>();
    double total = priorWeight();
    Place place = new Place();
    boolean swapped = t.namesSwapped(a, b);
    for (int f = 0; f < comparisons.length; f++) {
      int level = Comparison.level(comparisons, t, f, a, b, swapped);
      if (level >= 0 && isPlace(comparisons[f].kind)) {
        place.add(level == 0 && comparisons[f].termFrequency ? tfWeight(t.columns[f], f, a) : weights[f][level]);
      }
    }
    boolean placeCounted = false;
    for (int f = 0; f < comparisons.length; f++) {
      RecordTable.Column c = t.columns[f];
      MatchField field = schema.fields().get(f);
      int level = Comparison.level(comparisons, t, f, a, b, swapped);
      if (level < 0) {
        parts.add(new FieldContribution(field.name(), field.kind(), t.shown(f, a), t.shown(f, b), MISSING_LABEL,
            Double.NaN, Double.NaN, 0.0, false, t.input(f, a), t.input(f, b)));
        continue;
      }
      boolean tf = level == 0 && comparisons[f].termFrequency;
      double w = tf ? tfWeight(c, f, a) : weights[f][level];
      double uShown = tf ? c.frequencyOf(a) : u[f][level];
      String label = comparisons[f].labels.get(level) + (swapped && t.isSwappable(f) ? " (given and family name swapped)" : "");
      if (isPlace(field.kind())) {
        if (place.counts(w, !placeCounted)) {
          placeCounted = true;
        } else {
          label += " (place counted once)";
          w = 0.0;
        }
      }
      total += w;
      parts.add(new FieldContribution(field.name(), field.kind(), t.shown(f, a), t.shown(f, b),
          label, m[f][level], uShown, w, tf, t.input(f, a), t.input(f, b)));
    }
    return new MatchExplanation(t.ids[a], t.ids[b], priorWeight(), parts, total, probability(total));
  }

  // ---- fitting ----

  /**
   * Fits the model: u from random pairs; m by EM once per blocking key on the pairs that key produced, leaving
   * out the fields the key is built from (their agreement is forced by the blocking, so those pairs say nothing
   * about them), each field's m averaged over the keys that estimated it; lambda at last by EM over all
   * candidates with m and u fixed.
   */
  static MatchModel fit(RecordTable t, PairSet candidates, List<Blocker.Session> sessions, long seed) {
    Comparison[] comparisons = comparisons(t.schema);
    long[] patterns = new long[candidates.size()];
    for (int i = 0; i < patterns.length; i++) {
      long pair = candidates.get(i);
      patterns[i] = pattern(comparisons, t, PairSet.left(pair), PairSet.right(pair));
    }
    return fit(t, comparisons, patterns, sessions, seed);
  }

  /**
   * Fits the model as above, given the agreement pattern of every candidate pair (computed once by the caller,
   * who scores the same pairs afterwards).
   */
  static MatchModel fit(RecordTable t, Comparison[] comparisons, long[] candidatePatterns,
      List<Blocker.Session> sessions, long seed) {
    int fields = comparisons.length;
    double[][] u = estimateU(t, comparisons, seed);
    double[][] sum = new double[fields][];
    double[] estimates = new double[fields];
    for (int f = 0; f < fields; f++) {
      sum[f] = new double[comparisons[f].levels()];
    }
    int iterations = 0;
    for (Blocker.Session session : sessions) {
      if (session.pairs().length < MIN_SESSION_PAIRS) {
        continue;
      }
      boolean[] excluded = new boolean[fields];
      for (int f : session.blockedFields()) {
        excluded[f] = true;
      }
      Patterns patterns = Patterns.of(t, comparisons, session.pairs(), excluded);
      double[][] m = initialM(comparisons);
      Em em = em(patterns, m, u, 0.1, true);
      iterations = Math.max(iterations, em.iterations);
      if (em.lambda * session.pairs().length < MIN_EXPECTED_MATCHES || !plausible(m, u, patterns.observed)) {
        continue; // too few matches among this key's pairs, or EM found some other structure than duplicates
      }
      double weight = 1.0;
      for (int f = 0; f < fields; f++) {
        if (!excluded[f] && patterns.observed[f]) {
          estimates[f] += weight;
          for (int l = 0; l < sum[f].length; l++) {
            sum[f][l] += weight * m[f][l];
          }
        }
      }
    }
    Patterns everything = Patterns.count(comparisons, candidatePatterns);
    long all = candidatePatterns.length;
    double[][] m = initialM(comparisons);
    boolean missing = false;
    for (int f = 0; f < fields; f++) {
      missing |= estimates[f] == 0;
    }
    if (missing) {
      // some field was estimated in no session: fit everything on all candidates for it, unless there are too
      // few matches to learn from (a clean base), in which case the prior m stays
      double[][] fitted = initialM(comparisons);
      Em em = em(everything, fitted, u, 0.1, true);
      if (em.lambda * all >= MIN_EXPECTED_MATCHES && plausible(fitted, u, everything.observed)) {
        m = fitted;
      }
    }
    for (int f = 0; f < fields; f++) {
      if (estimates[f] > 0) {
        for (int l = 0; l < sum[f].length; l++) {
          m[f][l] = sum[f][l] / estimates[f];
        }
      }
    }
    Em last = em(everything, m, u, 0.1, false);
    return new MatchModel(t.schema, comparisons, m, u, last.lambda, iterations + last.iterations);
  }

  private static final int MIN_SESSION_PAIRS = 20;

  /**
   * Whether an EM solution describes duplicates: on every field it saw, matches agree exactly more often than
   * random pairs do (positive weight) and disagree less often (negative weight). A base without duplicates
   * lets EM settle on some other structure (e.g. "people who share a first name"), which this rejects.
   */
  private static boolean plausible(double[][] m, double[][] u, boolean[] observed) {
    for (int f = 0; f < m.length; f++) {
      int last = m[f].length - 1;
      if (observed[f] && (m[f][0] < u[f][0] || m[f][last] > u[f][last])) {
        return false;
      }
    }
    return true;
  }
  private static final double MIN_EXPECTED_MATCHES = 10;

  /** Distinct agreement patterns (4 bits per field, 15 = missing or left out) and their counts. */
  static final class Patterns {
    final long[] patterns;
    final double[] counts;
    final boolean[] observed;
    final boolean[] place;

    private Patterns(long[] patterns, double[] counts, boolean[] observed, boolean[] place) {
      this.patterns = patterns;
      this.counts = counts;
      this.observed = observed;
      this.place = place;
    }

    /** Counts precomputed patterns (no field left out) with an open-addressing table: few distinct, many pairs. */
    static Patterns count(Comparison[] comparisons, long[] patterns) {
      int fields = comparisons.length;
      LongIntMap counter = new LongIntMap();
      for (long pattern : patterns) {
        counter.increment(pattern);
      }
      long[] ps = counter.keys();
      java.util.Arrays.sort(ps);
      double[] cs = new double[ps.length];
      boolean[] observed = new boolean[fields];
      for (int i = 0; i < ps.length; i++) {
        cs[i] = counter.get(ps[i], 0);
        for (int f = 0; f < fields; f++) {
          observed[f] |= ((ps[i] >>> (4 * f)) & MISSING_LEVEL) != MISSING_LEVEL;
        }
      }
      return new Patterns(ps, cs, observed, placeFields(comparisons));
    }

    private static boolean[] placeFields(Comparison[] comparisons) {
      boolean[] place = new boolean[comparisons.length];
      for (int f = 0; f < comparisons.length; f++) {
        place[f] = isPlace(comparisons[f].kind);
      }
      return place;
    }

    static Patterns of(RecordTable t, Comparison[] comparisons, long[] pairs, boolean[] excluded) {
      int fields = comparisons.length;
      Map<Long, int[]> counts = new HashMap<>();
      boolean[] observed = new boolean[fields];
      for (long pair : pairs) {
        int a = PairSet.left(pair);
        int b = PairSet.right(pair);
        long pattern = 0;
        boolean swapped = t.namesSwapped(a, b);
        for (int f = 0; f < fields; f++) {
          int level = excluded[f] ? -1 : Comparison.level(comparisons, t, f, a, b, swapped);
          if (level >= 0) {
            observed[f] = true;
          }
          pattern |= (long) (level < 0 ? 15 : level) << (4 * f);
        }
        counts.computeIfAbsent(pattern, p -> new int[1])[0]++;
      }
      long[] ps = new long[counts.size()];
      double[] cs = new double[counts.size()];
      int k = 0;
      for (Map.Entry<Long, int[]> e : new java.util.TreeMap<>(counts).entrySet()) {
        ps[k] = e.getKey();
        cs[k++] = e.getValue()[0];
      }
      return new Patterns(ps, cs, observed, placeFields(comparisons));
    }
  }

  private record Em(double lambda, int iterations) {}

  private static double[][] initialM(Comparison[] comparisons) {
    double[][] m = new double[comparisons.length][];
    for (int f = 0; f < comparisons.length; f++) {
      int levels = comparisons[f].levels();
      m[f] = new double[levels];
      double sum = 0;
      for (int l = 0; l < levels - 1; l++) {
        m[f][l] = Math.pow(0.25, l);
        sum += m[f][l];
      }
      for (int l = 0; l < levels - 1; l++) {
        m[f][l] = 0.95 * m[f][l] / sum;
      }
      m[f][levels - 1] = levels == 1 ? 1.0 : 0.05;
    }
    return m;
  }

  /** Expectation-maximisation with u fixed; updates {@code m} in place when {@code updateM}. */
  private static Em em(Patterns patterns, double[][] m, double[][] u, double lambda, boolean updateM) {
    int np = patterns.patterns.length;
    int fields = m.length;
    double[] posterior = new double[np];
    int iteration = 0;
    while (iteration < MAX_ITERATIONS && np > 0) {
      iteration++;
      double total = 0;
      double matches = 0;
      for (int p = 0; p < np; p++) {
        double logRatio = Math.log(lambda / (1 - lambda));
        long pattern = patterns.patterns[p];
        Place place = new Place();
        for (int f = 0; f < fields; f++) {
          int level = (int) ((pattern >>> (4 * f)) & 15);
          if (level != 15) {
            double w = Math.log(m[f][level] / u[f][level]);
            if (patterns.place[f]) {
              place.add(w);
            } else {
              logRatio += w;
            }
          }
        }
        logRatio += place.total();
        double post = logRatio > 40 ? 1.0 : logRatio < -40 ? 0.0 : 1.0 / (1.0 + Math.exp(-logRatio));
        posterior[p] = post;
        matches += post * patterns.counts[p];
        total += patterns.counts[p];
      }
      double newLambda = Math.min(0.999, Math.max(1e-6, matches / total));
      double change = Math.abs(newLambda - lambda);
      lambda = newLambda;
      if (updateM) {
        for (int f = 0; f < fields; f++) {
          double[] acc = new double[m[f].length];
          double sum = 0;
          for (int p = 0; p < np; p++) {
            int level = (int) ((patterns.patterns[p] >>> (4 * f)) & 15);
            if (level != 15) {
              double w = posterior[p] * patterns.counts[p];
              acc[level] += w;
              sum += w;
            }
          }
          if (sum == 0) {
            continue;
          }
          for (int l = 0; l < acc.length; l++) {
            double v = (acc[l] + 0.01) / (sum + 0.01 * acc.length);
            change = Math.max(change, Math.abs(v - m[f][l]));
            m[f][l] = v;
          }
        }
      }
      if (change < 1e-6) {
        break;
      }
    }
    return new Em(lambda, iteration);
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
    // rows in id order, so that the sample (and so the model) does not depend on input order
    int[] rows = t.liveRows().stream()
        .sorted(java.util.Comparator.comparing((Integer r) -> t.ids[r]))
        .mapToInt(Integer::intValue).toArray();
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
    boolean swapped = t.namesSwapped(a, b);
    for (int f = 0; f < comparisons.length; f++) {
      int level = Comparison.level(comparisons, t, f, a, b, swapped);
      if (level >= 0) {
        counts[f][level]++;
      }
    }
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
