package io.crmkit.sales.territory;

import io.crmkit.core.party.AccountId;
import java.util.List;
import java.util.Objects;

/**
 * An account's place in one territory, explained: which rule of the territory matched and what the account had
 * that met each of its conditions (e.g. {@code country DE in [AT, CH, DE]}). Equal memberships name the same
 * territory, account, rule and reasons.
 */
public record TerritoryMembership(String territory, AccountId account, String rule, List<String> reasons) {
  public TerritoryMembership {
    Objects.requireNonNull(territory, "territory");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(rule, "rule");
    reasons = List.copyOf(reasons);
  }

  /** The explanation on one line: {@code dach by rule 'dach-mid': country DE in [...], employees 250 in [...]}. */
  public String explanation() {
    return territory + " by rule '" + rule + "': " + String.join(", ", reasons);
  }
}
