package io.crmkit.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.party.PostalAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartyExtractorsTest {
  final Clock clock = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);
  final TenantId tenant = TenantId.of("acme");

  Contact contact(String id, String given, String family, String email) {
    return Contact.builder(new ContactId(id), tenant)
        .name(PersonName.of(given, family))
        .contactPoint(ContactPoint.email(email, ContactPoint.Purpose.WORK).asPrimary())
        .contactPoint(ContactPoint.phone("+44 20 7946 0018", "GB", ContactPoint.Purpose.WORK))
        .contactPoint(ContactPoint.postal(PostalAddress.of(List.of("12 Main St"), "London", "SW1A 1AA", "GB"),
            ContactPoint.Purpose.WORK))
        .owner(Owner.user("u1"))
        .timestamps(clock)
        .build();
  }

  @Test
  void contactsBecomeMatchRecordsAndMatch() {
    RecordExtractor<Contact> x = PartyExtractors.contacts();
    MatchRecord a = x.extract(contact("c1", "William", "Gates", "bill@example.com"));
    assertThat(a.id()).isEqualTo("c1");
    assertThat(a.values()).containsEntry("given_name", "William").containsEntry("email", "bill@example.com")
        .containsEntry("phone", "+442079460018").containsEntry("city", "London").containsEntry("country", "GB");
    MatchRecord b = x.extract(contact("c2", "Bill", "Gates", "bill@example.com"));
    RuleOutcome o = RuleMatcher.of(x.schema(), MatchRule.all(
        MatchRule.field("given_name", MatchMethod.PHONETIC, 1.0),
        MatchRule.field("email", MatchMethod.EXACT, 1.0))).evaluate(a, b);
    assertThat(o.matched()).isTrue();
  }

  @Test
  void accountsBecomeMatchRecords() {
    Account account = Account.builder(new AccountId("a1"), tenant).name("Acme Widgets GmbH").domain("acme.example")
        .owner(Owner.user("u1")).timestamps(clock).build();
    MatchRecord r = PartyExtractors.accounts().extract(account);
    assertThat(r.values()).containsEntry("name", "Acme Widgets GmbH").containsEntry("domain", "acme.example");
    assertThat(Normalizer.standard().normalize(FieldKind.COMPANY, r.value("name").orElseThrow())).isEqualTo("acme widgets");
  }
}
