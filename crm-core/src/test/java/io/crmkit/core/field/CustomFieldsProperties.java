package io.crmkit.core.field;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.TenantId;
import io.crmkit.core.query.ValueKind;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class CustomFieldsProperties {
  static final List<String> PICKS = List.of("a", "b", "c", "d");

  @Provide
  Arbitrary<String> keys() {
    return Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('_').ofMinLength(0).ofMaxLength(10)
        .map(s -> "k" + s);
  }

  @Provide
  Arbitrary<FieldValue> values() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(8).map(FieldValue::text),
        Arbitraries.longs().map(FieldValue::number),
        Arbitraries.of(PICKS).map(FieldValue::picklist),
        Arbitraries.of(PICKS).set().map(FieldValue::multiPicklist),
        Arbitraries.of(true, false).map(FieldValue::bool));
  }

  @Property(tries = 200)
  void withThenGetReturnsTheValueAndLeavesOthers(
      @ForAll("keys") String key, @ForAll("values") FieldValue value, @ForAll("values") FieldValue other) {
    CustomFields base = CustomFields.empty().with("other", other);
    CustomFields changed = base.with(key, value);
    assertThat(changed.get(key)).contains(value);
    if (!key.equals("other")) {
      assertThat(changed.get("other")).contains(other);
      assertThat(changed.without(key)).isEqualTo(base);
    }
  }

  @Property(tries = 200)
  void queryValuesAreNonEmptyOnlyForTheTypesQueryKind(
      @ForAll("values") FieldValue value, @ForAll ValueKind kind) {
    List<Object> out = CustomFields.empty().with("f", value).queryValues("f", kind);
    if (kind != value.type().queryKind()) {
      assertThat(out).isEmpty();
    } else if (value instanceof FieldValue.MultiPicklistValue m) {
      assertThat(out).containsExactlyInAnyOrderElementsOf(m.values());
    } else {
      assertThat(out).hasSize(1).allMatch(kind.javaType()::isInstance);
    }
  }

  @Property(tries = 200)
  void picklistValidationAcceptsExactlyTheListedValues(
      @ForAll("values") FieldValue value, @ForAll @IntRange(min = 1, max = 4) int listed) {
    List<String> allowed = PICKS.subList(0, listed);
    CustomFieldSchema schema = CustomFieldSchema.of(TenantId.of("t"), "contact")
        .withDefinition(FieldDefinition.multiPicklist("f", "F", allowed));
    Map<String, List<String>> problems = schema.problems(CustomFields.empty().with("f", value));
    boolean fits = value instanceof FieldValue.MultiPicklistValue m && allowed.containsAll(m.values());
    assertThat(problems.isEmpty()).isEqualTo(fits);
  }
}
