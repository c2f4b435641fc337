package io.crmkit.core.match;

import static io.crmkit.core.match.People.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ValidationException;
import org.junit.jupiter.api.Test;

class RuleMatcherTest {
  final MatchRule rule = MatchRule.any(
      MatchRule.field("email", MatchMethod.EXACT, 1.0),
      MatchRule.all(
          MatchRule.field("first", MatchMethod.PHONETIC, 1.0),
          MatchRule.field("last", MatchMethod.JARO_WINKLER, 0.9),
          MatchRule.field("city", MatchMethod.EXACT, 1.0, BlankPolicy.IGNORE)));
  final RuleMatcher matcher = RuleMatcher.of(People.SCHEMA, rule);

  @Test
  void nicknameAndTypoMatchWhenTheCityIsBlank() {
    RuleOutcome o = matcher.evaluate(
        person("a", "William", "Shakespeare", "", "", "", ""),
        person("b", "Bill", "Shakespear", "", "", "Stratford", ""));
    assertThat(o.matched()).isTrue();
    assertThat(o.conditions()).extracting(RuleOutcome.ConditionResult::verdict)
        .containsExactly("false", "true", "true", "ignored");
    assertThat(o.explain()).contains("matched a ~ b").contains("ignored");
  }

  @Test
  void aDifferentCityBreaksTheAllOfPart() {
    RuleOutcome o = matcher.evaluate(
        person("a", "William", "Shakespeare", "", "", "London", ""),
        person("b", "Bill", "Shakespeare", "", "", "Paris", ""));
    assertThat(o.matched()).isFalse();
  }

  @Test
  void blankPolicies() {
    MatchRule both = MatchRule.field("email", MatchMethod.EXACT, 1.0, BlankPolicy.BOTH_BLANK_MATCH);
    MatchRule never = MatchRule.field("email", MatchMethod.EXACT, 1.0);
    MatchRecord a = person("a", "x", "y", "", "", "", "");
    MatchRecord b = person("b", "x", "y", "", "", "", "");
    assertThat(RuleMatcher.of(People.SCHEMA, both).evaluate(a, b).matched()).isTrue();
    assertThat(RuleMatcher.of(People.SCHEMA, never).evaluate(a, b).matched()).isFalse();
    assertThat(RuleMatcher.of(People.SCHEMA, MatchRule.field("email", MatchMethod.EXACT, 1.0, BlankPolicy.IGNORE))
        .evaluate(a, b).matched()).isFalse();
  }

  @Test
  void emailsCompareNormalised() {
    assertThat(matcher.evaluate(
        person("a", "", "", "J.Doe+crm@gmail.com", "", "", ""),
        person("b", "", "", "jdoe@googlemail.com", "", "", "")).matched()).isTrue();
  }

  @Test
  void unknownFieldsAndBadThresholdsAreRefused() {
    assertThatThrownBy(() -> RuleMatcher.of(People.SCHEMA, MatchRule.field("shoe", MatchMethod.EXACT, 1.0)))
        .isInstanceOf(ValidationException.class).hasMessageContaining("shoe");
    assertThatThrownBy(() -> MatchRule.field("email", MatchMethod.EXACT, 1.5))
        .isInstanceOf(ValidationException.class).hasMessageContaining("threshold");
  }
}
