package io.crmkit.sales.scoring;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A tenant's rule-based scoring model: named groups of fit and engagement rules. Validated when built:
 * names present, group and rule names unique, caps sensible, no condition or event type scored twice in a
 * group. Score records with a {@link RuleScorer}.
 *
 * <p>{@code new RuleScoringModel(tenant, "lead-score", List.of(fitGroup, engagementGroup))}
 */
public record RuleScoringModel(TenantId tenantId, String name, List<ScoreGroup> groups) {
  public RuleScoringModel {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(name, "name");
    groups = List.copyOf(groups);
    ValidationException.check(!name.isBlank() && name.length() <= 128, "name", "a scoring model needs a name of 1 to 128 characters, not blank");
    ValidationException.check(!groups.isEmpty(), "groups", "scoring model '" + name + "' has no groups");
    Set<String> groupNames = new HashSet<>();
    Set<String> ruleNames = new HashSet<>();
    for (ScoreGroup g : groups) {
      ValidationException.check(groupNames.add(g.name()), "groups", "two groups are named '" + g.name() + "'");
      for (ScoringRule r : g.rules()) {
        ValidationException.check(ruleNames.add(r.name()), "rules", "two rules are named '" + r.name() + "'");
      }
    }
  }
}
