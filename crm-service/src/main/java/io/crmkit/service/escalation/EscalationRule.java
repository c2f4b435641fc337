package io.crmkit.service.escalation;

import io.crmkit.core.ValidationException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One entry of {@link EscalationRules}: the items it applies to, the reason recorded on its escalations (the
 * "why" measured by {@link EscalationReport}), whether ages count wall or business time, and tiers with strictly
 * increasing ages.
 *
 * <pre>{@code
 * EscalationRule stale = EscalationRule.of("stale-urgent", "urgent case waiting",
 *     EscalationCriteria.any().priorities(WorkPriority.URGENT), TimeBasis.BUSINESS,
 *     EscalationTier.of("notify", Duration.ofHours(4), new Notify(List.of("team-lead"), "Urgent case waiting")),
 *     EscalationTier.of("move", Duration.ofHours(8), new ReassignToQueue("tier-2")));
 * }</pre>
 */
public record EscalationRule(
    String id, String reason, EscalationCriteria criteria, TimeBasis basis, List<EscalationTier> tiers) {

  public EscalationRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(criteria, "criteria");
    Objects.requireNonNull(basis, "basis");
    tiers = List.copyOf(Objects.requireNonNull(tiers, "tiers"));
    ValidationException.check(!id.isBlank(), "rule.id", "must not be blank");
    ValidationException.check(!reason.isBlank(), "reason", "must not be blank in rule " + id);
    ValidationException.check(!tiers.isEmpty(), "tiers", "rule " + id + " must have at least one tier");
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < tiers.size(); i++) {
      EscalationTier t = tiers.get(i);
      ValidationException.check(ids.add(t.id()), "tiers", "rule " + id + " names tier '" + t.id() + "' twice");
      if (i > 0) {
        ValidationException.check(t.after().compareTo(tiers.get(i - 1).after()) > 0, "tiers",
            "rule " + id + ": tier '" + t.id() + "' must come after a longer age than '" + tiers.get(i - 1).id() + "'");
      }
    }
  }

  /** The rule with its tiers in order of age. */
  public static EscalationRule of(
      String id, String reason, EscalationCriteria criteria, TimeBasis basis, EscalationTier... tiers) {
    return new EscalationRule(id, reason, criteria, basis, List.of(tiers));
  }
}
