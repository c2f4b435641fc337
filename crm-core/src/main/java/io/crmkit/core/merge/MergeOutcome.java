package io.crmkit.core.merge;

import io.crmkit.core.Aggregate;
import java.util.Objects;

/**
 * What a merge did: the survivor as now stored (golden values, the master's id) and the stored {@link
 * MergeRecord} that can undo it. {@code MergeOutcome<Contact> done = merges.merge(ids, "u-1");}
 *
 * @param <T> the party type
 */
public final class MergeOutcome<T extends Aggregate<?>> {
  private final T survivor;
  private final MergeRecord record;

  MergeOutcome(T survivor, MergeRecord record) {
    this.survivor = Objects.requireNonNull(survivor, "survivor");
    this.record = Objects.requireNonNull(record, "record");
  }

  /** The survivor as stored after the merge. */
  public T survivor() {
    return survivor;
  }

  /** The stored merge record: lineage, before-images, re-pointed records. */
  public MergeRecord record() {
    return record;
  }

  /** Shortcut for {@code record().lineage()}. */
  public Lineage lineage() {
    return record.lineage();
  }

  @Override
  public String toString() {
    return "MergeOutcome[" + record.survivor() + " ← " + record.mergedAwayRefs() + ", merge " + record.id() + "]";
  }
}
