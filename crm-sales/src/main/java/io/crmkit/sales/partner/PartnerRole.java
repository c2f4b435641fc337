package io.crmkit.sales.partner;

/**
 * The role of a {@link PartnerUser} within the partner's organisation, as Salesforce's partner role hierarchy
 * (executive above manager above user).
 *
 * <p>{@code PartnerUser.of("p-7", PartnerRole.MANAGER)}
 */
public enum PartnerRole {
  EXECUTIVE,
  MANAGER,
  USER
}
