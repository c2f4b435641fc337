package io.crmkit.sales.lead;

/**
 * How a conversion arrived at its account or contact, reported in {@link LeadConverted} and {@link
 * ConversionResult}: {@code if (result.contactResolution() == PartyResolution.CREATED) ...}.
 */
public enum PartyResolution {
  /** A new record was created from the lead. */
  CREATED,
  /** An existing record found by the {@link ConversionMatcher} was reused (empty fields filled from the lead). */
  MATCHED,
  /** The record the caller named was reused (empty fields filled from the lead). */
  NAMED,
  /** The account of the contact the lead was converted into was reused (empty fields filled from the lead). */
  CONTACTS_ACCOUNT
}
