package io.crmkit.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageCursorTest {
  private static final FieldRef<String> NAME = FieldRef.text("name");
  private static final FieldRef<BigDecimal> AMOUNT = FieldRef.decimal("amount");
  private static final FieldRef<Instant> SEEN = FieldRef.instant("seenAt");
  private static final FieldRef<LocalDate> DUE = FieldRef.date("dueOn");
  private static final Sort SORT = Sort.by(NAME).thenDescending(AMOUNT).then(SEEN).then(DUE);

  @Test
  void roundTripsEveryKindAndAbsentValues() {
    PageCursor cursor =
        new PageCursor(
            SORT,
            List.of(Optional.of("Zoë 𝄞"), Optional.of(new BigDecimal("1.00")), Optional.empty(), Optional.of(LocalDate.of(2024, 2, 29))),
            "id-\uD834\uDD1E");
    String text = cursor.encode();
    assertThat(text).matches("[A-Za-z0-9_-]+");
    PageCursor back = PageCursor.decode(text, SORT);
    assertThat(back).isEqualTo(cursor);
    assertThat(back.values().get(1)).contains(new BigDecimal("1.00")); // scale kept
  }

  @Test
  void aCursorOfAnotherSortIsRefused() {
    String text = new PageCursor(Sort.by(NAME), List.of(Optional.of("a")), "x").encode();
    for (Sort other : List.of(Sort.byDescending(NAME), Sort.by(FieldRef.text("other")), Sort.byId(), Sort.by(NAME).then(AMOUNT))) {
      assertThatThrownBy(() -> PageCursor.decode(text, other))
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("cursor"));
    }
  }

  @Test
  void malformedTextIsRefusedOnFieldCursor() {
    String valid = new PageCursor(SORT, List.of(Optional.of("a"), Optional.empty(), Optional.empty(), Optional.empty()), "x").encode();
    byte[] raw = Base64.getUrlDecoder().decode(valid);
    String truncated = Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(raw, raw.length - 3));
    String trailing = Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(raw, raw.length + 2));
    for (String bad : List.of("", "not base64!", "AAAA", truncated, trailing, "__8")) {
      assertThatThrownBy(() -> PageCursor.decode(bad, SORT))
          .as(bad)
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("cursor"));
    }
  }

  @Test
  void valuesMustMatchTheSortKeys() {
    assertThatThrownBy(() -> new PageCursor(Sort.by(NAME), List.of(), "x")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new PageCursor(Sort.by(NAME), List.of(Optional.of(1L)), "x"))
        .isInstanceOf(ValidationException.class);
  }
}
