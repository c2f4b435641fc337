package io.crmkit.sales.scoring;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule-based score of one record as of an instant: the total over its groups and, per group, the rules
 * that made it. Reproducible: the same model, record and as-of instant give an equal score.
 *
 * <p>{@code RuleScore s = scorer.score(lead, asOf); s.total(); s.contributions();}
 */
public record RuleScore(TenantId tenantId, RecordRef subject, String model, Instant asOf, double total, List<GroupScore> groups) {
  public RuleScore {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(asOf, "asOf");
    groups = List.copyOf(groups);
  }

  /** The part of group {@code name}, if the model has such a group. */
  public Optional<GroupScore> group(String name) {
    return groups.stream().filter(g -> g.group().equals(name)).findFirst();
  }

  /** Every rule's contribution, group by group. */
  public List<RuleContribution> contributions() {
    return groups.stream().flatMap(g -> g.contributions().stream()).toList();
  }
}
