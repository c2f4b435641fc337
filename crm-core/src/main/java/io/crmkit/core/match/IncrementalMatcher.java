package io.crmkit.core.match;

import io.crmkit.core.ValidationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Matches one record at a time against an indexed base, for real-time duplicate checks (lead capture, list
 * import, a contact typed into a form). The blocking index is kept up to date as records are added, changed
 * and removed; a lookup touches only the blocks the new record falls into. The model is fitted on the base
 * the first time it is needed (or on {@link #refit()}), with the same engine as {@link Deduplicator}.
 * Thread-safe.
 *
 * <pre>{@code
 * IncrementalMatcher base = IncrementalMatcher.builder(schema).threshold(0.9).build();
 * base.upsertAll(existingRecords);
 * List<ScoredPair> duplicates = base.match(newRecord);
 * }</pre>
 */
public final class IncrementalMatcher {
  private final RecordTable table;
  private final Blocker blocker;
  private final double threshold;
  private final long seed;
  private final List<Map<String, Blocker.IntList>> index = new ArrayList<>();
  private Optional<MatchModel> model;
  private int probeRow = -1;

  private IncrementalMatcher(Builder b) {
    this.table = new RecordTable(b.schema, b.normalizer);
    this.blocker = Blocker.standard(b.schema, b.maxBlockSize);
    this.threshold = b.threshold;
    this.seed = b.seed;
    this.model = b.model;
    for (int i = 0; i < blocker.keys.size(); i++) {
      index.add(new HashMap<>());
    }
  }

  /** Starts a matcher over records with the fields of {@code schema}. */
  public static Builder builder(MatchSchema schema) {
    return new Builder(schema);
  }

  /** The match-probability threshold of {@link #match}. */
  public double threshold() {
    return threshold;
  }

  /** The number of records in the base. */
  public synchronized int size() {
    return table.liveCount - (probeRow >= 0 && table.live[probeRow] ? 1 : 0);
  }

  /** Adds a record to the base, or replaces the record with the same id, and updates the index. */
  public synchronized void upsert(MatchRecord record) {
    Objects.requireNonNull(record, "record");
    Integer existing = table.rowById.get(record.id());
    if (existing != null) {
      unindex(existing);
      table.set(existing, record);
      index(existing);
    } else {
      index(table.add(record));
    }
  }

  /** Adds or replaces many records. */
  public synchronized void upsertAll(Iterable<MatchRecord> records) {
    for (MatchRecord r : records) {
      upsert(r);
    }
  }

  /** Removes the record with {@code id} from the base; false when there was none. */
  public synchronized boolean remove(String id) {
    Integer row = table.rowById.get(id);
    if (row == null) {
      return false;
    }
    unindex(row);
    table.remove(row);
    return true;
  }

  /** Fits the model again on the current base (call after large changes). */
  public synchronized MatchModel refit() {
    ValidationException.check(size() >= 2, "base", "needs at least two records to fit a model");
    Blocker.Candidates candidates = blocker.candidates(table);
    MatchModel fitted = MatchModel.fit(table, candidates.pairs(), candidates.sessions(), seed);
    model = Optional.of(fitted);
    return fitted;
  }

  /** The model in use, fitting it first when there is none. */
  public synchronized MatchModel model() {
    return model.orElseGet(this::refit);
  }

  /**
   * The records of the base that match {@code record} (probability at least the threshold), best first; a
   * record with the same id as {@code record} is not compared with it.
   */
  public synchronized List<ScoredPair> match(MatchRecord record) {
    return candidates(record, threshold);
  }

  /** Like {@link #match} with another threshold, e.g. a lower one for "possible duplicates" lists. */
  public synchronized List<ScoredPair> match(MatchRecord record, double minProbability) {
    return candidates(record, minProbability);
  }

  private List<ScoredPair> candidates(MatchRecord record, double minProbability) {
    Objects.requireNonNull(record, "record");
    MatchModel m = model();
    int probe = probe(record);
    try {
      Set<Integer> seen = new HashSet<>();
      List<List<String>> keys = blocker.keysOf(table, probe);
      for (int k = 0; k < keys.size(); k++) {
        Blocker.Key key = blocker.keys.get(k);
        for (String value : keys.get(k)) {
          Blocker.IntList block = index.get(k).get(value);
          if (block == null || (key.capped && block.size + 1 > blocker.maxBlockSize)) {
            continue;
          }
          for (int i = 0; i < block.size; i++) {
            seen.add(block.items[i]);
          }
        }
      }
      Integer self = table.rowById.get(record.id());
      List<ScoredPair> out = new ArrayList<>();
      for (int row : seen) {
        if (self != null && row == self) {
          continue;
        }
        double w = m.weight(table, probe, row);
        double p = MatchModel.probability(w);
        if (p >= minProbability) {
          MatchExplanation e = m.explain(table, probe, row);
          out.add(new ScoredPair(record.id(), table.ids[row], e.weight(), e.probability(), e));
        }
      }
      out.sort(Comparator.comparingDouble(ScoredPair::probability).reversed().thenComparing(ScoredPair::rightId));
      return List.copyOf(out);
    } finally {
      table.clearDetached(probe);
    }
  }

  private int probe(MatchRecord record) {
    if (probeRow < 0) {
      probeRow = table.addDetached();
    }
    table.fillDetached(probeRow, record);
    return probeRow;
  }

  private void index(int row) {
    List<List<String>> keys = blocker.keysOf(table, row);
    for (int k = 0; k < keys.size(); k++) {
      for (String value : keys.get(k)) {
        index.get(k).computeIfAbsent(value, x -> new Blocker.IntList()).add(row);
      }
    }
  }

  /** Removes a row from the index; its keys are recomputed from its prepared values, which are still in place. */
  private void unindex(int row) {
    if (!table.live[row]) {
      return;
    }
    List<List<String>> keys = blocker.keysOf(table, row);
    for (int k = 0; k < keys.size(); k++) {
      for (String value : keys.get(k)) {
        Blocker.IntList block = index.get(k).get(value);
        if (block != null) {
          block.remove(row);
          if (block.size == 0) {
            index.get(k).remove(value);
          }
        }
      }
    }
  }

  /** Configures an {@link IncrementalMatcher}. */
  public static final class Builder {
    private final MatchSchema schema;
    private Normalizer normalizer = Normalizer.standard();
    private double threshold = 0.9;
    private int maxBlockSize = 100;
    private long seed = 20_260_101L;
    private Optional<MatchModel> model = Optional.empty();

    private Builder(MatchSchema schema) {
      this.schema = Objects.requireNonNull(schema, "schema");
    }

    /** Phones without a country code are read as numbers of {@code region} (default {@code US}). */
    public Builder region(String region) {
      this.normalizer = Normalizer.forRegion(region);
      return this;
    }

    /** The least match probability {@link #match} reports; default 0.9. */
    public Builder threshold(double value) {
      ValidationException.check(value > 0 && value < 1, "threshold", "must lie strictly between 0 and 1 but was " + value);
      this.threshold = value;
      return this;
    }

    /** Blocks larger than this (except exact e-mail, phone and id keys) are not searched; default 100. */
    public Builder maxBlockSize(int value) {
      ValidationException.check(value >= 2, "maxBlockSize", "must be at least 2 but was " + value);
      this.maxBlockSize = value;
      return this;
    }

    /** Uses a model fitted elsewhere (e.g. {@code dedupeResult.model()}) instead of fitting on the base. */
    public Builder model(MatchModel value) {
      Objects.requireNonNull(value, "model");
      ValidationException.check(value.schema().equals(schema), "model", "was fitted for another schema");
      this.model = Optional.of(value);
      return this;
    }

    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    public IncrementalMatcher build() {
      return new IncrementalMatcher(this);
    }
  }
}
