package io.crmkit.core.privacy;

import io.crmkit.core.TenantId;
import io.crmkit.core.party.ContactId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What an erasure did (or, for a dry run, would do): per record the {@link ErasureAction} — anonymised fields,
 * deleted, or kept with the reason — and the suppression record left to stop re-creation. It names records
 * and fields only, never erased values, so it can be shown, logged and stored.
 *
 * <p>{@code requests.erase(tenantStore, subject, policy, "dpo@acme").kept()} lists what law made us keep.
 */
public record ErasureReport(
    TenantId tenant,
    ContactId contact,
    String requestedBy,
    Instant erasedAt,
    ErasureSuppressionId suppression,
    boolean dryRun,
    List<ErasureAction> actions) {
  public ErasureReport {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(requestedBy, "requestedBy");
    Objects.requireNonNull(erasedAt, "erasedAt");
    Objects.requireNonNull(suppression, "suppression");
    actions = List.copyOf(Objects.requireNonNull(actions, "actions"));
  }

  /** The actions of {@code treatment}. */
  public List<ErasureAction> actions(ErasurePolicy.Treatment treatment) {
    return actions.stream().filter(a -> a.treatment() == treatment).toList();
  }

  /** What was kept, each with the reason. */
  public List<ErasureAction> kept() {
    return actions(ErasurePolicy.Treatment.KEEP);
  }
}
