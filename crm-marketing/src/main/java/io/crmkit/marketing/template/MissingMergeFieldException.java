package io.crmkit.marketing.template;

import io.crmkit.core.ValidationException;
import java.util.Objects;

/**
 * Rendering under {@link MissingFieldPolicy#fail()} met a merge field without a value for the recipient; it
 * names the field, the part and the position of the tag.
 */
public class MissingMergeFieldException extends ValidationException {
  private static final long serialVersionUID = 1L;

  private final MissingField missing;

  public MissingMergeFieldException(MissingField missing) {
    super(Objects.requireNonNull(missing, "missing").field(),
        "has no value for this recipient (" + missing.part().name().toLowerCase(java.util.Locale.ROOT)
            + " line " + missing.line() + ", column " + missing.column() + ")");
    this.missing = missing;
  }

  /** Which field was missing and where. */
  public MissingField missing() {
    return missing;
  }
}
