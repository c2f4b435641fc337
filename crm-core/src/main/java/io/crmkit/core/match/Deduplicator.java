package io.crmkit.core.match;

import io.crmkit.core.ValidationException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Finds the duplicates in a set of records, unsupervised: prepares the records, blocks, fits a
 * {@link MatchModel} by EM, scores the candidate pairs, chooses a threshold from the model's estimated
 * precision/recall curve (unless one is given; never below 0.5) and clusters the matches, splitting clusters whose members are
 * not cohesive. One configuration serves every data set; the field kinds drive it.
 *
 * <pre>{@code
 * DedupeResult result = Deduplicator.of(schema).run(records);
 * String cluster = result.clusterOf("rec-7");
 * }</pre>
 */
public final class Deduplicator {
  private final MatchSchema schema;
  private final Normalizer normalizer;
  private final Optional<Double> threshold;
  private final int maxBlockSize;
  private final double minCohesion;
  private final long seed;
  private final boolean parallel;

  private Deduplicator(Builder b) {
    this.schema = b.schema;
    this.normalizer = b.normalizer;
    this.threshold = b.threshold;
    this.maxBlockSize = b.maxBlockSize;
    this.minCohesion = b.minCohesion;
    this.seed = b.seed;
    this.parallel = b.parallel;
  }

  /** The default configuration for {@code schema}. */
  public static Deduplicator of(MatchSchema schema) {
    return builder(schema).build();
  }

  /** Starts a configuration: {@code Deduplicator.builder(schema).threshold(0.9).build()}. */
  public static Builder builder(MatchSchema schema) {
    return new Builder(schema);
  }

  /** Deduplicates {@code records} (ids must be unique). */
  public DedupeResult run(List<MatchRecord> records) {
    Objects.requireNonNull(records, "records");
    Set<String> ids = new HashSet<>(Math.max(16, records.size() * 2));
    for (MatchRecord r : records) {
      Objects.requireNonNull(r, "records contains null");
      ValidationException.check(ids.add(r.id()), "records", "record id '" + r.id() + "' appears twice");
    }
    RecordTable table = new RecordTable(schema, normalizer);
    table.keepInputs = true;
    table.addAll((parallel ? records.parallelStream() : records.stream()).map(table::prepare).toList());
    Blocker.Candidates candidates = Blocker.standard(schema, maxBlockSize).candidates(table, parallel);
    PairSet pairs = candidates.pairs();
    // each pair is compared once: the patterns feed the fit and then the scores
    Comparison[] comparisons = MatchModel.comparisons(schema);
    long[] patterns = new long[pairs.size()];
    inChunks(pairs.size(), i -> {
      long p = pairs.get(i);
      patterns[i] = MatchModel.pattern(comparisons, table, PairSet.left(p), PairSet.right(p));
    });
    MatchModel model = MatchModel.fit(table, comparisons, patterns, candidates.sessions(), seed);
    double[] probabilities = new double[pairs.size()];
    inChunks(pairs.size(), i -> probabilities[i] =
        MatchModel.probability(model.weightOf(patterns[i], table, PairSet.left(pairs.get(i)))));
    PrecisionRecallCurve curve = PrecisionRecallCurve.of(probabilities);
    double chosen = threshold.orElseGet(() -> Math.max(MIN_CHOSEN_THRESHOLD, curve.best().threshold()));
    Clustering clustering = Clustering.of(table, model, pairs, probabilities, chosen, minCohesion);
    return new DedupeResult(table, model, candidates.report(), curve, chosen, clustering);
  }

  /**
   * The least threshold the model may choose: on a large base with few duplicates the curve's best F1 can sit
   * below even odds, where matches chain whole neighbourhoods together; a pair must be likelier a match than not.
   */
  static final double MIN_CHOSEN_THRESHOLD = 0.5;

  private static final int CHUNK = 1 << 16;

  /** Runs {@code body} for 0..n-1, on all cores when configured so; each index is written by one thread. */
  private void inChunks(int n, IntConsumer body) {
    int chunks = (n + CHUNK - 1) / CHUNK;
    IntStream range = IntStream.range(0, chunks);
    (parallel ? range.parallel() : range).forEach(c -> {
      int to = Math.min(n, (c + 1) * CHUNK);
      for (int i = c * CHUNK; i < to; i++) {
        body.accept(i);
      }
    });
  }

  /** Configures a {@link Deduplicator}; every setting has a default that works across data sets. */
  public static final class Builder {
    private final MatchSchema schema;
    private Normalizer normalizer = Normalizer.standard();
    private Optional<Double> threshold = Optional.empty();
    private int maxBlockSize = 100;
    private double minCohesion = 0.5;
    private long seed = 20_260_101L;
    private boolean parallel = true;

    private Builder(MatchSchema schema) {
      this.schema = Objects.requireNonNull(schema, "schema");
    }

    /** Phones without a country code are read as numbers of {@code region} (default {@code US}). */
    public Builder region(String region) {
      this.normalizer = Normalizer.forRegion(region);
      return this;
    }

    /** A fixed match-probability threshold in (0, 1); by default it is chosen from the model. */
    public Builder threshold(double value) {
      ValidationException.check(value > 0 && value < 1, "threshold", "must lie strictly between 0 and 1 but was " + value);
      this.threshold = Optional.of(value);
      return this;
    }

    /** Blocks larger than this (except exact e-mail, phone and id keys) are skipped; default 100. */
    public Builder maxBlockSize(int value) {
      ValidationException.check(value >= 2, "maxBlockSize", "must be at least 2 but was " + value);
      this.maxBlockSize = value;
      return this;
    }

    /**
     * The least share of a cluster's internal pairs that must score above the threshold (default 0.5); below
     * it the cluster is split at its weakest links, so chains of pairwise matches do not merge strangers.
     */
    public Builder minCohesion(double value) {
      ValidationException.check(value >= 0 && value <= 1, "minCohesion", "must lie in [0, 1] but was " + value);
      this.minCohesion = value;
      return this;
    }

    /** The seed of the random pairs that estimate the u probabilities. */
    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    /**
     * Whether preparing and scoring use all cores (the common fork-join pool; default true). The result is the
     * same either way.
     */
    public Builder parallel(boolean value) {
      this.parallel = value;
      return this;
    }

    public Deduplicator build() {
      return new Deduplicator(this);
    }
  }
}
