package io.crmkit.core.access;

import java.util.Objects;
import java.util.Optional;

/**
 * One line of an {@link AccessExplanation}: a rule the model considered for a user and a record, whether it
 * applies to that record, the level it grants when it does, and why (or why not) in words.
 */
public record RuleCheck(String rule, boolean applies, Optional<AccessLevel> level, String why) {
  public RuleCheck {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(why, "why");
  }

  @Override
  public String toString() {
    return (applies ? "[applies] " : "[  --   ] ") + rule + level.map(l -> " (" + l + ")").orElse("") + ": " + why;
  }
}
