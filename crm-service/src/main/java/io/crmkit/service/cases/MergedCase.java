package io.crmkit.service.cases;

import io.crmkit.core.EntityId;
import io.crmkit.core.statemachine.StateHistory;
import java.time.Instant;
import java.util.Objects;

/**
 * The record a surviving case keeps of a case merged into it: the merged case's id, subject and complete
 * status history up to the merge (its comments move into the survivor's comments, each naming this id as
 * {@link CaseComment#originalCase()}). {@code survivor.mergedCases().get(0).statusHistory()}
 *
 * @param caseId the merged case
 * @param subject its subject
 * @param statusHistory its status history, ending with the merge into the survivor
 * @param mergedAt when it was merged
 * @param mergedBy who merged it
 */
public record MergedCase(CaseId caseId, String subject, StateHistory statusHistory, Instant mergedAt, String mergedBy) {
  public MergedCase {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(statusHistory, "statusHistory");
    Objects.requireNonNull(mergedAt, "mergedAt");
    EntityId.checked(mergedBy, "mergedBy");
  }
}
