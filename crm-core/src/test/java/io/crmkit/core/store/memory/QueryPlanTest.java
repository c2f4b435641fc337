package io.crmkit.core.store.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.TenantId;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class QueryPlanTest {
  private static final TenantId T = TenantId.of("t");

  private final Table<Card> table = new Table<>(Card.TYPE);

  QueryPlanTest() {
    String[] cities = {"Oslo", "Bergen", null};
    for (int i = 0; i < 40; i++) {
      Card c = Card.of(T, "c" + i, "e" + (i % 7) + "@x.org", cities[i % 3], "t" + (i % 4), "t" + (i % 5));
      table.put(c.id().value(), c.withVersion(1));
    }
  }

  @Test
  void eqAndInOnAnIndexedFieldUseTheIndex() {
    assertIndexed(Criteria.eq(Card.EMAIL, "e3@x.org"), true);
    assertIndexed(Criteria.in(Card.EMAIL, "e3@x.org", "e4@x.org", "missing"), true);
    assertIndexed(Criteria.eq(Card.TAGS, "t2"), true);
    assertIndexed(Criteria.in(Card.TAGS, "t1", "t4"), true);
    assertIndexed(Criteria.eq(EntityType.ID, "c5"), true);
    assertIndexed(Criteria.in(EntityType.ID, "c5", "c6", "nope"), true);
  }

  @Test
  void anAndWithAnIndexedConjunctUsesTheIndexAndFiltersTheRest() {
    assertIndexed(Criteria.and(Criteria.eq(Card.CITY, "Oslo"), Criteria.eq(Card.TAGS, "t1")), true);
    assertIndexed(
        Criteria.and(
            Criteria.not(Criteria.eq(Card.TAGS, "t0")),
            Criteria.in(Card.EMAIL, "e1@x.org", "e2@x.org"),
            Criteria.eq(Card.TAGS, "t3")),
        true);
  }

  @Test
  void anOrOfIndexedTermsUsesTheIndex() {
    assertIndexed(Criteria.or(Criteria.eq(Card.EMAIL, "e1@x.org"), Criteria.in(Card.TAGS, "t2", "t3")), true);
    assertIndexed(
        Criteria.and(
            Criteria.isNull(Card.CITY),
            Criteria.or(Criteria.eq(Card.EMAIL, "e1@x.org"), Criteria.eq(EntityType.ID, "c9"))),
        true);
  }

  @Test
  void everythingElseScans() {
    assertIndexed(Criteria.eq(Card.CITY, "Oslo"), false);
    assertIndexed(Criteria.not(Criteria.eq(Card.EMAIL, "e1@x.org")), false);
    assertIndexed(Criteria.or(Criteria.eq(Card.EMAIL, "e1@x.org"), Criteria.eq(Card.CITY, "Oslo")), false);
    assertIndexed(Criteria.prefix(Card.EMAIL, "e1"), false);
    assertIndexed(Criteria.all(), false);
    assertIndexed(Criteria.none(), false);
  }

  @Test
  void countAgreesWithTheMatcherOnEveryPath() {
    List<Criteria> cases =
        List.of(
            Criteria.in(Card.TAGS, "t1", "t2"),
            Criteria.in(EntityType.ID, "c1", "c1", "c2", "zz"),
            Criteria.or(Criteria.eq(Card.TAGS, "t1"), Criteria.eq(Card.TAGS, "t1")),
            Criteria.and(Criteria.eq(Card.TAGS, "t1"), Criteria.eq(Card.TAGS, "t2")),
            Criteria.in(Card.EMAIL));
    for (Criteria c : cases) {
      Predicate<Card> reference = Card.TYPE.matcher(c);
      long expected = table.snapshot().stream().filter(reference).count();
      assertThat(QueryPlan.of(c, Card.TYPE, table).count()).as(c.toString()).isEqualTo(expected);
    }
  }

  private void assertIndexed(Criteria c, boolean indexed) {
    QueryPlan<Card> plan = QueryPlan.of(c, Card.TYPE, table);
    assertThat(plan.usesIndex()).as("index used for %s", c).isEqualTo(indexed);
    // whichever path, the answer is the reference answer
    Predicate<Card> reference = Card.TYPE.matcher(c);
    List<String> expected = table.snapshot().stream().filter(reference).map(x -> x.id().value()).sorted().toList();
    List<String> actual = new ArrayList<>();
    plan.forEach(x -> actual.add(x.id().value()));
    assertThat(actual).as("answer of %s", c).containsExactlyInAnyOrderElementsOf(expected).doesNotHaveDuplicates();
  }
}
