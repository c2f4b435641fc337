package io.crmkit.marketing.campaign;

import io.crmkit.core.ValidationException;
import io.crmkit.core.money.Money;
import io.crmkit.core.money.MoneyConversion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated campaign hierarchy (every parent present, no cycles) and its roll-ups: a campaign's hierarchy
 * totals are its own totals plus those of all its descendants, in one reporting currency.
 *
 * <pre>{@code
 * CampaignHierarchy h = CampaignHierarchy.of(campaigns);
 * Map<CampaignId, CampaignTotals> rolled = h.rollUp(own, Money.currency("EUR"), fx, LocalDate.parse("2026-06-30"));
 * }</pre>
 *
 * <p>Each campaign's own amounts are converted once (rounded to the reporting currency) and then only added,
 * so a parent's total is exactly the sum of its own part and its children's totals.
 */
public final class CampaignHierarchy {
  private final Map<CampaignId, Campaign> byId;
  private final Map<CampaignId, List<CampaignId>> children;
  private final List<CampaignId> postOrder;

  private CampaignHierarchy(Map<CampaignId, Campaign> byId, Map<CampaignId, List<CampaignId>> children, List<CampaignId> postOrder) {
    this.byId = byId;
    this.children = children;
    this.postOrder = postOrder;
  }

  /**
   * The hierarchy of {@code campaigns}.
   *
   * @throws ValidationException naming the campaign whose parent is missing or that is part of a cycle
   */
  public static CampaignHierarchy of(Collection<Campaign> campaigns) {
    Map<CampaignId, Campaign> byId = new LinkedHashMap<>();
    for (Campaign c : campaigns) {
      ValidationException.check(byId.put(c.id(), c) == null, "campaigns", "campaign " + c.id() + " appears twice");
    }
    Map<CampaignId, List<CampaignId>> children = new HashMap<>();
    for (Campaign c : byId.values()) {
      c.parent().ifPresent(p -> {
        ValidationException.check(byId.containsKey(p), "parent", "campaign " + c.id() + " has parent " + p + ", which is not in the hierarchy");
        children.computeIfAbsent(p, k -> new ArrayList<>()).add(c.id());
      });
    }
    for (Campaign c : byId.values()) {
      int depth = 0;
      Optional<CampaignId> p = c.parent();
      while (p.isPresent()) {
        ValidationException.check(++depth <= byId.size() && !p.get().equals(c.id()), "parent", "campaign " + c.id() + " is part of a cycle");
        p = byId.get(p.get()).parent();
      }
    }
    List<CampaignId> post = new ArrayList<>();
    for (Campaign c : byId.values()) {
      if (c.parent().isEmpty()) {
        visit(c.id(), children, post);
      }
    }
    Map<CampaignId, List<CampaignId>> frozen = new HashMap<>();
    children.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new CampaignHierarchy(byId, frozen, List.copyOf(post));
  }

  private static void visit(CampaignId id, Map<CampaignId, List<CampaignId>> children, List<CampaignId> post) {
    // iterative post-order so deep hierarchies do not overflow the stack
    List<CampaignId> stack = new ArrayList<>(List.of(id));
    List<CampaignId> out = new ArrayList<>();
    while (!stack.isEmpty()) {
      CampaignId n = stack.remove(stack.size() - 1);
      out.add(n);
      stack.addAll(children.getOrDefault(n, List.of()));
    }
    for (int i = out.size() - 1; i >= 0; i--) {
      post.add(out.get(i));
    }
  }

  /** The campaigns without a parent. */
  public List<CampaignId> roots() {
    return byId.values().stream().filter(c -> c.parent().isEmpty()).map(Campaign::id).toList();
  }

  /** The direct children of {@code id}. */
  public List<CampaignId> children(CampaignId id) {
    return children.getOrDefault(Objects.requireNonNull(id, "id"), List.of());
  }

  /**
   * Every campaign's hierarchy totals in {@code currency}: its own totals (from {@code own}; a campaign
   * missing there counts its budget, cost and expected revenue only) plus those of its descendants.
   */
  public Map<CampaignId, CampaignTotals> rollUp(Map<CampaignId, CampaignTotals> own, Currency currency, MoneyConversion fx, LocalDate ratesOn) {
    Objects.requireNonNull(own, "own");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(fx, "fx");
    Objects.requireNonNull(ratesOn, "ratesOn");
    Map<CampaignId, CampaignTotals> rolled = new LinkedHashMap<>();
    for (CampaignId id : postOrder) {
      Campaign c = byId.get(id);
      CampaignTotals mine = own.getOrDefault(id, new CampaignTotals(c.budget(), c.actualCost(), c.expectedRevenue(),
          Money.zero(c.currency()), Money.zero(c.currency()), 0, 0, 0, 0));
      CampaignTotals total = convert(mine, currency, fx, ratesOn);
      for (CampaignId child : children(id)) {
        total = total.plus(rolled.get(child));
      }
      rolled.put(id, total);
    }
    return java.util.Collections.unmodifiableMap(rolled);
  }

  /** {@code totals} in {@code currency}, each amount converted and rounded once. */
  public static CampaignTotals convert(CampaignTotals totals, Currency currency, MoneyConversion fx, LocalDate on) {
    return new CampaignTotals(fx.convert(totals.budget(), currency, on), fx.convert(totals.actualCost(), currency, on),
        fx.convert(totals.expectedRevenue(), currency, on), fx.convert(totals.wonRevenue(), currency, on),
        fx.convert(totals.pipelineRevenue(), currency, on), totals.members(), totals.responses(),
        totals.opportunities(), totals.wonOpportunities());
  }
}
