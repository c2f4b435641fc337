package io.crmkit.testkit.arbitrary;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.consent.ConsentAction;
import io.crmkit.core.consent.ConsentEvent;
import io.crmkit.core.money.Money;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PartyRelationship;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.party.RelationshipRole;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Shrinkable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Generated values are varied")
class GeneratedValuesAreVariedTest {

  private static <T> List<T> sample(Arbitrary<T> arbitrary, int n) {
    return arbitrary.sampleStream().limit(n).toList();
  }

  private static <T> Set<T> edgeCases(Arbitrary<T> arbitrary) {
    Set<T> out = new java.util.HashSet<>();
    for (Shrinkable<T> s : arbitrary.edgeCases()) {
      out.add(s.value());
    }
    return out;
  }

  private static boolean anyCodePoint(String s, Predicate<Integer> p) {
    return s.codePoints().anyMatch(p::test);
  }

  private static boolean inScript(String s, Character.UnicodeScript script) {
    return anyCodePoint(s, c -> Character.UnicodeScript.of(c) == script);
  }

  @Nested
  @DisplayName("names")
  class Names {
    final List<String> names = sample(CrmArbitraries.personNames(), 1000).stream().map(PersonName::fullName).toList();

    @Test
    @DisplayName("come in many scripts, with accents, supplementary characters and emoji")
    void scripts() {
      assertThat(names).anyMatch(n -> n.chars().allMatch(c -> c < 128));
      assertThat(names).anyMatch(n -> !Normalizer.normalize(n, Normalizer.Form.NFD).equals(n)); // accents
      for (Character.UnicodeScript script :
          List.of(
              Character.UnicodeScript.LATIN, Character.UnicodeScript.CYRILLIC, Character.UnicodeScript.GREEK,
              Character.UnicodeScript.ARABIC, Character.UnicodeScript.HEBREW, Character.UnicodeScript.HAN,
              Character.UnicodeScript.HANGUL, Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.DEVANAGARI)) {
        assertThat(names).as("a name in %s", script).anyMatch(n -> inScript(n, script));
      }
      assertThat(names).as("supplementary characters").anyMatch(n -> anyCodePoint(n, c -> c > 0xFFFF));
      assertThat(names).as("emoji").anyMatch(n -> anyCodePoint(n, c -> c >= 0x1F300 && c <= 0x1FAFF));
      assertThat(names).as("combining marks kept where no precomposed form exists")
          .anyMatch(n -> anyCodePoint(n, c -> Character.getType(c) == Character.NON_SPACING_MARK));
    }

    @Test
    @DisplayName("include given-only, family-only and full names with middle, prefix and suffix")
    void shapes() {
      List<PersonName> sample = sample(CrmArbitraries.personNames(), 1000);
      assertThat(sample).anyMatch(n -> n.family().isEmpty());
      assertThat(sample).anyMatch(n -> n.given().isEmpty());
      assertThat(sample).anyMatch(n -> n.middle().isPresent());
      assertThat(sample).anyMatch(n -> n.prefix().isPresent());
      assertThat(sample).anyMatch(n -> n.suffix().isPresent());
      assertThat(sample).anyMatch(n -> n.middle().isEmpty() && n.prefix().isEmpty() && n.suffix().isEmpty());
    }
  }

  @Test
  @DisplayName("zones: hundreds of them, with daylight saving, without, and with half- or quarter-hour offsets")
  void zones() {
    List<ZoneId> zones = sample(CrmArbitraries.zoneIds(), 1000);
    Instant now = Instant.parse("2026-01-15T00:00:00Z");
    assertThat(Set.copyOf(zones)).hasSizeGreaterThan(150);
    assertThat(zones).anyMatch(z -> !z.getRules().isFixedOffset() && z.getRules().nextTransition(now) != null);
    assertThat(zones).anyMatch(z -> z.getRules().getStandardOffset(now).getTotalSeconds() % 3600 != 0);
    assertThat(zones).anyMatch(z -> z.getRules().getStandardOffset(now).getTotalSeconds() % 1800 != 0); // +5:45, +12:45
  }

  @Test
  @DisplayName("money: many currencies of 0, 2 and 3 fraction digits, amounts of every sign, rounded or not")
  void money() {
    List<Money> sample = sample(CrmArbitraries.money(), 1000);
    assertThat(sample.stream().map(Money::currency).collect(Collectors.toSet())).hasSizeGreaterThan(60);
    Set<Integer> digits = sample.stream().map(m -> Money.fractionDigits(m.currency())).collect(Collectors.toSet());
    assertThat(digits).contains(0, 2, 3);
    assertThat(sample).anyMatch(Money::isNegative).anyMatch(Money::isZero).anyMatch(m -> m.amount().signum() > 0);
    assertThat(sample).anyMatch(m -> !m.isRounded()).anyMatch(Money::isRounded);
  }

  @Test
  @DisplayName("phones: numbers of many regions")
  void phones() {
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    Set<String> regions =
        sample(CrmArbitraries.phoneNumbers(), 1000).stream()
            .map(n -> {
              try {
                return util.getRegionCodeForNumber(util.parse(n, "ZZ"));
              } catch (com.google.i18n.phonenumbers.NumberParseException e) {
                throw new AssertionError(e);
              }
            })
            .collect(Collectors.toSet());
    assertThat(regions).hasSizeGreaterThan(100);
    assertThat(Set.copyOf(sample(CrmArbitraries.phones(), 300).stream().map(ContactPoint::raw).toList()))
        .anyMatch(raw -> !raw.startsWith("+"))
        .anyMatch(raw -> raw.startsWith("+") && raw.contains(" "));
  }

  @Test
  @DisplayName("contacts: many tenants, every optional part both present and absent, short and long lists")
  void contacts() {
    List<Contact> sample = sample(CrmArbitraries.contacts(), 500);
    assertThat(sample.stream().map(Contact::tenantId).collect(Collectors.toSet())).hasSizeGreaterThan(100);
    assertThat(sample).anyMatch(c -> c.account().isPresent()).anyMatch(c -> c.account().isEmpty());
    assertThat(sample).anyMatch(c -> c.jobTitle().isPresent()).anyMatch(c -> c.jobTitle().isEmpty());
    assertThat(sample).anyMatch(c -> c.contactPoints().isEmpty());
    assertThat(sample).anyMatch(c -> c.contactPoints().size() == 1);
    assertThat(sample).anyMatch(c -> c.contactPoints().size() >= 4);
    assertThat(sample).anyMatch(c -> c.contactPoints().stream().anyMatch(ContactPoint::primary));
    assertThat(sample.stream().flatMap(c -> c.contactPoints().stream()).map(ContactPoint::kind).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(ContactPoint.Kind.values());
    assertThat(sample).anyMatch(c -> c.externalIds().isEmpty()).anyMatch(c -> c.externalIds().size() > 1);
    assertThat(sample).anyMatch(c -> c.customFields().isEmpty()).anyMatch(c -> c.customFields().values().size() > 1);
    assertThat(sample).anyMatch(c -> c.createdAt().equals(c.updatedAt())).anyMatch(c -> c.createdAt().isBefore(c.updatedAt()));
  }

  @Test
  @DisplayName("activities: every type in every status, with and without end, due date, reminder and direction")
  void activities() {
    List<Activity> sample = sample(CrmArbitraries.activities(), 1000);
    Set<String> combos = sample.stream().map(a -> a.type() + "/" + a.status()).collect(Collectors.toSet());
    assertThat(combos).hasSize(15);
    assertThat(sample).anyMatch(a -> a.endsAt().isPresent()).anyMatch(a -> a.dueAt().isPresent());
    assertThat(sample).anyMatch(a -> a.remindAt().isPresent()).anyMatch(a -> a.direction().isPresent());
    assertThat(sample).anyMatch(a -> a.links().size() == 1).anyMatch(a -> a.links().size() >= 3);
    assertThat(sample).anyMatch(a -> a.body().isPresent()).anyMatch(a -> a.body().isEmpty());
  }

  @Test
  @DisplayName("consent: every action and channel, withdrawals of every purpose, double opt-in grants")
  void consent() {
    List<ConsentEvent> sample = sample(CrmArbitraries.consentEvents(), 1000);
    assertThat(sample.stream().map(ConsentEvent::action).collect(Collectors.toSet())).containsExactlyInAnyOrder(ConsentAction.values());
    assertThat(sample).anyMatch(e -> e.purpose().isAll()).anyMatch(ConsentEvent::doubleOptIn);
    assertThat(sample).anyMatch(e -> e.party().type().equals("account")).anyMatch(e -> e.party().type().equals("contact"));
  }

  @Test
  @DisplayName("relationships: every role, open-ended, dated on one side and on both")
  void relationships() {
    List<PartyRelationship> sample = sample(CrmArbitraries.partyRelationships(), 1000);
    EnumSet<RelationshipRole> roles = EnumSet.noneOf(RelationshipRole.class);
    sample.forEach(r -> roles.add(r.role()));
    assertThat(roles).containsExactlyInAnyOrder(RelationshipRole.values());
    assertThat(sample).anyMatch(r -> r.fromDate().isEmpty() && r.thruDate().isEmpty());
    assertThat(sample).anyMatch(r -> r.fromDate().isPresent() && r.thruDate().isPresent());
    assertThat(sample).anyMatch(r -> r.fromDate().isPresent() != r.thruDate().isPresent());
    assertThat(sample).anyMatch(r -> r.role() == RelationshipRole.PARTNER_OF && !r.from().type().equals(r.to().type()));
  }

  @Test
  @DisplayName("edge cases: shortest and longest ids and tenant ids, zero money, tricky zones, leap days")
  void edgeCasesShowUp() {
    assertThat(edgeCases(CrmArbitraries.idTexts())).contains("1", "z".repeat(128));
    assertThat(edgeCases(CrmArbitraries.tenantIds()).stream().map(t -> t.value()).toList()).contains("a", "T".repeat(64));
    assertThat(edgeCases(CrmArbitraries.money().inCurrency(Money.currency("EUR")))).contains(Money.of("0", "EUR"), Money.of("-0.01", "EUR"));
    assertThat(edgeCases(CrmArbitraries.zoneIds())).contains(ZoneId.of("Asia/Kathmandu"), ZoneId.of("UTC"));
    assertThat(edgeCases(CrmArbitraries.dates())).contains(java.time.LocalDate.of(2024, 2, 29));
    assertThat(edgeCases(CrmArbitraries.instants())).contains(Instant.parse("2000-01-01T00:00:00Z"), Instant.parse("2040-01-01T00:00:00Z"));
  }
}
