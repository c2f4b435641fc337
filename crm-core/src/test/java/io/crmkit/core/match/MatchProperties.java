package io.crmkit.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the engine: symmetric scores, no lost exact-identifier pairs, order-independent clusters. */
class MatchProperties {
  private static final MatchModel MODEL = model();

  private static MatchModel model() {
    List<MatchRecord> base = new ArrayList<>(People.base(300));
    for (int i = 0; i < 30; i++) {
      MatchRecord r = base.get(i);
      base.add(new MatchRecord("dup" + i, r.withValue("email", "").withValue("first", r.value("first").orElseThrow() + "e").values()));
    }
    return Deduplicator.of(People.SCHEMA).run(base).model();
  }

  @Provide
  Arbitrary<MatchRecord> people() {
    Arbitrary<String> first = Arbitraries.of("Ada", "ada", "Bill", "William", "Will", "Zoë", "Zoe", "", "Jon", "John");
    Arbitrary<String> last = Arbitraries.of("Lovelace", "LOVELACE", "Lovelance", "Smith", "Smyth", "", "O'Brien", "Obrien");
    Arbitrary<String> email = Arbitraries.of("ada@example.com", "ADA@example.com", "a.da+x@gmail.com", "ada@gmail.com",
        "bill@example.org", "");
    Arbitrary<String> phone = Arbitraries.of("+1 415 555 2671", "(415) 555-2671", "415.555.2672", "+44 20 7946 0018", "");
    Arbitrary<String> city = Arbitraries.of("London", "london", "Londn", "Paris", "");
    Arbitrary<String> born = Arbitraries.of("1815-12-10", "10/12/1815", "12/10/1815", "1815-12-01", "");
    Arbitrary<String> id = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6);
    return Combinators.combine(id, first, last, email, phone, city, born).as(People::person);
  }

  @Property(tries = 200)
  void scoresAreSymmetric(@ForAll("people") MatchRecord a, @ForAll("people") MatchRecord b) {
    RecordTable t = new RecordTable(People.SCHEMA, Normalizer.standard());
    int x = t.add(a);
    int y = t.add(b.id().equals(a.id()) ? new MatchRecord(b.id() + "2", b.values()) : b);
    assertThat(MODEL.weight(t, x, y)).isEqualTo(MODEL.weight(t, y, x));
    MatchExplanation ab = MODEL.explain(t, x, y);
    MatchExplanation ba = MODEL.explain(t, y, x);
    assertThat(ab.weight()).isEqualTo(ba.weight());
    assertThat(ab.fields()).extracting(FieldContribution::level).isEqualTo(ba.fields().stream().map(FieldContribution::level).toList());
  }

  @Property(tries = 100)
  void blockingNeverDropsAPairSharingAnExactEmailOrPhone(@ForAll("population") List<MatchRecord> records) {
    RecordTable t = new RecordTable(People.SCHEMA, Normalizer.standard());
    records.forEach(t::add);
    // a tiny cap, so that every capped key skips its blocks: the identifier keys must still deliver
    Blocker.Candidates c = new Blocker(Blocker.standard(People.SCHEMA, 2).keys, 2).candidates(t);
    PairSet pairs = c.pairs();
    int email = People.SCHEMA.indexOf("email").orElseThrow();
    int phone = People.SCHEMA.indexOf("phone").orElseThrow();
    for (int i = 0; i < t.size; i++) {
      for (int j = i + 1; j < t.size; j++) {
        boolean sameEmail = t.columns[email].norm[i] != null && t.columns[email].norm[i].equals(t.columns[email].norm[j]);
        boolean samePhone = t.columns[phone].norm[i] != null && t.columns[phone].norm[i].equals(t.columns[phone].norm[j]);
        if (sameEmail || samePhone) {
          assertThat(pairs.contains(PairSet.pack(i, j))).as("%s ~ %s", t.ids[i], t.ids[j]).isTrue();
        }
      }
    }
  }

  @Property(tries = 30)
  void clustersDoNotDependOnInputOrder(@ForAll("population") List<MatchRecord> records, @ForAll long seed) {
    List<MatchRecord> shuffled = new ArrayList<>(records);
    Collections.shuffle(shuffled, new Random(seed));
    Map<String, String> one = Deduplicator.of(People.SCHEMA).run(records).clusterIds();
    Map<String, String> two = Deduplicator.of(People.SCHEMA).run(shuffled).clusterIds();
    assertThat(new HashMap<>(two)).isEqualTo(new HashMap<>(one));
  }

  @Property(tries = 30)
  void theIncrementalIndexFollowsChangesExactly(@ForAll("population") List<MatchRecord> first,
      @ForAll("population") List<MatchRecord> second, @ForAll("people") MatchRecord probe, @ForAll long seed) {
    // build a base, then overwrite some records with other values and remove others
    IncrementalMatcher changed = IncrementalMatcher.builder(People.SCHEMA).model(MODEL).threshold(0.01).build();
    changed.upsertAll(first);
    Random random = new Random(seed);
    Map<String, MatchRecord> finalState = new HashMap<>();
    first.forEach(r -> finalState.put(r.id(), r));
    for (MatchRecord r : second) {
      if (random.nextBoolean()) {
        changed.upsert(r);
        finalState.put(r.id(), r);
      } else if (changed.remove(r.id())) {
        finalState.remove(r.id());
      }
    }
    IncrementalMatcher fresh = IncrementalMatcher.builder(People.SCHEMA).model(MODEL).threshold(0.01).build();
    fresh.upsertAll(finalState.values());
    MatchRecord incoming = new MatchRecord("probe", probe.values());
    assertThat(changed.size()).isEqualTo(finalState.size());
    assertThat(changed.match(incoming)).isEqualTo(fresh.match(incoming));
  }

  @Provide
  Arbitrary<List<MatchRecord>> population() {
    return people().list().ofMinSize(2).ofMaxSize(40).map(list -> {
      List<MatchRecord> out = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        out.add(new MatchRecord("r" + i, list.get(i).values()));
      }
      return out;
    });
  }
}
