package io.crmkit.sales.lead;

/**
 * Something that takes part in a lead conversion's transaction and may contribute records: the
 * opportunities module creates the opportunity when the request asks for one, marketing moves campaign
 * memberships from the lead to the contact, a host re-points its own records. Register participants with
 * {@link LeadConversion.Builder#participant}; they run in registration order, after the account and contact
 * are settled and the lead's activities moved, before the lead is marked converted.
 *
 * <pre>{@code
 * ConversionParticipant memberships = new ConversionParticipant() {
 *   public String name() { return "campaign_memberships"; }
 *   public ConversionContribution participate(ConversionContext c) {
 *     List<RecordRef> moved = ...;   // re-point memberships of c.lead() to c.contact() through c.store()
 *     return ConversionContribution.records(moved);
 *   }
 * };
 * }</pre>
 *
 * <p>Write only through {@link ConversionContext#store()}. Throwing aborts the conversion: every write of
 * the conversion, this participant's included, is undone.
 */
public interface ConversionParticipant {
  /** A short, stable, lower snake case name, e.g. {@code opportunities}; unique among the participants. */
  String name();

  /** Does this participant's part of the conversion and says what it created or changed. */
  ConversionContribution participate(ConversionContext context);
}
