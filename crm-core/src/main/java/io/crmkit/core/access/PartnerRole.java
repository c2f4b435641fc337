package io.crmkit.core.access;

/**
 * The role of a partner user within its partner account, highest first, as Salesforce's partner roles:
 * an executive sees the records of the account's managers and users, a manager those of its users.
 */
public enum PartnerRole {
  EXECUTIVE,
  MANAGER,
  USER;

  /** Whether this role sits above {@code other} in the partner-role hierarchy. */
  public boolean isAbove(PartnerRole other) {
    return ordinal() < other.ordinal();
  }
}
