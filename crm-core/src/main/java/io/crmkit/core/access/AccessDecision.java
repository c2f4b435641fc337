package io.crmkit.core.access;

import io.crmkit.core.ValidationException;
import java.util.Objects;

/**
 * The answer of an {@link AccessPolicy}: allowed or not, the rule that decided (e.g.
 * {@code owd:contact=PUBLIC_READ}, {@code role-hierarchy}, {@code sharing-rule:emea-read},
 * {@code manual-share}, {@code default-deny}) and a sentence a person can read.
 */
public record AccessDecision(boolean allowed, String rule, String reason) {
  public AccessDecision {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
    ValidationException.check(!rule.isBlank(), "rule", "must name the rule that decided");
  }

  public static AccessDecision allow(String rule, String reason) {
    return new AccessDecision(true, rule, reason);
  }

  public static AccessDecision deny(String rule, String reason) {
    return new AccessDecision(false, rule, reason);
  }

  @Override
  public String toString() {
    return (allowed ? "allowed" : "denied") + " by " + rule + ": " + reason;
  }
}
