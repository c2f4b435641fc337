package io.crmkit.analytics.profitability;

import io.crmkit.core.money.Money;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Customer profitability, revenue minus cost to serve: {@code ProfitabilityReport r =
 * Profitability.of(entries, Map.of("c-1", "enterprise"), "unsegmented");}.
 *
 * <p>Amounts are added exactly in {@link Money}, separately for each currency: a customer with revenue in EUR
 * and costs in USD gets two lines, one per currency, rather than a silent mixed sum (convert first with
 * {@code MoneyConversion} for one figure). A customer missing from the segment map falls into the default
 * segment. Lines sort by descending profit, then by key and currency.
 */
public final class Profitability {
  private Profitability() {}

  /** The per-customer and per-segment lines of {@code entries}. */
  public static ProfitabilityReport of(
      List<LedgerEntry> entries, Map<String, String> segmentOf, String defaultSegment) {
    Objects.requireNonNull(entries, "entries");
    Objects.requireNonNull(segmentOf, "segmentOf");
    Objects.requireNonNull(defaultSegment, "defaultSegment");
    Map<Key, Money[]> byCustomer = new LinkedHashMap<>();
    for (LedgerEntry e : entries) {
      Objects.requireNonNull(e, "entries[]");
      Currency cur = e.amount().currency();
      Money[] sums = byCustomer.computeIfAbsent(
          new Key(e.customerId(), cur), k -> new Money[] {Money.zero(cur), Money.zero(cur)});
      int side = e.kind() == LedgerEntry.Kind.REVENUE ? 0 : 1;
      sums[side] = sums[side].plus(e.amount());
    }
    List<ProfitLine> customers = new ArrayList<>();
    Map<Key, Money[]> bySegment = new LinkedHashMap<>();
    Map<Key, Set<String>> members = new LinkedHashMap<>();
    byCustomer.forEach((k, sums) -> {
      customers.add(new ProfitLine(k.name(), 1, sums[0], sums[1]));
      Key seg = new Key(segmentOf.getOrDefault(k.name(), defaultSegment), k.currency());
      Money[] segSums = bySegment.computeIfAbsent(
          seg, x -> new Money[] {Money.zero(k.currency()), Money.zero(k.currency())});
      segSums[0] = segSums[0].plus(sums[0]);
      segSums[1] = segSums[1].plus(sums[1]);
      members.computeIfAbsent(seg, x -> new HashSet<>()).add(k.name());
    });
    List<ProfitLine> segments = new ArrayList<>();
    bySegment.forEach((k, sums) -> segments.add(new ProfitLine(k.name(), members.get(k).size(), sums[0], sums[1])));
    Comparator<ProfitLine> order = Comparator
        .comparing((ProfitLine l) -> l.profit().amount()).reversed()
        .thenComparing(ProfitLine::key)
        .thenComparing(l -> l.revenue().currency().getCurrencyCode());
    customers.sort(order);
    segments.sort(order);
    return new ProfitabilityReport(customers, segments);
  }

  private record Key(String name, Currency currency) {}
}
