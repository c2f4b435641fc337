package io.crmkit.core.match;

import io.crmkit.core.ValidationException;
import java.util.List;
import java.util.Objects;

/**
 * A declarative matching rule in Salesforce's style, for hosts that want predictable rules rather than a fitted
 * model: per-field conditions (method, threshold, blank policy) combined with all/any. Evaluate it with
 * {@link RuleMatcher}:
 *
 * <pre>{@code
 * MatchRule rule = MatchRule.any(
 *     MatchRule.field("email", MatchMethod.EXACT, 1.0),
 *     MatchRule.all(MatchRule.field("first", MatchMethod.JARO_WINKLER, 0.9),
 *                   MatchRule.field("last", MatchMethod.EXACT, 1.0)));
 * }</pre>
 */
public sealed interface MatchRule permits MatchRule.Condition, MatchRule.All, MatchRule.Any {

  /** One field compared with {@code method}; true when the similarity reaches {@code threshold}. */
  record Condition(String field, MatchMethod method, double threshold, BlankPolicy blanks) implements MatchRule {
    public Condition {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(blanks, "blanks");
      ValidationException.check(threshold >= 0 && threshold <= 1, "threshold", "must lie in [0, 1] but was " + threshold);
    }
  }

  /** True when every part is true (parts left out by their blank policy do not count). */
  record All(List<MatchRule> parts) implements MatchRule {
    public All {
      Objects.requireNonNull(parts, "parts");
      parts = List.copyOf(parts);
      ValidationException.check(!parts.isEmpty(), "parts", "an all-of rule needs at least one part");
    }
  }

  /** True when some part is true. */
  record Any(List<MatchRule> parts) implements MatchRule {
    public Any {
      Objects.requireNonNull(parts, "parts");
      parts = List.copyOf(parts);
      ValidationException.check(!parts.isEmpty(), "parts", "an any-of rule needs at least one part");
    }
  }

  /** A condition whose blank values never match. */
  static MatchRule field(String field, MatchMethod method, double threshold) {
    return new Condition(field, method, threshold, BlankPolicy.NO_MATCH);
  }

  /** A condition with an explicit blank policy. */
  static MatchRule field(String field, MatchMethod method, double threshold, BlankPolicy blanks) {
    return new Condition(field, method, threshold, blanks);
  }

  static MatchRule all(MatchRule... parts) {
    return new All(List.of(parts));
  }

  static MatchRule any(MatchRule... parts) {
    return new Any(List.of(parts));
  }
}
