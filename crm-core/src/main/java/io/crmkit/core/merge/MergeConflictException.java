package io.crmkit.core.merge;

import io.crmkit.core.CrmException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An unmerge was refused because records changed since the merge in ways it cannot undo without losing those
 * changes; nothing was written. {@link #conflicts()} names every such record and what happened to it:
 * {@code catch (MergeConflictException e) { e.conflicts().forEach(c -> log(c.record(), c.reason())); }}
 */
public class MergeConflictException extends CrmException {
  private static final long serialVersionUID = 1L;

  private final MergeId mergeId;
  private final List<MergeConflict> conflicts;

  public MergeConflictException(MergeId mergeId, List<MergeConflict> conflicts) {
    super(message(mergeId, conflicts));
    this.mergeId = Objects.requireNonNull(mergeId, "mergeId");
    this.conflicts = List.copyOf(conflicts);
  }

  private static String message(MergeId mergeId, List<MergeConflict> conflicts) {
    return "cannot unmerge " + mergeId + ": " + conflicts.size() + " record(s) changed since the merge and would lose "
        + "those changes; resolve them first (or merge again): "
        + conflicts.stream().map(MergeConflict::toString).collect(Collectors.joining("; "));
  }

  /** The merge that could not be undone. */
  public MergeId mergeId() {
    return mergeId;
  }

  /** Every record in the way, with the reason. */
  public List<MergeConflict> conflicts() {
    return conflicts;
  }
}
