package io.crmkit.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ValidationException;
import io.crmkit.core.party.ContactPoint.Kind;
import io.crmkit.core.party.ContactPoint.Purpose;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ContactPointTest {

  @ParameterizedTest(name = "{0} in {1} is {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "(650) 253-0000      | US | +16502530000",
        "+1 650-253-0000     | DE | +16502530000",
        "020 7946 0958       | GB | +442079460958",
        "+44 (0)20 7946 0958 | US | +442079460958",
        "030 901820          | DE | +4930901820",
        "01 42 68 53 00      | FR | +33142685300",
        "03-1234-5678        | JP | +81312345678",
        "098765 43210        | IN | +919876543210",
        "0412 345 678        | AU | +61412345678",
        "11 91234-5678       | BR | +5511912345678",
      })
  void phonesNormaliseToE164(String raw, String region, String e164) {
    ContactPoint p = ContactPoint.phone(raw, region, Purpose.WORK);
    assertThat(p.normalized()).isEqualTo(e164);
    assertThat(p.raw()).isEqualTo(raw);
    assertThat(p.kind()).isEqualTo(Kind.PHONE);
    // the E.164 form reads back as itself in any region
    assertThat(ContactPoint.phone(e164, "ZZ", Purpose.WORK).normalized()).isEqualTo(e164);
  }

  @ParameterizedTest(name = "{0} in {1} is rejected")
  @CsvSource(
      delimiter = '|',
      value = {"12345 | US", "not a number | GB", "+1 555 | DE", "0000 000000 | DE", "+999 123456789 | US", "030 1 | DE"})
  void invalidPhonesAreRejectedNamingTheNumber(String raw, String region) {
    assertThatThrownBy(() -> ContactPoint.phone(raw, region, Purpose.HOME))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("'" + raw + "'")
        .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("phone"));
  }

  @Test
  void emailsAreTrimmedAndLowerCased() {
    ContactPoint p = ContactPoint.email("  Ada.Lovelace@Example.COM ", Purpose.WORK);
    assertThat(p.normalized()).isEqualTo("ada.lovelace@example.com");
    assertThat(p.primary()).isFalse();
    assertThat(p.asPrimary().asVerified()).satisfies(q -> {
      assertThat(q.primary()).isTrue();
      assertThat(q.verified()).isTrue();
      assertThat(q.normalized()).isEqualTo(p.normalized());
    });
    for (String bad : List.of("ada", "ada@", "@example.com", "ada@example", "a da@example.com", "ada@@example.com", "ada@example..com")) {
      assertThatThrownBy(() -> ContactPoint.email(bad, Purpose.WORK))
          .as(bad)
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("'" + bad + "' is not an e-mail address");
    }
  }

  @Test
  void webAndSocialAreNormalised() {
    assertThat(ContactPoint.web("WWW.Example.com/", Purpose.WORK).normalized()).isEqualTo("https://www.example.com");
    assertThat(ContactPoint.web("HTTP://Example.com:8080/About?x=1", Purpose.WORK).normalized())
        .isEqualTo("http://example.com:8080/About?x=1");
    assertThatThrownBy(() -> ContactPoint.web("ftp://example.com", Purpose.WORK)).hasMessageContaining("http(s)");
    assertThatThrownBy(() -> ContactPoint.web("localhost", Purpose.WORK)).isInstanceOf(ValidationException.class);

    ContactPoint s = ContactPoint.social(" LinkedIn ", "@Ada-Lovelace");
    assertThat(s.normalized()).isEqualTo("linkedin:ada-lovelace");
    assertThat(s.network()).contains("linkedin");
    assertThatThrownBy(() -> ContactPoint.social("mastodon", "ada lovelace")).hasMessageContaining("no spaces");
  }

  @Test
  void postalPointsCarryTheirAddress() {
    PostalAddress a = PostalAddress.of(List.of(" Unter den Linden 1 "), "Berlin", "10117", "de");
    ContactPoint p = ContactPoint.postal(a, Purpose.BILLING);
    assertThat(a.countryCode()).isEqualTo("DE");
    assertThat(p.normalized()).isEqualTo("Unter den Linden 1, 10117 Berlin, DE");
    assertThat(p.address()).contains(a);
    assertThatThrownBy(() -> PostalAddress.of(List.of("x"), "Y", "1", "XX")).hasMessageContaining("ISO 3166-1");
    assertThatThrownBy(() -> PostalAddress.of(List.of(), "Y", "1", "DE")).hasMessageContaining("at least one line");
  }

  @Test
  void theConstructorRefusesInconsistentPoints() {
    assertThatThrownBy(
            () -> new ContactPoint(Kind.EMAIL, "Ada@Example.com", "Ada@Example.com", Purpose.WORK, false, false, Optional.empty(), Optional.empty()))
        .hasMessageContaining("expected 'ada@example.com'");
    assertThatThrownBy(
            () -> new ContactPoint(Kind.PHONE, "030 901820", "030901820", Purpose.WORK, false, false, Optional.empty(), Optional.empty()))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(
            () -> new ContactPoint(Kind.POSTAL, "x", "x", Purpose.WORK, false, false, Optional.empty(), Optional.empty()))
        .hasMessageContaining("needs an address");
    assertThatThrownBy(
            () -> new ContactPoint(Kind.EMAIL, "a@b.co", "a@b.co", Purpose.WORK, false, false, Optional.empty(), Optional.of("x")))
        .hasMessageContaining("only SOCIAL");
  }

  @Test
  void personNamesAcceptAnyScriptAndCompareInNfc() {
    PersonName composed = PersonName.of("Zo\u00eb", "M\u00fcller");
    PersonName decomposed = PersonName.of("Zoe\u0308", " Mu\u0308ller ");
    assertThat(decomposed).isEqualTo(composed);
    assertThat(PersonName.of("", "毛泽东").fullName()).isEqualTo("毛泽东");
    assertThat(PersonName.of("Ada", "Lovelace").withPrefix("Countess").withMiddle("King").withSuffix("FRS").fullName())
        .isEqualTo("Countess Ada King Lovelace FRS");
    assertThat(PersonName.of("Σωκράτης", "").familyName()).isEmpty();
    assertThatThrownBy(() -> PersonName.of(" ", "")).hasMessageContaining("needs a given or a family name");
    assertThatThrownBy(() -> PersonName.of("Ada\u0000", "L")).hasMessageContaining("control characters");
  }
}
