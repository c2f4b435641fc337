package io.crmkit.testkit.arbitrary;

import io.crmkit.core.TenantId;
import io.crmkit.core.field.CustomFieldSchema;
import io.crmkit.core.field.CustomFieldSchemaId;
import io.crmkit.core.field.CustomFields;
import io.crmkit.core.field.FieldDefinition;
import io.crmkit.core.field.FieldType;
import io.crmkit.core.field.FieldValue;
import io.crmkit.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.jspecify.annotations.Nullable;

/** Custom-field definitions, schemas and values that fit them. */
final class Fields {
  private Fields() {}

  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000L);
  private static final BigDecimal INSTANT_MIN = nanos(Instant.MIN);
  private static final BigDecimal INSTANT_MAX = nanos(Instant.MAX);
  private static final BigDecimal DAY_MIN = BigDecimal.valueOf(LocalDate.MIN.toEpochDay());
  private static final BigDecimal DAY_MAX = BigDecimal.valueOf(LocalDate.MAX.toEpochDay());

  static Arbitrary<String> keys() {
    return Cache.of("Fields.keys", Fields::makeKeys);
  }

  private static Arbitrary<String> makeKeys() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, Arbitraries.of("tier", "industry", "seats", "renewal_date", "vip", "arr", "billing_email", "nps")),
        net.jqwik.api.Tuple.of(3, Texts.lowerNames(63)));
  }

  /** Definitions of every type, with picklist values, bounds and maximum lengths where the type allows. */
  static Arbitrary<FieldDefinition> definitions() {
    return Cache.of("Fields.definitions", Fields::makeDefinitions);
  }

  private static Arbitrary<FieldDefinition> makeDefinitions() {
    return Combinators.combine(keys(), Texts.phrases(3), Arbitraries.of(FieldType.class), Arbitraries.of(false, true))
        .flatAs(
            (key, label, type, required) ->
                rules(type).map(r -> new FieldDefinition(key, label, type, required, r.picklist, r.min, r.max, r.maxLength)));
  }

  private record Rules(List<String> picklist, Optional<FieldValue> min, Optional<FieldValue> max, Optional<Integer> maxLength) {}

  private static Arbitrary<Rules> rules(FieldType type) {
    Optional<FieldValue> none = Optional.empty();
    if (type.isPicklist()) {
      return Texts.words().list().ofMinSize(1).ofMaxSize(8).uniqueElements()
          .map(values -> new Rules(values, none, none, Optional.empty()));
    }
    if (type == FieldType.TEXT) {
      return Arbitraries.integers().between(1, 300).optional(0.5).map(n -> new Rules(List.of(), none, none, n));
    }
    if (type.isBounded()) {
      Arbitrary<FieldValue> bound = bounds(type);
      return Combinators.combine(bound.optional(0.5), bound.optional(0.5))
          .as(
              (a, b) -> {
                if (a.isPresent() && b.isPresent() && key(a.get()).compareTo(key(b.get())) > 0) {
                  return new Rules(List.of(), b, a, Optional.empty());
                }
                return new Rules(List.of(), a, b, Optional.empty());
              });
    }
    return Arbitraries.just(new Rules(List.of(), none, none, Optional.empty()));
  }

  private static Arbitrary<FieldValue> bounds(FieldType type) {
    switch (type) {
      case NUMBER:
        return Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000L).map(FieldValue.NumberValue::new);
      case DECIMAL:
      case MONEY:
        return Combinators.combine(Arbitraries.longs().between(-100_000_000L, 100_000_000L), Arbitraries.integers().between(0, 4))
            .as((u, s) -> new FieldValue.DecimalValue(BigDecimal.valueOf(u, s)));
      case DATE:
        return Times.dates().map(FieldValue.DateValue::new);
      default:
        return Times.instants().map(FieldValue.DateTimeValue::new);
    }
  }

  /** A value that {@code definition} accepts. */
  static Arbitrary<FieldValue> values(FieldDefinition d) {
    switch (d.type()) {
      case TEXT:
        int max = d.maxLength().orElse(60);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Texts.phrases(4)), net.jqwik.api.Tuple.of(1, Arbitraries.just("")))
            .map(t -> (FieldValue) new FieldValue.TextValue(Texts.cut(t, max)));
      case BOOLEAN:
        return Arbitraries.of(false, true).map(FieldValue.BooleanValue::new);
      case PICKLIST:
        return Arbitraries.of(d.picklistValues()).map(FieldValue.PicklistValue::new);
      case MULTI_PICKLIST:
        return Arbitraries.of(d.picklistValues()).set().ofMaxSize(d.picklistValues().size())
            .map(s -> (FieldValue) new FieldValue.MultiPicklistValue(new TreeSet<>(s)));
      case EMAIL:
        return Parties.emailAddresses().map(FieldValue.EmailValue::new);
      case PHONE:
        return Phones.samples()
            .map(s -> (FieldValue) new FieldValue.PhoneValue(s.raw().startsWith("+") ? s.raw() : s.e164()));
      case URL:
        return Parties.urls().map(u -> (FieldValue) new FieldValue.UrlValue(u.matches("(?i)https?://.*") ? u : "https://" + u));
      default:
        return bounded(d);
    }
  }

  /** Interpolates between the bounds (or around the one bound, or zero): exact for every bounded type. */
  private static Arbitrary<FieldValue> bounded(FieldDefinition d) {
    BigDecimal span;
    @Nullable BigDecimal typeMin;
    @Nullable BigDecimal typeMax;
    switch (d.type()) {
      case NUMBER:
        span = BigDecimal.valueOf(1_000_000L);
        typeMin = LONG_MIN;
        typeMax = LONG_MAX;
        break;
      case DECIMAL:
      case MONEY:
        span = BigDecimal.valueOf(1_000_000L);
        typeMin = null;
        typeMax = null;
        break;
      case DATE:
        span = BigDecimal.valueOf(36_500);
        typeMin = DAY_MIN;
        typeMax = DAY_MAX;
        break;
      default:
        span = BigDecimal.valueOf(3_155_760_000L).multiply(BILLION); // a century in nanoseconds
        typeMin = INSTANT_MIN;
        typeMax = INSTANT_MAX;
        break;
    }
    BigDecimal lo;
    BigDecimal hi;
    if (d.min().isPresent() && d.max().isPresent()) {
      lo = key(d.min().get());
      hi = key(d.max().get());
    } else if (d.min().isPresent()) {
      lo = key(d.min().get());
      hi = lo.add(span);
    } else if (d.max().isPresent()) {
      hi = key(d.max().get());
      lo = hi.subtract(span);
    } else {
      lo = span.negate();
      hi = span;
      if (d.type() == FieldType.DATE || d.type() == FieldType.DATETIME) {
        BigDecimal mid = d.type() == FieldType.DATE ? BigDecimal.valueOf(LocalDate.of(2020, 1, 1).toEpochDay()) : nanos(Instant.parse("2020-01-01T00:00:00Z"));
        lo = lo.add(mid);
        hi = hi.add(mid);
      }
    }
    if (typeMin != null && typeMax != null) {
      lo = lo.max(typeMin);
      hi = hi.min(typeMax);
    }
    BigDecimal from = lo;
    BigDecimal width = hi.subtract(lo);
    return Combinators.combine(Arbitraries.integers().between(0, 1000), Currencies.currencies())
        .as((k, currency) -> toValue(d.type(), from, width.multiply(BigDecimal.valueOf(k)).movePointLeft(3), currency));
  }

  private static FieldValue toValue(FieldType type, BigDecimal lo, BigDecimal offset, java.util.Currency currency) {
    BigDecimal exact = lo.add(offset);
    switch (type) {
      case NUMBER:
        return new FieldValue.NumberValue(exact.setScale(0, RoundingMode.FLOOR).longValueExact());
      case DECIMAL:
        return new FieldValue.DecimalValue(exact);
      case MONEY:
        return new FieldValue.MoneyValue(Money.of(exact, currency));
      case DATE:
        return new FieldValue.DateValue(LocalDate.ofEpochDay(exact.setScale(0, RoundingMode.FLOOR).longValueExact()));
      default:
        BigDecimal n = exact.setScale(0, RoundingMode.FLOOR);
        BigDecimal[] sn = n.divideAndRemainder(BILLION);
        return new FieldValue.DateTimeValue(Instant.ofEpochSecond(sn[0].longValueExact(), sn[1].longValueExact()));
    }
  }

  /** The comparable key of a bound or value: numbers and amounts as decimals, dates as epoch days, instants as nanos. */
  private static BigDecimal key(FieldValue v) {
    if (v instanceof FieldValue.NumberValue n) {
      return BigDecimal.valueOf(n.value());
    } else if (v instanceof FieldValue.DecimalValue d) {
      return d.value();
    } else if (v instanceof FieldValue.DateValue d) {
      return BigDecimal.valueOf(d.value().toEpochDay());
    } else if (v instanceof FieldValue.DateTimeValue t) {
      return nanos(t.value());
    } else if (v instanceof FieldValue.MoneyValue m) {
      return m.value().amount();
    }
    throw new IllegalArgumentException("not a bounded value: " + v);
  }

  private static BigDecimal nanos(Instant i) {
    return BigDecimal.valueOf(i.getEpochSecond()).multiply(BILLION).add(BigDecimal.valueOf(i.getNano()));
  }

  /** Values for {@code schema}: every required field, each optional one in about two of three samples. */
  static Arbitrary<CustomFields> customFields(CustomFieldSchema schema) {
    return customFields(schema, 0.67);
  }

  private static Arbitrary<CustomFields> customFields(CustomFieldSchema schema, double presence) {
    List<Arbitrary<Optional<FieldValue>>> parts = new ArrayList<>();
    for (FieldDefinition d : schema.definitions()) {
      Arbitrary<FieldValue> v = values(d);
      parts.add(d.required() ? v.map(Optional::of) : v.optional(presence));
    }
    if (parts.isEmpty()) {
      return Arbitraries.just(CustomFields.empty());
    }
    List<FieldDefinition> defs = schema.definitions();
    return Combinators.combine(parts)
        .as(
            values -> {
              Map<String, FieldValue> out = new TreeMap<>();
              for (int i = 0; i < defs.size(); i++) {
                int at = i;
                values.get(i).ifPresent(v -> out.put(defs.get(at).key(), v));
              }
              return new CustomFields(out);
            });
  }

  /** Definition lists unique by key, 0 to {@code max} long. */
  static Arbitrary<List<FieldDefinition>> definitionLists(int max) {
    return Cache.of("Fields.definitionLists/" + max, () -> makeDefinitionLists(max));
  }

  private static Arbitrary<List<FieldDefinition>> makeDefinitionLists(int max) {
    return definitions()
        .list()
        .ofMaxSize(max)
        .map(
            ds -> {
              Map<String, FieldDefinition> byKey = new LinkedHashMap<>();
              ds.forEach(d -> byKey.putIfAbsent(d.key(), d));
              return List.copyOf(byKey.values());
            });
  }

  /**
   * One optional field of every type (picklists with Unicode values, bounded numbers and dates, a text with
   * a maximum length): the palette records draw their custom fields from.
   */
  static final CustomFieldSchema PALETTE =
      new CustomFieldSchema(
          CustomFieldSchemaId.of("any"),
          TenantId.of("any"),
          0,
          List.of(
              FieldDefinition.of("notes", "Notes", FieldType.TEXT).withMaxLength(40),
              FieldDefinition.of("seats", "Seats", FieldType.NUMBER).withMin(new FieldValue.NumberValue(1)),
              FieldDefinition.of("score", "Score", FieldType.DECIMAL),
              FieldDefinition.of("vip", "VIP", FieldType.BOOLEAN),
              FieldDefinition.of("renewal_date", "Renewal", FieldType.DATE),
              FieldDefinition.of("last_seen", "Last seen", FieldType.DATETIME),
              FieldDefinition.picklist("tier", "Tier", List.of("gold", "silver", "bronze", "платина", "金")),
              FieldDefinition.multiPicklist("interests", "Interests", List.of("crm", "erp", "bi", "Ökologie", "🚀")),
              FieldDefinition.of("arr", "ARR", FieldType.MONEY),
              FieldDefinition.of("billing_email", "Billing e-mail", FieldType.EMAIL),
              FieldDefinition.of("hotline", "Hotline", FieldType.PHONE),
              FieldDefinition.of("portal", "Portal", FieldType.URL)));

  /** Values a record may carry: a few fields of {@link #PALETTE}, none in about a fifth of the samples. */
  static Arbitrary<CustomFields> anyCustomFields() {
    return Cache.of("Fields.anyCustomFields", () -> customFields(PALETTE, 0.2));
  }

  static Arbitrary<FieldValue> anyValues() {
    return Cache.of("Fields.anyValues", Fields::makeAnyValues);
  }

  private static Arbitrary<FieldValue> makeAnyValues() {
    return definitions().flatMap(Fields::values);
  }
}
