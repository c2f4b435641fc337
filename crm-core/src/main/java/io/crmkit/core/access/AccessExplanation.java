package io.crmkit.core.access;

import io.crmkit.core.ValidationException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Why a user may or may not see and change one record, for people: every rule {@link SharingModel#explain}
 * considered in precedence order (which applied and why) and the decision for each {@link Action}.
 *
 * <p>{@code System.out.println(model.explain(principal, Contact.TYPE, contact, now).text());}
 */
public record AccessExplanation(
    String principal, String entityType, String recordId, Instant at, List<RuleCheck> checks, Map<Action, AccessDecision> decisions) {
  public AccessExplanation {
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(entityType, "entityType");
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(at, "at");
    checks = List.copyOf(Objects.requireNonNull(checks, "checks"));
    decisions = Map.copyOf(Objects.requireNonNull(decisions, "decisions"));
  }

  /** The decision for {@code action} ({@link SharingModel#explain} decides every action). */
  public AccessDecision decision(Action action) {
    AccessDecision d = decisions.get(Objects.requireNonNull(action, "action"));
    if (d == null) {
      throw new ValidationException("action", "this explanation holds no decision for " + action);
    }
    return d;
  }

  /** The checks that apply to the record. */
  public List<RuleCheck> applied() {
    return checks.stream().filter(RuleCheck::applies).toList();
  }

  /** A few lines: the question, each decision, then each rule considered. */
  public String text() {
    StringBuilder out = new StringBuilder();
    out.append(principal).append(" on ").append(entityType).append(' ').append(recordId).append(" at ").append(at).append('\n');
    Map<Action, AccessDecision> ordered = new EnumMap<>(decisions);
    ordered.forEach((action, d) -> out.append("  ").append(String.format("%-6s", action)).append(' ').append(d).append('\n'));
    out.append("  rules considered:\n");
    for (RuleCheck c : checks) {
      out.append("    ").append(c).append('\n');
    }
    return out.toString();
  }
}
