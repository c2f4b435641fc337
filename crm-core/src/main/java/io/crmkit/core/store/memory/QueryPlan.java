package io.crmkit.core.store.memory;

import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.EntityType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * How one criteria is answered from a table: from index candidates (an {@code eq}/{@code in} on an indexed
 * field, an {@code or} of those, or the cheapest such conjunct of a top-level {@code and} with the other
 * conjuncts as a compiled filter, while that conjunct selects at most half the table), or by a scan with the
 * compiled predicate. Made and run under the tenant's
 * read lock.
 *
 * @param <T> the record type
 */
final class QueryPlan<T> {
  private final Table<T> table;
  // null: scan every record
  private final @Nullable Collection<String> candidates;
  // null: the candidates are the exact answer
  private final @Nullable Predicate<T> filter;
  // whether every candidate id is known to be stored (true unless ids came from an id criteria)
  private final boolean idsAreStored;

  private QueryPlan(Table<T> table, @Nullable Collection<String> candidates, @Nullable Predicate<T> filter) {
    this.table = table;
    this.candidates = candidates;
    this.filter = filter;
    this.idsAreStored = candidates instanceof IndexIds;
  }

  /** Plans {@code criteria} (already validated against {@code type}) over {@code table}. */
  static <T> QueryPlan<T> of(Criteria criteria, EntityType<?, ?> type, Table<T> table) {
    if (criteria instanceof Criteria.Eq eq && isIndexed(eq.field().name(), table)) {
      // the common lookup: one probe of the index, nothing else
      return new QueryPlan<>(table, lookup(eq.field().name(), eq.value(), table), null);
    }
    if (estimate(criteria, table) >= 0) {
      return new QueryPlan<>(table, candidates(criteria, table), null);
    }
    if (criteria instanceof Criteria.And and && !and.terms().isEmpty()) {
      int best = -1;
      long bestCost = Long.MAX_VALUE;
      for (int i = 0; i < and.terms().size(); i++) {
        long cost = estimate(and.terms().get(i), table);
        if (cost >= 0 && cost < bestCost) {
          best = i;
          bestCost = cost;
        }
      }
      // an index that hands back most of the table costs more than the scan it replaces (a lookup and a
      // filter per candidate instead of one predicate per record): drive from it only while it is selective
      if (best >= 0 && bestCost <= table.size() / 2) {
        List<Criteria> rest = new ArrayList<>(and.terms());
        Criteria driving = rest.remove(best);
        return new QueryPlan<>(table, candidates(driving, table), matcher(Criteria.and(rest), type));
      }
    }
    return new QueryPlan<>(table, null, matcher(criteria, type));
  }

  /** Whether this plan reads an index instead of scanning (for tests and diagnostics). */
  boolean usesIndex() {
    return candidates != null;
  }

  /** Calls {@code sink} with every matching record, in no particular order. */
  void forEach(Consumer<T> sink) {
    Predicate<T> test = filter;
    if (candidates == null) {
      // the scan loop: no allocation per record, just the compiled predicate
      table.scan(test, sink);
      return;
    }
    for (String id : candidates) {
      T record = table.get(id);
      if (record != null && (test == null || test.test(record))) {
        sink.accept(record);
      }
    }
  }

  long count() {
    if (filter == null && candidates != null && idsAreStored) {
      return candidates.size();
    }
    if (candidates == null) {
      return filter == null ? table.size() : table.count(filter);
    }
    long[] n = {0};
    forEach(r -> n[0]++);
    return n[0];
  }

  @SuppressWarnings("unchecked")
  private static <T> Predicate<T> matcher(Criteria criteria, EntityType<?, ?> type) {
    return (Predicate<T>) type.matcher(criteria);
  }

  /**
   * An upper bound of the ids an index answer of {@code c} holds, or -1 when indexes cannot answer it
   * exactly. Allocates nothing.
   */
  private static long estimate(Criteria c, Table<?> table) {
    if (c instanceof Criteria.Eq eq) {
      return lookupSize(eq.field().name(), eq.value(), table);
    }
    if (c instanceof Criteria.In in) {
      long sum = 0;
      for (Object v : in.values()) {
        long n = lookupSize(in.field().name(), v, table);
        if (n < 0) {
          return -1;
        }
        sum += n;
      }
      return sum;
    }
    if (c instanceof Criteria.Or or && !or.terms().isEmpty()) {
      long sum = 0;
      for (Criteria term : or.terms()) {
        long n = estimate(term, table);
        if (n < 0) {
          return -1;
        }
        sum += n;
      }
      return sum;
    }
    return -1;
  }

  private static boolean isIndexed(String field, Table<?> table) {
    return field.equals(EntityType.ID.name()) || table.indexOrNull(field) != null;
  }

  private static long lookupSize(String field, Object value, Table<?> table) {
    if (field.equals(EntityType.ID.name())) {
      return 1;
    }
    HashIndex<?> index = table.indexOrNull(field);
    return index == null ? -1 : index.size(value);
  }

  /** The ids answering {@code c}, for which {@link #estimate} is not negative; no duplicates. */
  private static <T> Collection<String> candidates(Criteria c, Table<T> table) {
    if (c instanceof Criteria.Eq eq) {
      return lookup(eq.field().name(), eq.value(), table);
    }
    if (c instanceof Criteria.In in && in.values().size() == 1) {
      return lookup(in.field().name(), in.values().iterator().next(), table);
    }
    HashSet<String> ids = new HashSet<>();
    boolean fromIndexes = collect(c, table, ids);
    return fromIndexes ? new IndexIds(ids) : ids;
  }

  /** Adds the ids answering {@code c}; true when they all came from indexes (so they are all stored). */
  private static <T> boolean collect(Criteria c, Table<T> table, HashSet<String> into) {
    if (c instanceof Criteria.Eq eq) {
      into.addAll(lookup(eq.field().name(), eq.value(), table));
      return !eq.field().equals(EntityType.ID);
    }
    if (c instanceof Criteria.In in) {
      for (Object v : in.values()) {
        into.addAll(lookup(in.field().name(), v, table));
      }
      return !in.field().equals(EntityType.ID);
    }
    if (c instanceof Criteria.Or or) {
      boolean fromIndexes = true;
      for (Criteria term : or.terms()) {
        fromIndexes &= collect(term, table, into);
      }
      return fromIndexes;
    }
    throw new IllegalStateException("not answerable from an index: " + c);
  }

  private static <T> Collection<String> lookup(String field, Object value, Table<T> table) {
    if (field.equals(EntityType.ID.name())) {
      return List.of((String) value);
    }
    HashIndex<T> index = table.indexOrNull(field);
    if (index == null) {
      throw new IllegalStateException("no index on " + field);
    }
    return new IndexIds(index.ids(value));
  }

  /** Ids read from an index: each names a stored record. A view, not a copy. */
  private static final class IndexIds extends java.util.AbstractCollection<String> {
    private final Collection<String> ids;

    IndexIds(Collection<String> ids) {
      this.ids = ids;
    }

    @Override
    public java.util.Iterator<String> iterator() {
      return ids.iterator();
    }

    @Override
    public int size() {
      return ids.size();
    }
  }
}
