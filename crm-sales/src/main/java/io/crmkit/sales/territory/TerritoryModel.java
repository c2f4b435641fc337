package io.crmkit.sales.territory;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A tenant's territory hierarchy, validated when built: unique names, exactly one root, every parent present,
 * no cycles (so every territory is reachable from the root). An account belongs to every territory one of whose
 * rules matches it, at any level, so it may belong to several (Salesforce Enterprise Territory Management).
 *
 * <pre>{@code
 * TerritoryModel model = TerritoryModel.of(tenant, List.of(
 *     Territory.root("world"),
 *     Territory.child("dach", "world").withRule(TerritoryRule.of("dach", AccountCondition.country("DE", "AT", "CH")))));
 * List<TerritoryMembership> memberships = model.evaluate(AccountProfile.of(account));
 * MembershipChange change = model.reevaluate(memberships, AccountProfile.of(changedAccount));
 * }</pre>
 */
public final class TerritoryModel {
  private final TenantId tenantId;
  private final Map<String, Territory> byName;
  private final String root;
  private final Map<String, List<String>> children;
  // territories in depth-first order from the root, children in the order given
  private final List<Territory> ordered;

  private TerritoryModel(TenantId tenantId, List<Territory> territories) {
    this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
    Map<String, Territory> names = new LinkedHashMap<>();
    List<String> roots = new ArrayList<>();
    for (Territory t : territories) {
      Objects.requireNonNull(t, "territory");
      ValidationException.check(names.put(t.name(), t) == null, "territories", "two territories are named '" + t.name() + "'");
      if (t.parent().isEmpty()) {
        roots.add(t.name());
      }
    }
    ValidationException.check(roots.size() == 1, "territories",
        "must have exactly one root (a territory without parent) but has " + roots.size() + (roots.isEmpty() ? "" : " " + roots));
    Map<String, List<String>> kids = new LinkedHashMap<>();
    names.keySet().forEach(n -> kids.put(n, new ArrayList<>()));
    for (Territory t : names.values()) {
      t.parent().ifPresent(p -> {
        ValidationException.check(names.containsKey(p), "territories", "'" + t.name() + "' has parent '" + p + "', which is not a territory");
        ValidationException.check(!p.equals(t.name()), "territories", "'" + t.name() + "' is its own parent");
        kids.get(p).add(t.name());
      });
    }
    List<Territory> order = new ArrayList<>();
    Deque<String> stack = new ArrayDeque<>();
    stack.push(roots.get(0));
    Set<String> seen = new HashSet<>();
    while (!stack.isEmpty()) {
      String n = stack.pop();
      seen.add(n);
      order.add(names.get(n));
      List<String> k = kids.get(n);
      for (int i = k.size() - 1; i >= 0; i--) {
        stack.push(k.get(i));
      }
    }
    if (seen.size() != names.size()) {
      List<String> cut = names.keySet().stream().filter(n -> !seen.contains(n)).sorted().toList();
      throw new ValidationException("territories", "have a cycle: " + cut + " cannot be reached from the root '" + roots.get(0) + "'");
    }
    this.byName = names;
    this.root = roots.get(0);
    Map<String, List<String>> frozen = new LinkedHashMap<>();
    kids.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    this.children = frozen;
    this.ordered = List.copyOf(order);
  }

  /**
   * The model of {@code tenantId} made of {@code territories} (in any order).
   *
   * @throws ValidationException naming the duplicate, the missing parent, the roots or the cycle
   */
  public static TerritoryModel of(TenantId tenantId, List<Territory> territories) {
    return new TerritoryModel(tenantId, List.copyOf(territories));
  }

  public TenantId tenantId() {
    return tenantId;
  }

  /** The root territory. */
  public Territory root() {
    return byName.get(root);
  }

  /** Every territory, depth first from the root. */
  public List<Territory> territories() {
    return ordered;
  }

  public Optional<Territory> territory(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** The direct children of {@code name}, in the order given; empty for a leaf or an unknown name. */
  public List<Territory> children(String name) {
    return children.getOrDefault(name, List.of()).stream().map(byName::get).toList();
  }

  /** The names from the root down to {@code name}, or empty when there is no such territory. */
  public List<String> path(String name) {
    List<String> out = new ArrayList<>();
    for (Optional<String> at = Optional.of(name).filter(byName::containsKey); at.isPresent();
        at = byName.get(at.get()).parent()) {
      out.add(0, at.get());
    }
    return List.copyOf(out);
  }

  /**
   * The territories {@code account} belongs to, depth first from the root, each with the first of its rules that
   * matched and why.
   *
   * @throws ValidationException when the account is another tenant's
   */
  public List<TerritoryMembership> evaluate(AccountProfile account) {
    Objects.requireNonNull(account, "account");
    ValidationException.check(account.tenantId().equals(tenantId), "account",
        "belongs to tenant " + account.tenantId() + " but the territory model is tenant " + tenantId + "'s");
    List<TerritoryMembership> out = new ArrayList<>();
    for (Territory t : ordered) {
      for (TerritoryRule r : t.rules()) {
        Optional<List<String>> why = r.match(account);
        if (why.isPresent()) {
          out.add(new TerritoryMembership(t.name(), account.accountId(), r.name(), why.get()));
          break;
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * Re-evaluates a changed account against its {@code previous} memberships: the territories it joins, leaves
   * and stays in.
   *
   * @throws ValidationException when a previous membership is another account's
   */
  public MembershipChange reevaluate(List<TerritoryMembership> previous, AccountProfile account) {
    Objects.requireNonNull(previous, "previous");
    for (TerritoryMembership m : previous) {
      ValidationException.check(m.account().equals(account.accountId()), "previous",
          "holds a membership of account " + m.account() + ", not of " + account.accountId());
    }
    List<TerritoryMembership> now = evaluate(account);
    Set<String> before = new HashSet<>();
    previous.forEach(m -> before.add(m.territory()));
    Set<String> after = new HashSet<>();
    now.forEach(m -> after.add(m.territory()));
    List<TerritoryMembership> added = now.stream().filter(m -> !before.contains(m.territory())).toList();
    List<TerritoryMembership> kept = now.stream().filter(m -> before.contains(m.territory())).toList();
    List<TerritoryMembership> removed = previous.stream().filter(m -> !after.contains(m.territory())).toList();
    return new MembershipChange(account.accountId(), added, removed, kept);
  }
}
