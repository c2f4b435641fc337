package io.crmkit.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RecordDiffTest {
  enum Tier { BRONZE, GOLD }

  record PersonId(String value) {}

  record Name(String given, String family) {}

  record Address(String street, Optional<String> city) {}

  record Person(
      PersonId id,
      long version,
      Name name,
      Optional<String> email,
      Optional<Address> address,
      List<String> tags,
      Set<String> labels,
      Map<String, Integer> scores,
      Tier tier,
      BigDecimal revenue,
      List<Name> aliases,
      Instant since) {}

  record Other(String given) {}

  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  private static Person ann() {
    return new Person(
        new PersonId("p-1"), 3, new Name("Ann", "Lee"), Optional.of("ann@example.org"), Optional.empty(),
        List.of("vip", "beta"), Set.of("b", "a"), Map.of("z", 1, "a", 2), Tier.GOLD, new BigDecimal("1E+3"),
        List.of(), T0);
  }

  @Test
  @DisplayName("a record compared with an equal copy has no changes, whatever its version")
  void equalRecordsHaveNoChanges() {
    Person a = ann();
    Person copy = new Person(a.id(), 9, a.name(), a.email(), a.address(), a.tags(), a.labels(), a.scores(), a.tier(), a.revenue(), a.aliases(), a.since());
    assertThat(RecordDiff.between(a, copy)).isEmpty();
  }

  @Test
  @DisplayName("nested records are flattened into dotted paths")
  void nestedPaths() {
    Person a = ann();
    Person b = new Person(a.id(), a.version(), new Name("Anne", "Lee"), a.email(), a.address(), a.tags(), a.labels(), a.scores(), a.tier(), a.revenue(), a.aliases(), a.since());
    assertThat(RecordDiff.between(a, b)).containsExactly(FieldChange.of("name.given", "Ann", "Anne"));
  }

  @Test
  @DisplayName("optionals are unwrapped: set, cleared and nested optional records")
  void optionals() {
    Person a = ann();
    Person b = new Person(
        a.id(), a.version(), a.name(), Optional.empty(), Optional.of(new Address("Main St 1", Optional.of("Oslo"))),
        a.tags(), a.labels(), a.scores(), a.tier(), a.revenue(), a.aliases(), a.since());
    assertThat(RecordDiff.between(a, b)).containsExactly(
        FieldChange.cleared("email", "ann@example.org"),
        FieldChange.set("address.street", "Main St 1"),
        FieldChange.set("address.city", "Oslo"));
  }

  @Test
  @DisplayName("collections are compared as wholes and rendered readably; sets and maps sorted")
  void collections() {
    Person a = ann();
    Person b = new Person(
        a.id(), a.version(), a.name(), a.email(), a.address(), List.of("beta", "vip"), Set.of("a", "b"),
        Map.of("a", 2, "z", 3), a.tier(), a.revenue(), List.of(new Name("Annie", "Lee")), a.since());
    assertThat(RecordDiff.between(a, b)).containsExactly(
        FieldChange.of("tags", "[vip, beta]", "[beta, vip]"),
        FieldChange.of("scores", "{a=2, z=1}", "{a=2, z=3}"),
        FieldChange.set("aliases", "[{given=Annie, family=Lee}]"));
  }

  @Test
  @DisplayName("a creation lists every set field; single-component records stand for their value; enums and decimals are readable")
  void creation() {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("id", "p-1");
    expected.put("name.given", "Ann");
    expected.put("name.family", "Lee");
    expected.put("email", "ann@example.org");
    expected.put("tags", "[vip, beta]");
    expected.put("labels", "[a, b]");
    expected.put("scores", "{a=2, z=1}");
    expected.put("tier", "GOLD");
    expected.put("revenue", "1000");
    expected.put("since", "2026-03-01T10:00:00Z");
    assertThat(RecordDiff.snapshot(ann())).containsExactlyEntriesOf(expected);
    assertThat(RecordDiff.creation(ann()))
        .allSatisfy(c -> assertThat(c.before()).isEmpty())
        .extracting(FieldChange::field)
        .containsExactlyElementsOf(expected.keySet());
    assertThat(RecordDiff.deletion(ann())).allSatisfy(c -> assertThat(c.after()).isEmpty()).hasSize(expected.size());
  }

  @Test
  @DisplayName("records of different classes, or non-records, are refused")
  void refusesMismatchedTypes() {
    assertThatThrownBy(() -> RecordDiff.between(new Name("a", "b"), new Other("a")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("same record class");
    assertThatThrownBy(() -> RecordDiff.between("a", "b")).isInstanceOf(ValidationException.class).hasMessageContaining("must be a record");
  }

  @Test
  @DisplayName("a field change must change something")
  void fieldChangeMustDiffer() {
    assertThatThrownBy(() -> FieldChange.of("email", "a", "a")).isInstanceOf(ValidationException.class);
    assertThat(FieldChange.of("name.given", "a", "b").concerns("name")).isTrue();
    assertThat(FieldChange.of("names", "a", "b").concerns("name")).isFalse();
  }
}
