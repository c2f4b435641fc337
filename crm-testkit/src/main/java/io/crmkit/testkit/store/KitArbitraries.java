package io.crmkit.testkit.store;

import io.crmkit.core.TenantId;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.query.Sort;
import io.crmkit.core.query.ValueKind;
import io.crmkit.core.store.EntityType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries for the conformance kit: {@link KitRecord}s whose values come from small pools (so random
 * criteria hit often) that hold the hard cases — Unicode and supplementary characters such as "𝄞", text that
 * sorts differently by UTF-16 unit and by code point, decimals equal at different scales ({@code 1.0},
 * {@code 1.00}), absent optionals, empty and multi-element tags, custom fields of mismatching kinds — and
 * random criteria trees and sorts over KitRecord's fields.
 *
 * <p>{@code @Provide Arbitrary<List<KitRecord>> data() { return KitArbitraries.recordLists(tenant, 30); }}
 */
public final class KitArbitraries {
  private KitArbitraries() {}

  /** Text values: case, accents, supplementary characters, private-use BMP chars above the surrogates. */
  static final List<String> TEXTS =
      List.of("", "a", "A", "ab", "abc", "b", "Ann", "Anna", "ann", "Zoë", "Zoe", "Ørsted", "𝄞", "a𝄞", "𝄞a",
          "\uFF21", "\uE000", "x y", "100%");

  static final List<String> TAGS = List.of("vip", "VIP", "lead", "𝄞", "a", "ab");

  static final List<Long> LONGS = List.of(Long.MIN_VALUE, -7L, -1L, 0L, 1L, 2L, 42L, Long.MAX_VALUE);

  static final List<BigDecimal> DECIMALS =
      List.of(
          new BigDecimal("0"), new BigDecimal("0.00"), new BigDecimal("1"), new BigDecimal("1.0"),
          new BigDecimal("1.00"), new BigDecimal("-2.5"), new BigDecimal("2.50"), new BigDecimal("10"),
          new BigDecimal("1E+1"), new BigDecimal("12345.6789"));

  static final List<Instant> INSTANTS =
      List.of(
          Instant.parse("1969-12-31T23:59:59.999999Z"), Instant.EPOCH, Instant.parse("2024-01-01T00:00:00Z"),
          Instant.parse("2024-01-01T00:00:00.000001Z"), Instant.parse("2038-01-19T03:14:08Z"));

  static final List<LocalDate> DATES =
      List.of(LocalDate.of(1970, 1, 1), LocalDate.of(1999, 12, 31), LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 1));

  /** Id fragments: joined 1 to 3 of them make an id; includes a supplementary character and a BMP char above the surrogates. */
  static final List<String> ID_PARTS = List.of("a", "b", "Z", "0", "-", "é", "𝄞", "\uFF21");

  /** The single-valued fields a sort may use. */
  static final List<FieldRef<?>> SORTABLE =
      List.of(EntityType.ID, KitRecord.NAME, KitRecord.NICKNAME, KitRecord.COUNTER, KitRecord.AMOUNT,
          KitRecord.ACTIVE, KitRecord.SEEN_AT, KitRecord.DUE_ON);

  /** Every field a criteria may name, custom fields included. */
  static final List<FieldRef<?>> QUERYABLE;

  static {
    List<FieldRef<?>> q = new ArrayList<>(SORTABLE);
    q.add(KitRecord.TAGS);
    q.add(KitRecord.CUSTOM_TIER);
    q.add(KitRecord.CUSTOM_LEVEL);
    QUERYABLE = List.copyOf(q);
  }

  /** Record ids from a small pool of Unicode fragments. */
  public static Arbitrary<KitRecordId> ids() {
    return Arbitraries.of(ID_PARTS).list().ofMinSize(1).ofMaxSize(3).map(parts -> new KitRecordId(String.join("", parts)));
  }

  /** New records (version 0) of {@code tenant} with values from the pools. */
  public static Arbitrary<KitRecord> records(TenantId tenant) {
    Arbitrary<String> texts = Arbitraries.of(TEXTS);
    Arbitrary<Optional<BigDecimal>> amounts = Arbitraries.of(DECIMALS).optional(0.7);
    Arbitrary<Optional<Instant>> instants = Arbitraries.of(INSTANTS).optional(0.7);
    Arbitrary<Optional<LocalDate>> dates = Arbitraries.of(DATES).optional(0.7);
    Arbitrary<List<String>> tags = Arbitraries.of(TAGS).list().ofMaxSize(3);
    Arbitrary<KitRecord> base =
        Combinators.combine(ids(), texts, texts.optional(0.6), Arbitraries.of(LONGS), Arbitraries.of(true, false))
            .as((id, name, nick, counter, active) ->
                KitRecord.of(tenant, id.value(), name).withNickname(nick).withCounter(counter).withActive(active));
    return Combinators.combine(base, amounts, instants, dates, tags, customFields())
        .as((r, amount, seen, due, t, custom) ->
            r.withAmount(amount).withSeenAt(seen).withDueOn(due).withTags(t).withCustomFields(custom));
  }

  /** Up to {@code maxSize} new records of {@code tenant} with distinct ids. */
  public static Arbitrary<List<KitRecord>> recordLists(TenantId tenant, int maxSize) {
    return records(tenant).list().ofMaxSize(maxSize).uniqueElements(KitRecord::id);
  }

  /**
   * Custom fields: {@code tier} mostly text but sometimes a long, {@code level} mostly a long but sometimes a
   * decimal, so that criteria of the wrong kind must find nothing.
   */
  public static Arbitrary<Map<String, Object>> customFields() {
    Arbitrary<Optional<Object>> tier =
        Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of("gold", "silver", "Gold", "𝄞").map(v -> (Object) v)),
                Tuple.of(1, Arbitraries.of(1L, 2L).map(v -> (Object) v)))
            .optional(0.6);
    Arbitrary<Optional<Object>> level =
        Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(LONGS).map(v -> (Object) v)),
                Tuple.of(1, Arbitraries.of(DECIMALS).map(v -> (Object) v)))
            .optional(0.6);
    return Combinators.combine(tier, level)
        .as((t, l) -> {
          java.util.HashMap<String, Object> m = new java.util.HashMap<>();
          t.ifPresent(v -> m.put("tier", v));
          l.ifPresent(v -> m.put("level", v));
          return Map.copyOf(m);
        });
  }

  /** Sorts of 0 to 3 keys over KitRecord's single-valued fields, in either direction. */
  public static Arbitrary<Sort> sorts() {
    Arbitrary<Sort.Key> keys = Combinators.combine(Arbitraries.of(SORTABLE), Arbitraries.of(true, false)).as(Sort.Key::new);
    return keys.list().ofMaxSize(3).map(Sort::new);
  }

  /** Random criteria trees over KitRecord's fields: every operator, nested and/or/not, depth at most 3. */
  public static Arbitrary<Criteria> criteria() {
    return criteria(3);
  }

  /** Random criteria trees of at most {@code depth} levels of and/or/not above the comparisons. */
  public static Arbitrary<Criteria> criteria(int depth) {
    if (depth <= 0) {
      return comparisons();
    }
    Arbitrary<Criteria> inner = Arbitraries.lazy(() -> criteria(depth - 1));
    return Arbitraries.frequencyOf(
        Tuple.of(3, comparisons()),
        Tuple.of(2, inner.list().ofMaxSize(3).map(Criteria::and)),
        Tuple.of(2, inner.list().ofMaxSize(3).map(Criteria::or)),
        Tuple.of(1, inner.map(Criteria::not)));
  }

  /** Single comparisons ({@code eq}, {@code in}, {@code range}, {@code prefix}, {@code contains}, {@code isNull}). */
  public static Arbitrary<Criteria> comparisons() {
    return Arbitraries.of(QUERYABLE).flatMap(KitArbitraries::comparisonOn);
  }

  private static Arbitrary<Criteria> comparisonOn(FieldRef<?> field) {
    Arbitrary<Object> values = values(field);
    List<Tuple.Tuple2<Integer, Arbitrary<Criteria>>> ops = new ArrayList<>();
    ops.add(Tuple.of(3, values.map(v -> (Criteria) new Criteria.Eq(field, v))));
    ops.add(Tuple.of(2, values.set().ofMaxSize(3).map(vs -> (Criteria) new Criteria.In(field, vs))));
    ops.add(Tuple.of(1, Arbitraries.just((Criteria) new Criteria.IsNull(field))));
    if (field.kind() != ValueKind.BOOLEAN) {
      Arbitrary<Criteria> range =
          Combinators.combine(values.optional(0.7), Arbitraries.of(true, false), values.optional(0.7), Arbitraries.of(true, false))
              .filter((lo, loInc, hi, hiInc) -> lo.isPresent() || hi.isPresent())
              .as((lo, loInc, hi, hiInc) -> (Criteria) new Criteria.Range(field, lo, loInc, hi, hiInc));
      ops.add(Tuple.of(2, range));
    }
    if (field.kind() == ValueKind.TEXT) {
      Arbitrary<String> fragments = Arbitraries.of("", "a", "A", "b", "n", "𝄞", "Zo", "ab", "vip", "\uFF21", "-");
      ops.add(Tuple.of(1, fragments.map(p -> (Criteria) new Criteria.Prefix(field, p))));
      ops.add(Tuple.of(1, fragments.map(s -> (Criteria) new Criteria.Contains(field, s))));
    }
    return Arbitraries.frequencyOf(ops);
  }

  /** Values of {@code field}'s kind from the pools its records draw from. */
  private static Arbitrary<Object> values(FieldRef<?> field) {
    if (field.equals(EntityType.ID)) {
      return ids().map(id -> (Object) id.value());
    }
    if (field.equals(KitRecord.TAGS)) {
      return Arbitraries.of(TAGS).map(v -> (Object) v);
    }
    if (field.equals(KitRecord.CUSTOM_TIER)) {
      return Arbitraries.of("gold", "silver", "Gold", "𝄞", "a").map(v -> (Object) v);
    }
    return switch (field.kind()) {
      case TEXT -> Arbitraries.of(TEXTS).map(v -> (Object) v);
      case LONG -> Arbitraries.of(LONGS).map(v -> (Object) v);
      case DECIMAL -> Arbitraries.of(DECIMALS).map(v -> (Object) v);
      case BOOLEAN -> Arbitraries.of(true, false).map(v -> (Object) v);
      case INSTANT -> Arbitraries.of(INSTANTS).map(v -> (Object) v);
      case DATE -> Arbitraries.of(DATES).map(v -> (Object) v);
    };
  }
}
