package io.crmkit.sales.partner;

/**
 * The level of a partner in the programme, lowest first; leaderboards and territory candidates list higher tiers first.
 *
 * <p>{@code partner.withTier(PartnerTier.PLATINUM)}
 */
public enum PartnerTier {
  REGISTERED,
  SILVER,
  GOLD,
  PLATINUM
}
