package io.crmkit.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RecordDiffProperties {
  record Name(String given, String family) {}

  record Card(long version, Name name, Optional<String> email, Optional<Name> alias, List<String> tags, int score) {}

  @Provide
  Arbitrary<Card> cards() {
    Arbitrary<String> text = Arbitraries.of("", "a", "b", "Ann", "Zoë", "日本", "x y");
    Arbitrary<Name> names = Combinators.combine(text, text).as(Name::new);
    return Combinators.combine(
            Arbitraries.longs().between(0, 5),
            names,
            text.optional(),
            names.optional(),
            text.list().ofMaxSize(3),
            Arbitraries.integers().between(-2, 2))
        .as(Card::new);
  }

  @Property(tries = 200)
  void aRecordComparedWithItselfHasNoChanges(@ForAll("cards") Card card) {
    assertThat(RecordDiff.between(card, card)).isEmpty();
  }

  /** The changed paths are exactly the leaves whose values differ, computed here component by component. */
  @Property(tries = 200)
  void theDiffListsExactlyTheChangedPaths(@ForAll("cards") Card a, @ForAll("cards") Card b) {
    List<String> expected = new ArrayList<>();
    if (!a.name().given().equals(b.name().given())) {
      expected.add("name.given");
    }
    if (!a.name().family().equals(b.name().family())) {
      expected.add("name.family");
    }
    if (!a.email().equals(b.email())) {
      expected.add("email");
    }
    if (!a.alias().map(Name::given).equals(b.alias().map(Name::given))) {
      expected.add("alias.given");
    }
    if (!a.alias().map(Name::family).equals(b.alias().map(Name::family))) {
      expected.add("alias.family");
    }
    boolean tagsAbsentBoth = a.tags().isEmpty() && b.tags().isEmpty();
    if (!tagsAbsentBoth && !a.tags().equals(b.tags())) {
      expected.add("tags");
    }
    if (a.score() != b.score()) {
      expected.add("score");
    }

    assertThat(RecordDiff.between(a, b)).extracting(FieldChange::field).containsExactlyElementsOf(expected);
  }

  /** Applying the changes to the snapshot before gives the snapshot after. */
  @Property(tries = 200)
  void changesTurnTheOldSnapshotIntoTheNewOne(@ForAll("cards") Card a, @ForAll("cards") Card b) {
    Map<String, String> state = new HashMap<>(RecordDiff.snapshot(a));
    for (FieldChange c : RecordDiff.between(a, b)) {
      assertThat(Optional.ofNullable(state.get(c.field()))).isEqualTo(c.before());
      c.after().ifPresentOrElse(v -> state.put(c.field(), v), () -> state.remove(c.field()));
    }
    assertThat(state).isEqualTo(RecordDiff.snapshot(b));
  }
}
