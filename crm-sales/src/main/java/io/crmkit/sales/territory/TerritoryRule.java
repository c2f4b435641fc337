package io.crmkit.sales.territory;

import io.crmkit.core.ValidationException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An assignment rule of a territory: an account belongs when every condition holds (a territory with several
 * rules takes an account when any rule matches), e.g.
 * {@code TerritoryRule.of("dach-mid", AccountCondition.country("DE", "AT", "CH"), AccountCondition.employeesBetween(100, 999))}.
 */
public record TerritoryRule(String name, List<AccountCondition> conditions) {
  public TerritoryRule {
    Objects.requireNonNull(name, "name");
    name = name.strip();
    ValidationException.check(!name.isEmpty(), "rule.name", "must not be blank");
    conditions = List.copyOf(conditions);
    ValidationException.check(!conditions.isEmpty(), "rule.conditions", "rule '" + name + "' needs at least one condition");
  }

  public static TerritoryRule of(String name, AccountCondition... conditions) {
    return new TerritoryRule(name, List.of(conditions));
  }

  /** What matched, one phrase per condition, when every condition holds for {@code account}; else empty. */
  public Optional<List<String>> match(AccountProfile account) {
    for (AccountCondition c : conditions) {
      if (!c.test(account)) {
        return Optional.empty();
      }
    }
    return Optional.of(conditions.stream().map(c -> c.explain(account)).toList());
  }
}
