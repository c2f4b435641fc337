package io.crmkit.sales.territory;

import io.crmkit.core.EntityId;
import io.crmkit.core.ValidationException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One territory of a {@link TerritoryModel}: a name unique in the model, its parent (empty for the root), the
 * rules deciding which accounts belong, and the users assigned to it (by the host's user ids).
 * {@code Territory.child("dach", "emea").withRule(rule).withMembers(List.of("u-1"))}
 */
public record Territory(String name, Optional<String> parent, List<TerritoryRule> rules, List<String> members) {
  public Territory {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(parent, "parent");
    name = name.strip();
    ValidationException.check(!name.isEmpty() && name.length() <= 128, "territory.name", "must have 1 to 128 characters");
    rules = List.copyOf(rules);
    members = List.copyOf(members);
    Set<String> seen = new HashSet<>();
    for (TerritoryRule r : rules) {
      ValidationException.check(seen.add(r.name()), "territory.rules", "'" + name + "' has two rules named '" + r.name() + "'");
    }
    Set<String> users = new HashSet<>();
    for (String m : members) {
      EntityId.checked(m, "territory.members");
      ValidationException.check(users.add(m), "territory.members", "'" + name + "' lists '" + m + "' twice");
    }
  }

  /** The root territory, without rules or members. */
  public static Territory root(String name) {
    return new Territory(name, Optional.empty(), List.of(), List.of());
  }

  /** A territory under {@code parent}, without rules or members. */
  public static Territory child(String name, String parent) {
    return new Territory(name, Optional.of(parent), List.of(), List.of());
  }

  /** This territory with {@code rule} added after its rules. */
  public Territory withRule(TerritoryRule rule) {
    return new Territory(name, parent, java.util.stream.Stream.concat(rules.stream(), java.util.stream.Stream.of(rule)).toList(), members);
  }

  public Territory withMembers(List<String> value) {
    return new Territory(name, parent, rules, value);
  }
}
