package io.crmkit.sales.partner;

import io.crmkit.core.RecordRef;
import java.util.Objects;

/**
 * A record that competes with a submitted deal registration for the same customer: another active registration
 * (submitted or approved, of any partner) or an open opportunity on the customer's account, with what matched.
 *
 * <p>{@code conflict.record()} is e.g. {@code deal_registration:r-7}; {@code conflict.reason()} e.g.
 * {@code "registration by partner p-2 for the same domain initech.example, approved"}.
 */
public record RegistrationConflict(Kind kind, RecordRef record, String reason) {
  /** What the conflicting record is. */
  public enum Kind {
    /** Another registration, submitted but not yet decided. */
    SUBMITTED_REGISTRATION,
    /** Another registration, approved and not expired: it protects the customer and blocks approval. */
    APPROVED_REGISTRATION,
    /** An open opportunity on the customer's account. */
    OPEN_OPPORTUNITY
  }

  public RegistrationConflict {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(record, "record");
    reason = PartnerText.required(reason, "reason");
  }

  /** Whether this conflict stops the registration from being approved. */
  public boolean blocksApproval() {
    return kind == Kind.APPROVED_REGISTRATION;
  }
}
