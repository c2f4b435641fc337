package io.crmkit.core.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NormalizerTest {
  private final Normalizer n = Normalizer.standard();

  @Nested
  @DisplayName("person names")
  class Names {
    @Test
    void foldsAccentsCaseAndPunctuation() {
      assertThat(n.normalize(FieldKind.GIVEN_NAME, "  ZOË-Anne ")).isEqualTo("zoe anne");
      assertThat(n.normalize(FieldKind.FAMILY_NAME, "Straße")).isEqualTo("strasse");
      assertThat(n.normalize(FieldKind.FAMILY_NAME, "Ó Briain")).isEqualTo("o briain");
      assertThat(n.normalize(FieldKind.FAMILY_NAME, "O'Brien")).isEqualTo("obrien");
      assertThat(n.normalize(FieldKind.FAMILY_NAME, "Łukasiewicz")).isEqualTo("lukasiewicz");
    }

    @Test
    void dropsTitlesAndSuffixes() {
      assertThat(n.normalize(FieldKind.GIVEN_NAME, "Dr. Martin")).isEqualTo("martin");
      assertThat(n.normalize(FieldKind.FAMILY_NAME, "King Jr.")).isEqualTo("king");
      assertThat(n.normalize(FieldKind.FULL_NAME, "Mrs. Ada Lovelace PhD")).isEqualTo("ada lovelace");
    }

    @Test
    void readsFamilyCommaGiven() {
      assertThat(n.normalize(FieldKind.FULL_NAME, "Lovelace, Ada")).isEqualTo("ada lovelace");
      assertThat(n.normalize(FieldKind.FULL_NAME, "Martin Luther King, Jr.")).isEqualTo("martin luther king");
    }

    @Test
    void nicknamesShareAGroupWithTheirName() {
      assertThat(Nicknames.standard().sameName("bill", "william")).isTrue();
      assertThat(Nicknames.standard().sameName("peggy", "margaret")).isTrue();
      assertThat(Nicknames.standard().sameName("al", "alfred")).isTrue();
      assertThat(Nicknames.standard().sameName("bill", "robert")).isFalse();
    }
  }

  @Test
  @DisplayName("e-mails: case always; dots and plus-tags only where the provider ignores them")
  void emails() {
    assertThat(n.normalize(FieldKind.EMAIL, " Ada.Lovelace+crm@GoogleMail.com ")).isEqualTo("adalovelace@gmail.com");
    assertThat(n.normalize(FieldKind.EMAIL, "ada.lovelace+news@outlook.com")).isEqualTo("ada.lovelace@outlook.com");
    assertThat(n.normalize(FieldKind.EMAIL, "ada.lovelace+x@example.com")).isEqualTo("ada.lovelace+x@example.com");
  }

  @Test
  @DisplayName("phones to E.164 in the default region; unreadable ones keep their digits")
  void phones() {
    assertThat(n.normalize(FieldKind.PHONE, "(415) 555-2671")).isEqualTo("+14155552671");
    assertThat(n.normalize(FieldKind.PHONE, "+1 415.555.2671")).isEqualTo("+14155552671");
    assertThat(Normalizer.forRegion("de").normalize(FieldKind.PHONE, "030 1234567")).isEqualTo("+49301234567");
    assertThat(n.normalize(FieldKind.PHONE, "ext 12")).isEqualTo("12");
    assertThatThrownBy(() -> Normalizer.forRegion("XX")).isInstanceOf(ValidationException.class).hasMessageContaining("XX");
  }

  @Test
  @DisplayName("streets and places: abbreviations spelt out, unit designators unified")
  void addresses() {
    assertThat(n.normalize(FieldKind.STREET, "12 Main St.")).isEqualTo("12 main street");
    assertThat(n.normalize(FieldKind.STREET, "Apt 4, 7 Oak Ave")).isEqualTo("unit 4 7 oak avenue");
    assertThat(n.normalize(FieldKind.STREET, "#4 7 Oak Avenue")).isEqualTo("unit 4 7 oak avenue");
    assertThat(n.normalize(FieldKind.CITY, "St. Louis")).isEqualTo("saint louis");
    assertThat(n.normalize(FieldKind.POSTCODE, "SW1A 1AA")).isEqualTo("sw1a1aa");
    assertThat(n.normalize(FieldKind.COUNTRY, "United Kingdom")).isEqualTo("gb");
    assertThat(n.normalize(FieldKind.COUNTRY, "Deutschland")).isEqualTo("de");
  }

  @Test
  @DisplayName("dates: tolerant formats, invalid dates keep their digits")
  void dates() {
    assertThat(n.normalize(FieldKind.DATE, "19600210")).isEqualTo("1960-02-10");
    assertThat(n.normalize(FieldKind.DATE, "1960-2-10")).isEqualTo("1960-02-10");
    assertThat(n.normalize(FieldKind.DATE, "10/02/1960")).isEqualTo("1960-02-10");
    assertThat(n.normalize(FieldKind.DATE, "02/25/1960")).isEqualTo("1960-02-25");
    assertThat(n.normalize(FieldKind.DATE, "25.02.1960")).isEqualTo("1960-02-25");
    assertThat(n.normalize(FieldKind.DATE, "19990231")).isEqualTo("19990231");
  }

  @Test
  @DisplayName("companies: legal suffixes, a leading 'the', '&' and punctuation")
  void companies() {
    assertThat(n.normalize(FieldKind.COMPANY, "The Acme Widget Co., Inc.")).isEqualTo("acme widget");
    assertThat(n.normalize(FieldKind.COMPANY, "Müller & Söhne GmbH")).isEqualTo("muller and sohne");
    assertThat(n.normalize(FieldKind.COMPANY, "Inc")).isEqualTo("inc");
  }

  @Test
  void kindsParseFromTheirCodes() {
    assertThat(FieldKind.parse("given_name")).isEqualTo(FieldKind.GIVEN_NAME);
    assertThat(FieldKind.parse("ID-NUMBER")).isEqualTo(FieldKind.ID_NUMBER);
    assertThatThrownBy(() -> FieldKind.parse("shoe_size"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("shoe_size")
        .hasMessageContaining("given_name");
  }
}
