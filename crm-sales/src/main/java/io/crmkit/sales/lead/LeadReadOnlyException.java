package io.crmkit.sales.lead;

import io.crmkit.core.CrmException;
import java.time.Instant;
import java.util.Objects;

/**
 * A change was asked of a converted lead. Converted leads are read-only: work on the contact, account and
 * opportunity it became ({@link #conversion()}) instead. Nothing was written.
 */
public class LeadReadOnlyException extends CrmException {
  private static final long serialVersionUID = 1L;

  private final LeadId leadId;
  private final transient ConversionInfo conversion;

  public LeadReadOnlyException(LeadId leadId, ConversionInfo conversion, String attempted) {
    super("lead " + leadId + " was converted at " + conversion.convertedAt() + " into contact " + conversion.contact()
        + " and account " + conversion.account() + " and is read-only; cannot " + attempted);
    this.leadId = Objects.requireNonNull(leadId, "leadId");
    this.conversion = Objects.requireNonNull(conversion, "conversion");
  }

  /** The converted lead. */
  public LeadId leadId() {
    return leadId;
  }

  /** What the lead became. */
  public ConversionInfo conversion() {
    return conversion;
  }

  /** When the lead was converted. */
  public Instant convertedAt() {
    return conversion.convertedAt();
  }
}
