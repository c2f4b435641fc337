package io.crmkit.core.privacy;

import java.util.List;
import java.util.Objects;

/**
 * What an erasure did to one record: anonymised these fields, deleted the record, or kept it (or some fields)
 * for the reason the policy gives. It names fields, never their erased values, so it can go into the audit trail.
 */
public record ErasureAction(
    String module, String entityType, String id, ErasurePolicy.Treatment treatment, List<String> fields, String reason) {
  public ErasureAction {
    Objects.requireNonNull(module, "module");
    Objects.requireNonNull(entityType, "entityType");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(treatment, "treatment");
    fields = List.copyOf(Objects.requireNonNull(fields, "fields"));
    Objects.requireNonNull(reason, "reason");
  }
}
