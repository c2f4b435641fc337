package io.crmkit.core.merge;

import io.crmkit.core.Aggregate;
import java.util.List;
import java.util.Objects;

/**
 * The result of survivorship without any write: the master (whose id the golden record keeps), the golden
 * record itself, its {@link Lineage}, and the records that would be merged away. What {@code preview} returns,
 * e.g. to show a person the merge before it happens: {@code merges.preview(ids).lineage().explain()}.
 *
 * @param <T> the party type
 */
public final class GoldenRecord<T extends Aggregate<?>> {
  private final T master;
  private final T golden;
  private final Lineage lineage;
  private final List<T> mergedAway;

  GoldenRecord(T master, T golden, Lineage lineage, List<T> mergedAway) {
    this.master = Objects.requireNonNull(master, "master");
    this.golden = Objects.requireNonNull(golden, "golden");
    this.lineage = Objects.requireNonNull(lineage, "lineage");
    this.mergedAway = List.copyOf(mergedAway);
  }

  /** The master as stored before the merge. */
  public T master() {
    return master;
  }

  /** The golden record: the master's id and version with the surviving values. */
  public T golden() {
    return golden;
  }

  /** Which record gave each value, by which rule. */
  public Lineage lineage() {
    return lineage;
  }

  /** The other records, in the merge's preference order (most recently updated first). */
  public List<T> mergedAway() {
    return mergedAway;
  }

  @Override
  public String toString() {
    return "GoldenRecord[" + golden.id() + " ← " + mergedAway.stream().map(m -> m.id().value()).toList() + "]";
  }
}
