package io.crmkit.service.escalation;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.service.cases.CaseId;
import io.crmkit.service.routing.WorkPriority;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Escalation measured over a list of {@link EscalationRecord}s: how often (total, distinct cases), why (by
 * reason), for which product (records without one under {@value #NO_PRODUCT}), at which priority and in which
 * period, each breakdown with counts and shares; with the host's counts of handled cases it also gives escalation
 * rates per product. Breakdowns are sorted by key (periods chronologically, priorities lowest first).
 *
 * <pre>{@code
 * EscalationReport report = EscalationReport.of(tenant, records, ReportPeriod.MONTH, ZoneId.of("Europe/Berlin"));
 * report.byReason();                       // [urgent case waiting: 12 (60.00 %), ...]
 * report.ratesByProduct(Map.of("router-x", 400L));
 * }</pre>
 */
public record EscalationReport(
    TenantId tenantId, long total, long cases, List<EscalationCount> byReason, List<EscalationCount> byProduct,
    List<EscalationCount> byPriority, List<EscalationCount> byPeriod, Map<String, Set<CaseId>> casesByProduct) {

  /** The product key of records without a product. */
  public static final String NO_PRODUCT = "(none)";

  public EscalationReport {
    Objects.requireNonNull(tenantId, "tenantId");
    byReason = List.copyOf(Objects.requireNonNull(byReason, "byReason"));
    byProduct = List.copyOf(Objects.requireNonNull(byProduct, "byProduct"));
    byPriority = List.copyOf(Objects.requireNonNull(byPriority, "byPriority"));
    byPeriod = List.copyOf(Objects.requireNonNull(byPeriod, "byPeriod"));
    Objects.requireNonNull(casesByProduct, "casesByProduct");
    Map<String, Set<CaseId>> copy = new TreeMap<>();
    casesByProduct.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
    casesByProduct = java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * Measures {@code records} of {@code tenantId}, counting periods of length {@code period} in {@code zone}.
   *
   * @throws ValidationException when a record belongs to another tenant
   */
  public static EscalationReport of(TenantId tenantId, List<EscalationRecord> records, ReportPeriod period, ZoneId zone) {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(zone, "zone");
    Set<CaseId> allCases = new HashSet<>();
    Map<String, Set<CaseId>> byProduct = new HashMap<>();
    for (EscalationRecord r : records) {
      ValidationException.check(r.tenantId().equals(tenantId), "records",
          "holds an escalation of tenant " + r.tenantId() + ", not " + tenantId);
      allCases.add(r.caseId());
      byProduct.computeIfAbsent(productKey(r), k -> new HashSet<>()).add(r.caseId());
    }
    long total = records.size();
    return new EscalationReport(tenantId, total, allCases.size(),
        breakdown(records, EscalationRecord::reason, total),
        breakdown(records, EscalationReport::productKey, total),
        breakdown(records, r -> r.priority().ordinal() + ":" + r.priority(), total).stream()
            .map(c -> new EscalationCount(c.key().substring(c.key().indexOf(':') + 1), c.escalations(), c.cases(), c.share()))
            .toList(),
        breakdown(records, r -> period.key(r.raisedAt(), zone), total),
        byProduct);
  }

  private static String productKey(EscalationRecord r) {
    return r.product().orElse(NO_PRODUCT);
  }

  private static List<EscalationCount> breakdown(
      List<EscalationRecord> records, Function<EscalationRecord, String> key, long total) {
    Map<String, long[]> counts = new TreeMap<>();
    Map<String, Set<CaseId>> cases = new HashMap<>();
    for (EscalationRecord r : records) {
      String k = key.apply(r);
      counts.computeIfAbsent(k, x -> new long[1])[0]++;
      cases.computeIfAbsent(k, x -> new HashSet<>()).add(r.caseId());
    }
    List<EscalationCount> out = new ArrayList<>();
    counts.forEach((k, n) -> out.add(new EscalationCount(k, n[0], cases.get(k).size(), percent(n[0], total))));
    return out;
  }

  static BigDecimal percent(long part, long whole) {
    return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 2,
        RoundingMode.HALF_EVEN);
  }

  /** The count under {@code priority}, when any escalation had it. */
  public Optional<EscalationCount> priority(WorkPriority priority) {
    return byPriority.stream().filter(c -> c.key().equals(priority.name())).findFirst();
  }

  /**
   * Escalation rates per product: distinct cases escalated out of {@code handledByProduct} (the host's count of
   * cases handled in the same span; use {@value #NO_PRODUCT} for cases without a product). Products with
   * escalations but no handled count get a handled count of zero and no percentage.
   *
   * @throws ValidationException when a handled count is negative or smaller than the cases escalated
   */
  public List<EscalationRate> ratesByProduct(Map<String, Long> handledByProduct) {
    Objects.requireNonNull(handledByProduct, "handledByProduct");
    Set<String> keys = new TreeSet<>(handledByProduct.keySet());
    keys.addAll(casesByProduct.keySet());
    List<EscalationRate> out = new ArrayList<>();
    for (String k : keys) {
      long escalated = casesByProduct.getOrDefault(k, Set.of()).size();
      long handled = handledByProduct.getOrDefault(k, 0L);
      ValidationException.check(handled >= 0, "handledByProduct", "must not be negative for " + k);
      ValidationException.check(handled == 0 || handled >= escalated, "handledByProduct",
          "counts " + handled + " cases for " + k + " but " + escalated + " were escalated");
      out.add(new EscalationRate(k, escalated, handled,
          handled == 0 ? Optional.empty() : Optional.of(percent(escalated, handled))));
    }
    return out;
  }
}
