package io.crmkit.core.match;

import io.crmkit.core.ValidationException;
import java.util.Locale;

/**
 * A create or update refused by a {@link DuplicateRule} with action {@code BLOCK}; {@link #check()} carries the
 * duplicates and their explanations. Thrown by {@link DuplicateCheck#requireAllowed()}.
 */
public final class DuplicateRecordException extends ValidationException {
  private static final long serialVersionUID = 1L;

  private final transient DuplicateCheck check;

  public DuplicateRecordException(DuplicateCheck check) {
    super("record", String.format(Locale.ROOT, "%s '%s' duplicates %s '%s' (match probability %.3f); merge them or change the record",
        check.entityType(), check.recordId(), check.entityType(),
        check.duplicates().isEmpty() ? "?" : check.duplicates().get(0).rightId(),
        check.duplicates().isEmpty() ? 0.0 : check.duplicates().get(0).probability()));
    this.check = check;
  }

  /** The check that blocked the write. */
  public DuplicateCheck check() {
    return check;
  }
}
