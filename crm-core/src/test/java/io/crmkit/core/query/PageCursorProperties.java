package io.crmkit.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PageCursorProperties {

  @Property(tries = 200)
  void everyCursorRoundTrips(@ForAll("cursors") PageCursor cursor) {
    String text = cursor.encode();
    assertThat(text).matches("[A-Za-z0-9_-]+");
    assertThat(PageCursor.decode(text, cursor.sort())).isEqualTo(cursor);
  }

  @Provide
  Arbitrary<PageCursor> cursors() {
    Arbitrary<List<ValueKind>> kinds = Arbitraries.of(ValueKind.class).list().ofMaxSize(4);
    return kinds.flatMap(
        ks -> {
          List<Arbitrary<Optional<Object>>> values = new ArrayList<>();
          Sort sort = Sort.byId();
          for (int i = 0; i < ks.size(); i++) {
            FieldRef<?> f = new FieldRef<>("f" + i, ks.get(i));
            sort = i % 2 == 0 ? sort.then(f) : sort.thenDescending(f);
            values.add(value(ks.get(i)).optional());
          }
          Sort finalSort = sort;
          Arbitrary<String> ids = Arbitraries.strings().ofMinLength(1).ofMaxLength(20);
          return Combinators.combine(Combinators.combine(values).as(vs -> vs), ids)
              .as((vs, id) -> new PageCursor(finalSort, vs, id));
        });
  }

  private static Arbitrary<Object> value(ValueKind kind) {
    return switch (kind) {
      case TEXT -> Arbitraries.strings().all().ofMaxLength(12).map(s -> (Object) s);
      case LONG -> Arbitraries.longs().map(v -> (Object) v);
      case DECIMAL -> Arbitraries.bigDecimals().ofScale(3).map(d -> (Object) d)
          .injectDuplicates(0.1).edgeCases(e -> e.add(new BigDecimal("1E+10")));
      case BOOLEAN -> Arbitraries.of(true, false).map(v -> (Object) v);
      case INSTANT -> Arbitraries.longs().between(-10_000_000_000L, 10_000_000_000L)
          .map(s -> (Object) Instant.ofEpochSecond(s, Math.floorMod(s, 1_000_000_000)));
      case DATE -> Arbitraries.longs().between(-100_000, 100_000).map(d -> (Object) LocalDate.ofEpochDay(d));
    };
  }
}
