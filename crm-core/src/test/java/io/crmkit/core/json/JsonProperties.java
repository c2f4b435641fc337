package io.crmkit.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.field.CustomFields;
import io.crmkit.core.field.FieldValue;
import io.crmkit.core.money.Money;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.party.RelationshipType;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.query.ValueKind;
import io.crmkit.core.statemachine.Decision;
import io.crmkit.core.statemachine.StateHistory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Round-trip laws over generated values: {@code read(write(v)) == v} and writing again gives the same text. */
class JsonProperties {

  private static <T> void roundTrips(T value, Class<? super T> type) {
    String json = CrmJson.write(value);
    Object back = CrmJson.read(json, type);
    assertThat(back).as(json).isEqualTo(value);
    assertThat(CrmJson.write(back)).isEqualTo(json);
  }

  @Property(tries = 200)
  void decimalsAndMoneyRoundTripExactly(@ForAll("decimals") BigDecimal amount, @ForAll("currencies") String currency) {
    roundTrips(amount, BigDecimal.class);
    roundTrips(Money.of(amount, currency), Money.class);
    assertThat(CrmJson.read(CrmJson.write(amount), BigDecimal.class).scale()).isEqualTo(amount.scale());
  }

  @Property(tries = 200)
  void anyIdTextRoundTrips(@ForAll("idTexts") String text) {
    roundTrips(new ContactId(text), ContactId.class);
    roundTrips(Owner.user(text), Owner.class);
    roundTrips(new RecordRef("contact", text), RecordRef.class);
  }

  @Property(tries = 200)
  void customFieldsRoundTrip(@ForAll("customFields") CustomFields fields) {
    roundTrips(fields, CustomFields.class);
  }

  @Property(tries = 200)
  void criteriaRoundTrip(@ForAll("criteria") Criteria criteria) {
    roundTrips(criteria, Criteria.class);
  }

  @Property(tries = 100)
  void contactsRoundTrip(@ForAll("contacts") Contact contact) {
    roundTrips(contact, Contact.class);
    assertThat(CrmJson.fromDocument(CrmJson.documentOf(contact), Contact.TYPE)).isEqualTo(contact);
  }

  @Property(tries = 100)
  void stateHistoriesRoundTrip(@ForAll("histories") StateHistory history) {
    roundTrips(history, StateHistory.class);
  }

  @Provide
  Arbitrary<BigDecimal> decimals() {
    return Combinators.combine(Arbitraries.bigIntegers().between(BigInteger.valueOf(-1_000_000_000_000L), BigInteger.valueOf(1_000_000_000_000L)),
            Arbitraries.integers().between(-4, 12))
        .as(BigDecimal::new);
  }

  @Provide
  Arbitrary<String> currencies() {
    return Arbitraries.of("EUR", "USD", "JPY", "BHD", "CHF", "XAU");
  }

  @Provide
  Arbitrary<String> idTexts() {
    return Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40)
        .filter(s -> s.chars().noneMatch(Character::isISOControl));
  }

  private static Arbitrary<String> words() {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
  }

  private static Arbitrary<Instant> instants() {
    return Arbitraries.longs().between(-2_000_000_000L, 4_000_000_000L)
        .flatMap(s -> Arbitraries.integers().between(0, 999_999_999).map(n -> Instant.ofEpochSecond(s, n)));
  }

  private static Arbitrary<LocalDate> dates() {
    return Arbitraries.longs().between(-200_000, 200_000).map(LocalDate::ofEpochDay);
  }

  private static Arbitrary<FieldValue> fieldValues() {
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(20);
    return Arbitraries.oneOf(
        any.map(FieldValue::text),
        Arbitraries.longs().map(FieldValue::number),
        new JsonProperties().decimals().map(FieldValue::decimal),
        Arbitraries.of(true, false).map(FieldValue::bool),
        dates().map(FieldValue::date),
        instants().map(FieldValue::dateTime),
        any.map(FieldValue::picklist),
        any.set().ofMaxSize(4).map(FieldValue::multiPicklist),
        Combinators.combine(new JsonProperties().decimals(), new JsonProperties().currencies()).as(Money::of).map(FieldValue::money),
        any.map(FieldValue::email),
        any.map(FieldValue::phone),
        any.map(FieldValue::url));
  }

  @Provide
  Arbitrary<CustomFields> customFields() {
    return Arbitraries.maps(words(), fieldValues()).ofMaxSize(6).map(CustomFields::new);
  }

  private static Arbitrary<Object> valuesOf(ValueKind kind) {
    switch (kind) {
      case TEXT:
        return Arbitraries.strings().all().ofMaxLength(12).map(s -> (Object) s);
      case LONG:
        return Arbitraries.longs().map(l -> (Object) l);
      case DECIMAL:
        return new JsonProperties().decimals().map(d -> (Object) d);
      case BOOLEAN:
        return Arbitraries.of(true, false).map(b -> (Object) b);
      case INSTANT:
        return instants().map(i -> (Object) i);
      default:
        return dates().map(d -> (Object) d);
    }
  }

  private static Arbitrary<Criteria> leaf() {
    return Combinators.combine(words(), Arbitraries.of(ValueKind.class))
        .as((name, kind) -> new FieldRef<Object>(name, kind))
        .flatMap(field -> {
          Arbitrary<Object> v = valuesOf(field.kind());
          List<Arbitrary<Criteria>> options = new java.util.ArrayList<>(List.of(
              v.map(x -> (Criteria) new Criteria.Eq(field, x)),
              v.set().ofMaxSize(4).map(xs -> (Criteria) new Criteria.In(field, Set.copyOf(xs))),
              Arbitraries.just((Criteria) new Criteria.IsNull(field))));
          if (field.kind() != ValueKind.BOOLEAN) {
            options.add(Combinators.combine(v.optional(), Arbitraries.of(true, false), v, Arbitraries.of(true, false))
                .as((lo, li, hi, hiIn) -> (Criteria) new Criteria.Range(field, lo, li, Optional.of(hi), hiIn)));
          }
          if (field.kind() == ValueKind.TEXT) {
            options.add(Arbitraries.strings().all().ofMaxLength(6).map(p -> (Criteria) new Criteria.Prefix(field, p)));
            options.add(Arbitraries.strings().all().ofMaxLength(6).map(p -> (Criteria) new Criteria.Contains(field, p)));
          }
          return Arbitraries.oneOf(options);
        });
  }

  @Provide
  Arbitrary<Criteria> criteria() {
    return Arbitraries.recursive(
        JsonProperties::leaf,
        inner -> Arbitraries.oneOf(
            inner.list().ofMaxSize(3).map(Criteria::and),
            inner.list().ofMaxSize(3).map(Criteria::or),
            inner.map(Criteria::not)),
        0, 3);
  }

  @Provide
  Arbitrary<Contact> contacts() {
    Arbitrary<PersonName> names = Combinators.combine(words(), words(), words().optional())
        .as((g, f, m) -> m.map(x -> PersonName.of(g, f).withMiddle(x)).orElse(PersonName.of(g, f)));
    Arbitrary<List<ContactPoint>> points = words().set().ofMaxSize(3)
        .map(ws -> ws.stream().map(w -> ContactPoint.email(w + "@example.org", ContactPoint.Purpose.WORK)).toList());
    Arbitrary<Map<String, String>> external = Arbitraries.maps(words(), Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(10)).ofMaxSize(3);
    return Combinators.combine(
            idTexts(), names, words().optional(), idTexts().filter(s -> !s.isBlank()).optional(),
            points, Arbitraries.of(RelationshipType.class), external, customFields())
        .as((id, name, account, title, cps, rel, ext, cf) -> {
          Contact.Builder b = Contact.builder(new ContactId(id), JsonSamples.TENANT)
              .name(name)
              .owner(Owner.team("t-1"))
              .relationshipType(rel)
              .contactPoints(cps)
              .externalIds(ext)
              .customFields(cf)
              .createdAt(JsonSamples.CREATED)
              .updatedAt(JsonSamples.UPDATED);
          account.ifPresent(a -> b.account(new AccountId(a)));
          title.ifPresent(b::jobTitle);
          return b.build();
        });
  }

  @Provide
  Arbitrary<StateHistory> histories() {
    return Combinators.combine(words(), Arbitraries.integers().between(0, 5), words().list().ofSize(5), Arbitraries.longs().between(0, 1_000_000).list().ofSize(5))
        .as((first, n, states, gaps) -> {
          StateHistory h = StateHistory.start(first, JsonSamples.CREATED);
          Instant at = JsonSamples.CREATED;
          for (int i = 0; i < n; i++) {
            at = at.plusSeconds(gaps.get(i));
            h = h.record(new Decision.Accepted(h.current(), "go", states.get(i), List.of()), at);
          }
          return h;
        });
  }
}
