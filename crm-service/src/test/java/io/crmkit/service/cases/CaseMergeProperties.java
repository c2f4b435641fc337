package io.crmkit.service.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.IdGenerator;
import io.crmkit.core.TenantId;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CaseMergeProperties {
  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  /** comments[i] = how many comments case i gets; case 0 survives, cases 1.. are merged, parents[i] links case i under an earlier case. */
  @Property(tries = 120)
  void aMergeLosesNoCommentAndLeavesNoCycle(@ForAll("comments") List<Integer> comments, @ForAll("seeds") long seed) {
    Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    TenantStore store = InMemoryStore.create().forTenant(TenantId.of("t"));
    CaseService cases = CaseService.builder(store, clock, IdGenerator.uuidV7(clock)).build();
    java.util.Random random = new java.util.Random(seed);
    List<Case> all = new ArrayList<>();
    Set<String> expected = new HashSet<>();
    for (int i = 0; i < comments.size() + 2; i++) {
      Case c = cases.open(Case.builder(new CaseId("c" + i), store.tenantId()).subject("case " + i).timestamps(clock).build(), "u").supportCase();
      if (i > 0 && random.nextBoolean()) {
        c = cases.linkParent(c.id(), c.version(), new CaseId("c" + random.nextInt(i)), "u").supportCase();
      }
      all.add(c);
    }
    for (int i = 0; i < comments.size(); i++) {
      for (int k = 0; k < comments.get(i); k++) {
        Case c = cases.find(new CaseId("c" + i)).orElseThrow();
        CommentVisibility v = k % 2 == 0 ? CommentVisibility.PUBLIC : CommentVisibility.INTERNAL;
        Case saved = cases.comment(c.id(), c.version(), v, "c" + i + " #" + k, "u").supportCase();
        expected.add(saved.comments().get(saved.comments().size() - 1).body());
      }
    }
    Map<CaseId, Long> merged = new LinkedHashMap<>();
    for (int i = 1; i < comments.size(); i++) {
      Case c = cases.find(new CaseId("c" + i)).orElseThrow();
      merged.put(c.id(), c.version());
    }
    Case survivor = cases.find(new CaseId("c0")).orElseThrow();
    if (merged.isEmpty()) {
      return;
    }
    CaseMergeResult result = cases.merge(CaseMergeRequest.of(survivor.id(), survivor.version(), merged, "u"));

    assertThat(result.survivor().comments()).extracting(CaseComment::body).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(result.survivor().comments()).allSatisfy(c -> assertThat(c.originalCase().map(o -> c.body().startsWith(o.value() + " #")).orElse(c.body().startsWith("c0 #"))).isTrue());
    assertThat(result.merged()).allSatisfy(m -> assertThat(m.status()).isEqualTo(CaseLifecycle.CLOSED));
    for (Case c : store.repository(Case.TYPE).query(io.crmkit.core.query.Criteria.all())) {
      Set<CaseId> seen = new HashSet<>();
      for (Case up = c; up.parent().isPresent(); up = cases.find(up.parent().get()).orElseThrow()) {
        assertThat(seen.add(up.id())).as("no cycle above " + c.id()).isTrue();
        if (!c.isMerged()) {
          assertThat(cases.find(up.parent().get()).orElseThrow().isMerged()).as("no live case hangs under a merged one").isFalse();
        }
      }
    }
  }

  @Provide
  Arbitrary<List<Integer>> comments() {
    return Arbitraries.integers().between(0, 3).list().ofMinSize(1).ofMaxSize(5);
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs();
  }
}
