package io.crmkit.core.match;

import static io.crmkit.core.match.People.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DuplicateRulesTest {
  final IncrementalMatcher contacts = IncrementalMatcher.builder(People.SCHEMA).build();
  final IncrementalMatcher leads = IncrementalMatcher.builder(People.SCHEMA).build();
  final DuplicateRules rules;

  DuplicateRulesTest() {
    contacts.upsertAll(People.base(300));
    leads.upsertAll(People.base(300));
    rules = DuplicateRules.builder()
        .rule(new DuplicateRule("contact", DuplicateAction.BLOCK, DuplicateAction.ALERT, 0.9), contacts)
        .rule(DuplicateRule.of("lead", DuplicateAction.ALERT, 0.9), leads)
        .build();
  }

  MatchRecord twinOfP1() {
    MatchRecord p1 = People.base(2).get(1);
    return person("incoming", p1.value("first").orElseThrow(), p1.value("last").orElseThrow(),
        p1.value("email").orElseThrow(), "", "", "");
  }

  @Test
  void blockOnCreateRefusesADuplicateNamingIt() {
    DuplicateCheck check = rules.beforeCreate("contact", twinOfP1());
    assertThat(check.action()).isEqualTo(DuplicateAction.BLOCK);
    assertThat(check.allowed()).isFalse();
    assertThat(check.duplicates()).extracting(ScoredPair::rightId).contains("p1");
    assertThatThrownBy(check::requireAllowed)
        .isInstanceOf(DuplicateRecordException.class)
        .hasMessageContaining("incoming")
        .hasMessageContaining("p1")
        .satisfies(e -> assertThat(((DuplicateRecordException) e).check()).isEqualTo(check));
  }

  @Test
  void updatesAndOtherTypesFollowTheirOwnAction() {
    assertThat(rules.beforeUpdate("contact", twinOfP1()).action()).isEqualTo(DuplicateAction.ALERT);
    assertThat(rules.beforeCreate("lead", twinOfP1()).action()).isEqualTo(DuplicateAction.ALERT);
    DuplicateCheck unknownType = rules.beforeCreate("account", twinOfP1());
    assertThat(unknownType.action()).isEqualTo(DuplicateAction.ALLOW);
    assertThat(unknownType.duplicates()).isEmpty();
  }

  @Test
  void aNewPersonIsAllowed() {
    DuplicateCheck check = rules.beforeCreate("contact",
        person("fresh", "Quentin", "Zyx", "q@zyx.org", "+1 303 555 0100", "Denver", "1970-01-01"));
    assertThat(check.action()).isEqualTo(DuplicateAction.ALLOW);
    check.requireAllowed();
  }
}
