package io.crmkit.sales.partner;

/**
 * What kind of partner an account is in the programme, as Salesforce PRM's partner types.
 *
 * <p>{@code Partner.enrol(id, tenant, account, "Globex", PartnerType.RESELLER, PartnerTier.GOLD, now)}
 */
public enum PartnerType {
  /** Buys and resells the products to its own customers. */
  RESELLER,
  /** Supplies resellers. */
  DISTRIBUTOR,
  /** Implements and advises; may bring deals. */
  CONSULTANT,
  /** Refers prospects for a fee and does not sell. */
  REFERRAL,
  /** Supplies components or services to the host's business. */
  SUPPLIER,
  /** Builds products that integrate with the host's. */
  TECHNOLOGY
}
