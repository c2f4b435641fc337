package io.crmkit.sales.assignment;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A tenant's ordered assignment rules for one kind of record, as Salesforce evaluates them: the first rule whose
 * condition holds assigns the record; when none does, the explicit default does.
 *
 * <pre>{@code
 * AssignmentRules<Lead> intake = AssignmentRules.<Lead>builder(tenant, "lead-intake")
 *     .rule("dach", "country is DE, AT or CH", l -> DACH.contains(l.country()), AssignmentTarget.queue("dach"))
 *     .rule("big", "more than 1000 employees", l -> l.employees() > 1000, AssignmentTarget.user("u-7"))
 *     .orElse(AssignmentTarget.queue("inbound"));
 * AssignmentDecision d = intake.decide(lead);   // "rule 'dach' of 'lead-intake': country is DE, AT or CH"
 * }</pre>
 *
 * @param <T> the kind of record assigned
 */
public final class AssignmentRules<T> {
  private final TenantId tenantId;
  private final String name;
  private final List<AssignmentRule<T>> rules;
  private final AssignmentTarget defaultTarget;

  private AssignmentRules(TenantId tenantId, String name, List<AssignmentRule<T>> rules, AssignmentTarget fallback) {
    this.tenantId = tenantId;
    this.name = name;
    this.rules = List.copyOf(rules);
    this.defaultTarget = fallback;
  }

  /** Starts the rule set {@code name} of {@code tenantId}. */
  public static <T> Builder<T> builder(TenantId tenantId, String name) {
    return new Builder<>(tenantId, name);
  }

  public TenantId tenantId() {
    return tenantId;
  }

  public String name() {
    return name;
  }

  /** The rules in evaluation order. */
  public List<AssignmentRule<T>> rules() {
    return rules;
  }

  public AssignmentTarget defaultTarget() {
    return defaultTarget;
  }

  /** Whom {@code record} goes to: the first matching rule's target, else the default; never empty. */
  public AssignmentDecision decide(T record) {
    Objects.requireNonNull(record, "record");
    for (int i = 0; i < rules.size(); i++) {
      AssignmentRule<T> r = rules.get(i);
      if (r.when().test(record)) {
        return AssignmentDecision.to(r.target(), "rule '" + r.name() + "' of '" + name + "'",
            r.condition() + (i == 0 ? " (the first rule)" : " (rule " + (i + 1) + "; the " + i + " before it did not match)"));
      }
    }
    return AssignmentDecision.to(defaultTarget, "default of '" + name + "'",
        rules.isEmpty() ? "there are no rules" : "none of the " + rules.size() + " rules matched");
  }

  /** Collects rules in order; {@link #orElse} sets the default and builds. */
  public static final class Builder<T> {
    private final TenantId tenantId;
    private final String name;
    private final List<AssignmentRule<T>> rules = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

    private Builder(TenantId tenantId, String name) {
      this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
      this.name = Objects.requireNonNull(name, "name");
      ValidationException.check(!name.isBlank(), "rules.name", "must not be blank");
    }

    /** Adds a rule after those already added. */
    public Builder<T> rule(AssignmentRule<T> rule) {
      Objects.requireNonNull(rule, "rule");
      ValidationException.check(names.add(rule.name()), "rule.name", "'" + rule.name() + "' is used twice in '" + name + "'");
      rules.add(rule);
      return this;
    }

    /** Adds a rule after those already added. */
    public Builder<T> rule(String ruleName, String condition, Predicate<? super T> when, AssignmentTarget target) {
      return rule(new AssignmentRule<>(ruleName, condition, when, target));
    }

    /** The rules with {@code defaultTarget} for records no rule matches. */
    public AssignmentRules<T> orElse(AssignmentTarget defaultTarget) {
      Objects.requireNonNull(defaultTarget, "defaultTarget");
      return new AssignmentRules<>(tenantId, name, rules, defaultTarget);
    }
  }
}
