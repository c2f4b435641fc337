package io.crmkit.core.match;

import static io.crmkit.core.match.People.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IncrementalMatcherTest {
  IncrementalMatcher matcher;

  @BeforeEach
  void base() {
    matcher = IncrementalMatcher.builder(People.SCHEMA).threshold(0.9).build();
    matcher.upsertAll(People.base(500));
  }

  @Test
  @DisplayName("a new record with a nickname and a reformatted phone finds its twin, explained")
  void findsTheTwin() {
    MatchRecord p0 = People.base(1).get(0);
    MatchRecord incoming = person("new-1", "Ada", "LOVELACE", "", "(415) 200-0000", "London", "");
    List<ScoredPair> found = matcher.match(incoming);
    assertThat(found).extracting(ScoredPair::rightId).containsExactly(p0.id());
    assertThat(found.get(0).leftId()).isEqualTo("new-1");
    assertThat(found.get(0).explanation().field("phone").orElseThrow().level()).isEqualTo("exact");
    assertThat(matcher.size()).isEqualTo(500);
  }

  @Test
  @DisplayName("the index follows updates and removals")
  void indexFollowsChanges() {
    MatchRecord stranger = person("new-2", "Zed", "Quux", "zed@quux.io", "+1 212 555 0199", "Oslo", "1999-09-09");
    assertThat(matcher.match(stranger)).isEmpty();
    matcher.upsert(person("p7", "Zed", "Quux", "zed@quux.io", "+1 212 555 0199", "Oslo", "1999-09-09"));
    assertThat(matcher.match(stranger)).extracting(ScoredPair::rightId).containsExactly("p7");
    assertThat(matcher.remove("p7")).isTrue();
    assertThat(matcher.remove("p7")).isFalse();
    assertThat(matcher.match(stranger)).isEmpty();
    assertThat(matcher.size()).isEqualTo(499);
  }

  @Test
  void aRecordIsNotItsOwnDuplicate() {
    MatchRecord p5 = People.base(6).get(5);
    assertThat(matcher.match(p5)).extracting(ScoredPair::rightId).doesNotContain("p5");
  }

  @Test
  void aModelFittedElsewhereCanBeReused() {
    MatchModel model = matcher.model();
    IncrementalMatcher other = IncrementalMatcher.builder(People.SCHEMA).model(model).build();
    other.upsertAll(People.base(20));
    assertThat(other.model()).isSameAs(model);
    MatchRecord copyOfP2 = new MatchRecord("x2", People.base(3).get(2).withValue("email", "").values());
    assertThat(other.match(copyOfP2)).extracting(ScoredPair::rightId).containsExactly("p2");
  }
}
