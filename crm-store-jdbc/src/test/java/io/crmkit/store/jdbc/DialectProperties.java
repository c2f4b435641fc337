package io.crmkit.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.query.Values;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * H2's text transform: plain UTF-16 comparison of transformed text is code-point order of the original,
 * and equality, prefixes and substrings survive it (so LIKE on stored text means what Criteria says).
 */
class DialectProperties {
  @Property(tries = 1000)
  void utf16OrderOfTheTransformIsCodePointOrder(@ForAll("texts") String a, @ForAll("texts") String b) {
    int expected = Integer.signum(Values.CODE_POINT_ORDER.compare(a, b));
    assertThat(Integer.signum(Dialect.H2.text(a).compareTo(Dialect.H2.text(b)))).isEqualTo(expected);
  }

  @Property(tries = 500)
  void equalityPrefixesAndSubstringsArePreserved(@ForAll("texts") String a, @ForAll("texts") String b) {
    String ta = Dialect.H2.text(a);
    String tb = Dialect.H2.text(b);
    assertThat(ta.length()).isEqualTo(a.length());
    assertThat(ta.equals(tb)).isEqualTo(a.equals(b));
    assertThat(ta.startsWith(tb)).isEqualTo(a.startsWith(b));
    assertThat(ta.contains(tb)).isEqualTo(a.contains(b));
  }

  @Property(tries = 200)
  void postgresKeepsTextUnchanged(@ForAll("texts") String a) {
    assertThat(Dialect.POSTGRESQL.text(a)).isSameAs(a);
  }

  /** Text mixing ASCII, the BMP above the surrogates, and supplementary characters. */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces = Arbitraries.of("a", "b", "Z", "é", "\uE000", "\uFF21", "\uFFFF", "𝄞", "😀", "\uD7FF", "%", "_");
    return pieces.list().ofMaxSize(4).map(p -> String.join("", p));
  }
}
