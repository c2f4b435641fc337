package io.crmkit.service.escalation;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.service.routing.WorkItem;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A tenant's escalation rules: ordered entries, the first whose criteria match the item decides (as in
 * Salesforce's escalation rules), and its tiers fire once the item is old enough, each at most once. Evaluation
 * is a pure function of the item, the instant and the tiers already fired; the host stores the fired tiers,
 * carries out the actions and publishes the events.
 *
 * <pre>{@code
 * EscalationRules rules = EscalationRules.builder(tenant).businessTime(calendarTime).rule(stale).build();
 * EscalationEvaluation e = rules.evaluate(item, clock.instant(), firedSoFar);
 * }</pre>
 *
 * <p>Ages count from the item's {@code createdAt}. When several tiers are due at once (the item was not looked at
 * for a while) they all fire, in order. When the host's actions change the item (priority raised, queue changed)
 * so that a later rule matches instead, that rule's tiers count from the same creation instant.
 */
public final class EscalationRules {
  private final TenantId tenantId;
  private final List<EscalationRule> rules;
  private final Optional<ElapsedTime> businessTime;

  private EscalationRules(TenantId tenantId, List<EscalationRule> rules, Optional<ElapsedTime> businessTime) {
    this.tenantId = tenantId;
    this.rules = rules;
    this.businessTime = businessTime;
  }

  /** A builder of {@code tenantId}'s rules. */
  public static Builder builder(TenantId tenantId) {
    return new Builder(tenantId);
  }

  public TenantId tenantId() {
    return tenantId;
  }

  public List<EscalationRule> rules() {
    return rules;
  }

  /**
   * Which tiers fire for {@code item} at {@code now}, given the tiers that have {@code alreadyFired}.
   *
   * @throws ValidationException when the item belongs to another tenant
   */
  public EscalationEvaluation evaluate(WorkItem item, Instant now, Set<FiredTier> alreadyFired) {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(alreadyFired, "alreadyFired");
    ValidationException.check(item.tenantId().equals(tenantId), "item",
        "belongs to tenant " + item.tenantId() + ", not " + tenantId);
    for (EscalationRule rule : rules) {
      if (!rule.criteria().matches(item)) {
        continue;
      }
      ElapsedTime time = rule.basis() == TimeBasis.WALL ? ElapsedTime.wall() : businessTime.orElseThrow();
      Duration age = time.between(item.createdAt(), now);
      List<EscalationRaised> raised = new ArrayList<>();
      List<String> pending = new ArrayList<>();
      List<String> done = new ArrayList<>();
      for (EscalationTier tier : rule.tiers()) {
        if (alreadyFired.contains(new FiredTier(rule.id(), tier.id()))) {
          done.add(tier.id());
        } else if (age.compareTo(tier.after()) >= 0) {
          raised.add(new EscalationRaised(tenantId, item.caseId(), rule.id(), tier.id(), rule.reason(),
              item.priority(), item.type(), item.product(), item.queue(), age, rule.basis(), tier.actions(), now));
        } else {
          pending.add(tier.id());
        }
      }
      String why = "rule '" + rule.id() + "' (" + rule.criteria().describe() + ") matched; age " + age + " "
          + rule.basis().name().toLowerCase(java.util.Locale.ROOT) + " time"
          + (raised.isEmpty() ? "" : "; firing " + raised.stream().map(EscalationRaised::tier).toList())
          + (done.isEmpty() ? "" : "; already fired " + done)
          + (pending.isEmpty() ? "" : "; pending " + pending);
      return new EscalationEvaluation(Optional.of(rule.id()), raised, pending, why);
    }
    return new EscalationEvaluation(Optional.empty(), List.of(), List.of(),
        "none of the " + rules.size() + " rules matches");
  }

  /** Collects rules in order; {@link #build()} checks them. */
  public static final class Builder {
    private final TenantId tenantId;
    private final List<EscalationRule> rules = new ArrayList<>();
    private Optional<ElapsedTime> businessTime = Optional.empty();

    private Builder(TenantId tenantId) {
      this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
    }

    /** How business time is counted (a business calendar's diff); required when a rule uses {@link TimeBasis#BUSINESS}. */
    public Builder businessTime(ElapsedTime time) {
      this.businessTime = Optional.of(Objects.requireNonNull(time, "businessTime"));
      return this;
    }

    /** Adds the next rule; earlier rules take precedence. */
    public Builder rule(EscalationRule rule) {
      rules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * The rules.
     *
     * @throws ValidationException when two rules share an id, or a business-time rule has no business time
     */
    public EscalationRules build() {
      Set<String> ids = new HashSet<>();
      for (EscalationRule r : rules) {
        ValidationException.check(ids.add(r.id()), "rules", "name rule '" + r.id() + "' twice");
        ValidationException.check(r.basis() == TimeBasis.WALL || businessTime.isPresent(), "businessTime",
            "must be given because rule '" + r.id() + "' counts business time");
      }
      return new EscalationRules(tenantId, List.copyOf(rules), businessTime);
    }
  }
}
