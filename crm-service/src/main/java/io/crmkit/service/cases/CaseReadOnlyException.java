package io.crmkit.service.cases;

import io.crmkit.core.CrmException;
import java.util.Objects;

/**
 * A change was asked of a case merged into another. Merged cases are read-only: work on the survivor
 * ({@link #survivor()}) instead. Nothing was written.
 */
public class CaseReadOnlyException extends CrmException {
  private static final long serialVersionUID = 1L;

  private final CaseId caseId;
  private final CaseId survivor;

  public CaseReadOnlyException(CaseId caseId, CaseMerged merged, String attempted) {
    super("case " + caseId + " was merged into case " + merged.survivor() + " at " + merged.at() + " by " + merged.by()
        + " and is read-only; cannot " + attempted);
    this.caseId = Objects.requireNonNull(caseId, "caseId");
    this.survivor = merged.survivor();
  }

  /** The merged case. */
  public CaseId caseId() {
    return caseId;
  }

  /** The case it was merged into. */
  public CaseId survivor() {
    return survivor;
  }
}
