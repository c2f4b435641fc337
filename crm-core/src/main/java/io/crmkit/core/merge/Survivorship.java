package io.crmkit.core.merge;

import io.crmkit.core.Aggregate;
import io.crmkit.core.EntityId;
import io.crmkit.core.RecordRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Computes a golden record: the merge's preference order (master, then most recently updated, then smallest
 * id) and the choice of one value among candidates by a {@link SurvivorshipRule}. Pure: same records, master and
 * policy give the same golden record and lineage, whatever order the records came in.
 */
final class Survivorship<T extends Aggregate<?>> {

  /** One record's value for a path, in preference order. */
  record Candidate<T, V>(T record, V value, String text, int completeness) {}

  /** The chosen candidate and why. */
  record Choice<T, V>(Candidate<T, V> winner, String reason) {}

  /** A golden record with its lineage. */
  record Golden<T>(T record, Lineage lineage) {}

  private final SurvivorshipPolicy policy;
  private final T master;
  private final List<T> ordered;
  private final Function<T, RecordRef> ref;
  private final Function<T, Instant> updatedAt;
  private final Function<T, Set<String>> sources;

  private Survivorship(
      SurvivorshipPolicy policy, T master, List<T> records, Function<T, RecordRef> ref, Function<T, Instant> updatedAt,
      Function<T, Set<String>> sources) {
    this.policy = policy;
    this.master = master;
    this.ref = ref;
    this.updatedAt = updatedAt;
    this.sources = sources;
    List<T> rest = new ArrayList<>();
    for (T r : records) {
      if (!r.id().equals(master.id())) {
        rest.add(r);
      }
    }
    rest.sort(Comparator.comparing(updatedAt).reversed().thenComparing(r -> r.id().value()));
    List<T> all = new ArrayList<>();
    all.add(master);
    all.addAll(rest);
    this.ordered = List.copyOf(all);
  }

  /** The golden record of {@code records} (which include {@code master}) under {@code policy}, changed at {@code now}. */
  static <T extends Aggregate<I>, I extends EntityId> Golden<T> golden(
      PartyKind<T, I> kind, SurvivorshipPolicy policy, T master, List<T> records, Instant now) {
    Survivorship<T> s = new Survivorship<>(policy, master, records, kind::ref, kind.updatedAt, r -> kind.sources(r, policy));
    List<FieldLineage> lineage = new ArrayList<>();
    T golden = master;
    for (MergeField<T> f : kind.fields) {
      golden = f.resolve(golden, s, lineage);
    }
    Instant created = records.stream().map(kind.createdAt).min(Comparator.naturalOrder()).orElseThrow();
    Instant updated = records.stream().map(kind.updatedAt).max(Comparator.naturalOrder()).orElseThrow();
    if (now.isAfter(updated)) {
      updated = now;
    }
    return new Golden<>(kind.timestamps.with(golden, created, updated), new Lineage(lineage));
  }

  /** The master chosen by {@code choice} among {@code records}; ties go to the smallest id. */
  static <T extends Aggregate<I>, I extends EntityId> T master(PartyKind<T, I> kind, MasterChoice choice, List<T> records) {
    Comparator<T> byId = Comparator.comparing(r -> r.id().value());
    Comparator<T> order;
    switch (choice) {
      case OLDEST:
        order = Comparator.comparing(kind.createdAt).thenComparing(byId);
        break;
      case MOST_RECENTLY_UPDATED:
        order = Comparator.comparing(kind.updatedAt).reversed().thenComparing(byId);
        break;
      default:
        order = Comparator.<T>comparingInt(kind::completeness).reversed().thenComparing(kind.createdAt).thenComparing(byId);
        break;
    }
    return records.stream().min(order).orElseThrow();
  }

  SurvivorshipPolicy policy() {
    return policy;
  }

  /** The records in preference order: master first. */
  List<T> ordered() {
    return ordered;
  }

  RecordRef ref(T record) {
    return ref.apply(record);
  }

  boolean isMaster(T record) {
    return record.id().equals(master.id());
  }

  boolean isMasterRef(RecordRef record) {
    return ref(master).equals(record);
  }

  /** The lineage candidates of {@code cands}. */
  <V> List<FieldLineage.Candidate> lineageCandidates(List<Candidate<T, V>> cands) {
    return cands.stream().map(c -> new FieldLineage.Candidate(ref(c.record()), c.text())).toList();
  }

  /**
   * The winner among {@code cands} (non-empty, in preference order) by {@code rule} at {@code path}: the best
   * by the rule, ties to the earlier in preference order.
   */
  <V> Choice<T, V> choose(String path, SurvivorshipRule rule, List<Candidate<T, V>> cands) {
    Comparator<Candidate<T, V>> better = comparator(path, rule);
    Candidate<T, V> best = cands.get(0);
    for (Candidate<T, V> c : cands.subList(1, cands.size())) {
      if (better.compare(c, best) < 0) {
        best = c;
      }
    }
    Candidate<T, V> winner = best;
    long tied = cands.stream().filter(c -> better.compare(c, winner) == 0).count();
    String reason = reason(path, rule, winner, cands.size());
    if (cands.size() > 1 && tied > 1) {
      reason += "; " + tied + " candidates tie, so the preference order decided (master, then most recently updated, then id)";
    }
    return new Choice<>(winner, reason);
  }

  private <V> Comparator<Candidate<T, V>> comparator(String path, SurvivorshipRule rule) {
    switch (rule) {
      case MOST_RECENT:
        return Comparator.comparing((Candidate<T, V> c) -> timestamp(c.record(), path)).reversed();
      case MOST_COMPLETE:
        return Comparator.comparingInt((Candidate<T, V> c) -> c.completeness()).reversed();
      case LONGEST:
        return Comparator.comparingInt((Candidate<T, V> c) -> c.text().codePointCount(0, c.text().length())).reversed();
      case MOST_TRUSTED_SOURCE:
        return Comparator.comparingInt((Candidate<T, V> c) -> policy.rank(sources.apply(c.record())));
      case MASTER:
        return Comparator.comparingInt((Candidate<T, V> c) -> isMaster(c.record()) ? 0 : 1);
      default:
        throw new IllegalStateException(rule + " does not choose one value");
    }
  }

  Instant timestamp(T record, String path) {
    return policy.valueTimestamps().at(record, path).orElseGet(() -> updatedAt.apply(record));
  }

  private <V> String reason(String path, SurvivorshipRule rule, Candidate<T, V> w, int count) {
    if (count == 1) {
      return "the only record with a value";
    }
    switch (rule) {
      case MOST_RECENT:
        return "the most recent value (" + timestamp(w.record(), path) + ")";
      case MOST_COMPLETE:
        return "the most complete value (" + w.completeness() + " part(s) filled)";
      case LONGEST:
        return "the longest value (" + w.text().codePointCount(0, w.text().length()) + " characters)";
      case MOST_TRUSTED_SOURCE:
        int rank = policy.rank(sources.apply(w.record()));
        return rank == Integer.MAX_VALUE
            ? "no candidate comes from a trusted source " + policy.trustedSources()
            : "from the most trusted source '" + policy.trustedSources().get(rank) + "' of " + policy.trustedSources();
      case MASTER:
        return isMaster(w.record()) ? "the master's value" : "the master has no value";
      default:
        throw new IllegalStateException(rule.name());
    }
  }
}
