package io.crmkit.testkit.arbitrary;

import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.query.ValueKind;
import io.crmkit.core.store.EntityType;
import io.crmkit.core.store.FieldBinding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Random {@link Criteria} trees over the declared fields of one {@link EntityType}: every comparison the
 * query model has ({@code eq}, {@code in} with 0 to 4 values, one- and two-sided ranges, {@code prefix},
 * {@code contains}, {@code isNull}) combined by {@code and}, {@code or} (including empty ones) and
 * {@code not}, up to a depth. Values are of the field's kind; with {@link #withValuesFrom} most are taken
 * from given records (and text fragments from their values), so that criteria actually match some of them.
 *
 * <p>{@code CrmArbitraries.criteria(Contact.TYPE).withValuesFrom(contacts).ofMaxDepth(2)}
 *
 * @param <T> the record type
 */
public final class CriteriaArbitrary<T> extends ArbitraryDecorator<Criteria> {
  private final EntityType<?, ?> type;
  private List<T> records = List.of();
  private int maxDepth = 3;

  CriteriaArbitrary(EntityType<?, ?> type) {
    this.type = Objects.requireNonNull(type, "type");
  }

  /** Draws most comparison values from the fields of {@code sample}. */
  public CriteriaArbitrary<T> withValuesFrom(Collection<? extends T> sample) {
    CriteriaArbitrary<T> clone = typedClone();
    clone.records = List.copyOf(sample);
    return clone;
  }

  /** Trees at most {@code depth} levels of {@code and}/{@code or}/{@code not} deep (0: single comparisons). */
  public CriteriaArbitrary<T> ofMaxDepth(int depth) {
    if (depth < 0 || depth > 6) {
      throw new IllegalArgumentException("depth must be between 0 and 6 but was " + depth);
    }
    CriteriaArbitrary<T> clone = typedClone();
    clone.maxDepth = depth;
    return clone;
  }

  @Override
  protected Arbitrary<Criteria> arbitrary() {
    List<Arbitrary<Criteria>> leaves = new ArrayList<>();
    for (FieldBinding<?> b : type.fields().values()) {
      leaves.add(leaves(b.ref(), sampleValues(b)));
    }
    Arbitrary<Criteria> leaf = Arbitraries.oneOf(leaves);
    return tree(leaf, maxDepth);
  }

  private static Arbitrary<Criteria> tree(Arbitrary<Criteria> leaf, int depth) {
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<Criteria> sub = tree(leaf, depth - 1);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, leaf),
        net.jqwik.api.Tuple.of(2, sub.list().ofMaxSize(3).map(Criteria::and)),
        net.jqwik.api.Tuple.of(2, sub.list().ofMaxSize(3).map(Criteria::or)),
        net.jqwik.api.Tuple.of(1, sub.map(Criteria::not)));
  }

  /** The values the sample records hold in field {@code b}. */
  @SuppressWarnings("unchecked")
  private List<Object> sampleValues(FieldBinding<?> b) {
    LinkedHashSet<Object> out = new LinkedHashSet<>();
    for (T r : records) {
      out.addAll(((FieldBinding<T>) b).values(r));
    }
    return List.copyOf(out);
  }

  private static Arbitrary<Criteria> leaves(FieldRef<?> ref, List<Object> known) {
    Arbitrary<Object> values = values(ref.kind());
    if (!known.isEmpty()) {
      values = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, Arbitraries.of(known)), net.jqwik.api.Tuple.of(1, values));
    }
    Arbitrary<Object> v = values;
    List<net.jqwik.api.Tuple.Tuple2<Integer, Arbitrary<? extends Criteria>>> choices = new ArrayList<>();
    choices.add(net.jqwik.api.Tuple.of(4, v.map(x -> new Criteria.Eq(ref, x))));
    choices.add(net.jqwik.api.Tuple.of(2, v.list().ofMaxSize(4).map(xs -> new Criteria.In(ref, new LinkedHashSet<>(xs)))));
    choices.add(net.jqwik.api.Tuple.of(1, Arbitraries.just(new Criteria.IsNull(ref))));
    if (ref.kind() != ValueKind.BOOLEAN) {
      choices.add(
          net.jqwik.api.Tuple.of(
              3,
              Combinators.combine(v, v, Arbitraries.integers().between(0, 2), Arbitraries.of(false, true), Arbitraries.of(false, true))
                  .as(
                      (a, b, shape, loIn, hiIn) ->
                          new Criteria.Range(
                              ref,
                              shape == 1 ? Optional.empty() : Optional.of(a),
                              loIn,
                              shape == 0 ? Optional.empty() : Optional.of(shape == 1 ? a : b),
                              hiIn))));
    }
    if (ref.kind() == ValueKind.TEXT) {
      Arbitrary<String> fragments =
          Combinators.combine(v, Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 3))
              .as((x, start, len) -> fragment((String) x, start, len));
      choices.add(net.jqwik.api.Tuple.of(2, fragments.map(f -> new Criteria.Prefix(ref, f))));
      choices.add(net.jqwik.api.Tuple.of(2, Combinators.combine(v, Arbitraries.integers().between(0, 3)).as((x, len) -> fragment((String) x, 0, len))
          .map(f -> new Criteria.Contains(ref, f))));
    }
    List<net.jqwik.api.Tuple.Tuple2<Integer, Arbitrary<Criteria>>> typed = new ArrayList<>();
    for (net.jqwik.api.Tuple.Tuple2<Integer, Arbitrary<? extends Criteria>> c : choices) {
      typed.add(net.jqwik.api.Tuple.of(c.get1(), c.get2().map(x -> (Criteria) x)));
    }
    return Arbitraries.frequencyOf(typed);
  }

  /** Up to {@code len} code points of {@code text} from code point {@code start} (clamped). */
  private static String fragment(String text, int start, int len) {
    int n = text.codePointCount(0, text.length());
    int from = Math.min(start, n);
    int to = Math.min(from + len, n);
    return text.substring(text.offsetByCodePoints(0, from), text.offsetByCodePoints(0, to));
  }

  private static Arbitrary<Object> values(ValueKind kind) {
    switch (kind) {
      case TEXT:
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().alpha().ofMaxLength(6)),
                net.jqwik.api.Tuple.of(1, Texts.words()),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("CUSTOMER", "user:u-1", "OPEN", "contact:1")))
            .map(x -> (Object) x);
      case LONG:
        return Arbitraries.longs().map(x -> (Object) x);
      case DECIMAL:
        return Combinators.combine(Arbitraries.longs().between(-1_000_000L, 1_000_000L), Arbitraries.integers().between(0, 4))
            .as((u, s) -> (Object) BigDecimal.valueOf(u, s));
      case BOOLEAN:
        return Arbitraries.of(false, true).map(x -> (Object) x);
      case INSTANT:
        return Times.instants().map(x -> (Object) x);
      default:
        return Times.dates().map(x -> (Object) x);
    }
  }
}
