package io.crmkit.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TextScrubberTest {
  static final String MARK = RecordErasure.ERASED;

  @Test
  @DisplayName("replaces every value, ignoring case in any script, the full name before a part of it")
  void replaces() {
    TextScrubber s = TextScrubber.of(List.of("Zoë", "Zoë Ó Briain", "ZOË@example.org"), MARK);
    assertThat(s.apply("Call ZOË Ó BRIAIN at zoë@EXAMPLE.org, then Zoë")).isEqualTo("Call " + MARK + " at " + MARK + ", then " + MARK);
    assertThat(s.matches("nothing here")).isFalse();
    assertThat(s.matches("write to zoë@example.org")).isTrue();
  }

  @Test
  @DisplayName("treats values literally, leaves values under three characters and the marker itself alone")
  void literal() {
    TextScrubber s = TextScrubber.of(List.of("+49 30 123", "Al", MARK, " "), MARK);
    assertThat(s.apply("+49 30 123 or +49 30 1234, Al")).isEqualTo(MARK + " or " + MARK + "4, Al");
    assertThat(TextScrubber.of(List.of(), MARK).apply("unchanged")).isEqualTo("unchanged");
  }
}
