package io.crmkit.core.match;

import io.crmkit.core.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Evaluates a {@link MatchRule} on pairs of records of a schema, normalising each field by its kind first:
 * {@code RuleMatcher.of(schema, rule).evaluate(a, b).matched()}.
 */
public final class RuleMatcher {
  private final MatchSchema schema;
  private final MatchRule rule;
  private final Normalizer normalizer;

  private RuleMatcher(MatchSchema schema, MatchRule rule, Normalizer normalizer) {
    this.schema = schema;
    this.rule = rule;
    this.normalizer = normalizer;
    check(rule);
  }

  /** A matcher with the standard normaliser; every field the rule names must be in {@code schema}. */
  public static RuleMatcher of(MatchSchema schema, MatchRule rule) {
    return of(schema, rule, Normalizer.standard());
  }

  public static RuleMatcher of(MatchSchema schema, MatchRule rule, Normalizer normalizer) {
    return new RuleMatcher(Objects.requireNonNull(schema, "schema"), Objects.requireNonNull(rule, "rule"),
        Objects.requireNonNull(normalizer, "normalizer"));
  }

  private void check(MatchRule r) {
    if (r instanceof MatchRule.Condition c) {
      ValidationException.check(schema.indexOf(c.field()).isPresent(), "rule",
          "names field '" + c.field() + "' which the schema does not have");
    } else if (r instanceof MatchRule.All a) {
      a.parts().forEach(this::check);
    } else if (r instanceof MatchRule.Any a) {
      a.parts().forEach(this::check);
    }
  }

  /** Evaluates the rule on {@code a} and {@code b}; symmetric in its arguments' values. */
  public RuleOutcome evaluate(MatchRecord a, MatchRecord b) {
    List<RuleOutcome.ConditionResult> results = new ArrayList<>();
    Boolean verdict = eval(rule, a, b, results);
    return new RuleOutcome(a.id(), b.id(), Boolean.TRUE.equals(verdict), results);
  }

  // three-valued: TRUE, FALSE or null (ignored because of blanks)
  private Boolean eval(MatchRule r, MatchRecord a, MatchRecord b, List<RuleOutcome.ConditionResult> out) {
    if (r instanceof MatchRule.Condition c) {
      return condition(c, a, b, out);
    }
    boolean all = r instanceof MatchRule.All;
    List<MatchRule> parts = all ? ((MatchRule.All) r).parts() : ((MatchRule.Any) r).parts();
    boolean sawTrue = false;
    boolean sawFalse = false;
    for (MatchRule p : parts) {
      Boolean v = eval(p, a, b, out);
      if (v != null) {
        sawTrue |= v;
        sawFalse |= !v;
      }
    }
    if (!sawTrue && !sawFalse) {
      return null;
    }
    return all ? !sawFalse : sawTrue;
  }

  private Boolean condition(MatchRule.Condition c, MatchRecord a, MatchRecord b, List<RuleOutcome.ConditionResult> out) {
    FieldKind kind = schema.fields().get(schema.indexOf(c.field()).orElseThrow()).kind();
    String x = normalizer.normalize(kind, a.value(c.field()).orElse(""));
    String y = normalizer.normalize(kind, b.value(c.field()).orElse(""));
    if (x.isEmpty() || y.isEmpty()) {
      Boolean v;
      switch (c.blanks()) {
        case IGNORE:
          v = null;
          break;
        case BOTH_BLANK_MATCH:
          v = x.isEmpty() && y.isEmpty();
          break;
        default:
          v = false;
          break;
      }
      out.add(new RuleOutcome.ConditionResult(c, x, y, 0.0, v == null ? "ignored" : v.toString()));
      return v;
    }
    double s = similarity(c.method(), kind, x, y);
    boolean v = s >= c.threshold();
    out.add(new RuleOutcome.ConditionResult(c, x, y, s, Boolean.toString(v)));
    return v;
  }

  private static double similarity(MatchMethod method, FieldKind kind, String x, String y) {
    switch (method) {
      case EXACT:
        return x.equals(y) ? 1.0 : 0.0;
      case JARO_WINKLER:
        return Similarity.jaroWinkler(x, y);
      case LEVENSHTEIN:
        return Similarity.levenshteinSimilarity(x, y);
      case TOKEN_SET:
        return Similarity.tokenSet(x, y);
      case PHONETIC:
      default: {
        if (x.equals(y) || Nicknames.standard().sameName(RecordTable.firstWord(x), RecordTable.firstWord(y))) {
          return 1.0;
        }
        FieldKind basis = kind == FieldKind.GIVEN_NAME || kind == FieldKind.FULL_NAME || kind == FieldKind.COMPANY
            ? kind : FieldKind.FAMILY_NAME;
        String px = RecordTable.phoneticKey(basis, x);
        String py = RecordTable.phoneticKey(basis, y);
        return px != null && px.equals(py) ? 1.0 : 0.0;
      }
    }
  }
}
