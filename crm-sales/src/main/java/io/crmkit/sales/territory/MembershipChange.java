package io.crmkit.sales.territory;

import io.crmkit.core.party.AccountId;
import java.util.List;
import java.util.Objects;

/**
 * What re-evaluating an account changed: the territories it joined ({@code added}, with the rule that now
 * matches), those it left ({@code removed}, the old memberships) and those it stays in ({@code kept}, with the
 * current explanation, which may name another rule than before).
 */
public record MembershipChange(
    AccountId account, List<TerritoryMembership> added, List<TerritoryMembership> removed, List<TerritoryMembership> kept) {
  public MembershipChange {
    Objects.requireNonNull(account, "account");
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    kept = List.copyOf(kept);
  }

  /** Whether the account joined or left any territory. */
  public boolean changed() {
    return !added.isEmpty() || !removed.isEmpty();
  }
}
