package io.crmkit.core.merge;

import io.crmkit.core.RecordRef;
import io.crmkit.core.ValidationException;
import java.util.Objects;

/**
 * One reason an unmerge cannot restore a record safely, e.g. the survivor was edited after the merge:
 * {@code new MergeConflict(contact.ref(), "changed since the merge (version 5, the merge left version 3)")}.
 */
public record MergeConflict(RecordRef record, String reason) {
  public MergeConflict {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(reason, "reason");
    ValidationException.check(!reason.isBlank(), "reason", "must say what conflicts");
  }

  @Override
  public String toString() {
    return record + ": " + reason;
  }
}
