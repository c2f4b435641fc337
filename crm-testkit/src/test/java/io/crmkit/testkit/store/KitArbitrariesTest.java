package io.crmkit.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.TenantId;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.Sort;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The kit's generators produce valid, varied values with the hard cases in them. */
class KitArbitrariesTest {
  private static final TenantId T = TenantId.of("t");

  @Test
  void recordsCoverTheHardCases() {
    List<KitRecord> sample = KitArbitraries.records(T).sampleStream().limit(2000).toList();
    assertThat(sample).allMatch(r -> r.tenantId().equals(T) && r.version() == 0);
    assertThat(sample).anyMatch(r -> r.name().codePoints().anyMatch(Character::isSupplementaryCodePoint));
    assertThat(sample).anyMatch(r -> r.id().value().codePoints().anyMatch(Character::isSupplementaryCodePoint));
    assertThat(sample).anyMatch(r -> r.nickname().isEmpty()).anyMatch(r -> r.nickname().equals(java.util.Optional.of("")));
    assertThat(sample).anyMatch(r -> r.amount().isEmpty()).anyMatch(r -> r.seenAt().isEmpty()).anyMatch(r -> r.dueOn().isEmpty());
    assertThat(sample).anyMatch(r -> r.tags().isEmpty()).anyMatch(r -> r.tags().size() > 1);
    assertThat(sample).anyMatch(r -> r.customFields().get("tier") instanceof Long);
    assertThat(sample).anyMatch(r -> r.customFields().isEmpty());
    Set<BigDecimal> amounts = new HashSet<>();
    sample.forEach(r -> r.amount().ifPresent(amounts::add));
    assertThat(amounts).contains(new BigDecimal("1.0"), new BigDecimal("1.00"));
    // instants keep to microseconds, so SQL timestamps can hold them exactly
    assertThat(sample).allMatch(r -> r.seenAt().map(i -> i.getNano() % 1000 == 0).orElse(true));
  }

  @Test
  void recordListsHaveDistinctIds() {
    KitArbitraries.recordLists(T, 25).sampleStream().limit(200)
        .forEach(list -> assertThat(list.stream().map(KitRecord::id)).doesNotHaveDuplicates());
  }

  @Test
  void criteriaUseEveryOperatorAndStayWithinDepthThree() {
    List<Criteria> sample = KitArbitraries.criteria().sampleStream().limit(3000).toList();
    Set<Class<?>> kinds = new HashSet<>();
    sample.forEach(c -> collectKinds(c, kinds));
    assertThat(kinds)
        .contains(Criteria.Eq.class, Criteria.In.class, Criteria.Range.class, Criteria.Prefix.class,
            Criteria.Contains.class, Criteria.IsNull.class, Criteria.And.class, Criteria.Or.class, Criteria.Not.class);
    assertThat(sample).allMatch(c -> depth(c) <= 3);
    assertThat(sample).anyMatch(c -> depth(c) == 3);
    // every generated criteria is valid for KitRecord
    sample.forEach(KitRecord.TYPE::validate);
  }

  @Test
  void criteriaHitSomeButNotAllRecords() {
    List<KitRecord> data = KitArbitraries.recordLists(T, 25).sampleStream().filter(l -> l.size() >= 15).findFirst().orElseThrow();
    List<Criteria> sample = KitArbitraries.criteria().sampleStream().limit(500).toList();
    long partial = sample.stream()
        .filter(c -> {
          Predicate<KitRecord> m = KitRecord.TYPE.matcher(c);
          long hits = data.stream().filter(m).count();
          return hits > 0 && hits < data.size();
        })
        .count();
    assertThat(partial).as("criteria that split the data").isGreaterThan(100);
  }

  @Test
  void sortsAreValidAndVaried() {
    List<Sort> sample = KitArbitraries.sorts().sampleStream().limit(500).toList();
    sample.forEach(KitRecord.TYPE::validate);
    assertThat(sample).anyMatch(s -> s.keys().isEmpty()).anyMatch(s -> s.keys().size() == 3);
    assertThat(sample).anyMatch(s -> s.keys().stream().anyMatch(Sort.Key::descending));
  }

  private static void collectKinds(Criteria c, Set<Class<?>> into) {
    into.add(c.getClass());
    if (c instanceof Criteria.And a) {
      a.terms().forEach(t -> collectKinds(t, into));
    } else if (c instanceof Criteria.Or o) {
      o.terms().forEach(t -> collectKinds(t, into));
    } else if (c instanceof Criteria.Not n) {
      collectKinds(n.term(), into);
    }
  }

  private static int depth(Criteria c) {
    if (c instanceof Criteria.And a) {
      return 1 + a.terms().stream().mapToInt(KitArbitrariesTest::depth).max().orElse(0);
    }
    if (c instanceof Criteria.Or o) {
      return 1 + o.terms().stream().mapToInt(KitArbitrariesTest::depth).max().orElse(0);
    }
    if (c instanceof Criteria.Not n) {
      return 1 + depth(n.term());
    }
    return 0;
  }
}
