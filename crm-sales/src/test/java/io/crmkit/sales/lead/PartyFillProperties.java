package io.crmkit.sales.lead;

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
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Reusing a contact or an account fills its empty fields from the lead and never overwrites a value. */
class PartyFillProperties {
  private static final TenantId T = TenantId.of("acme");
  private static final Instant AT = Instant.parse("2026-02-01T09:00:00Z");

  private static Arbitrary<Optional<String>> maybe(String... values) {
    return Arbitraries.of(values).optional(0.5);
  }

  private static Arbitrary<PersonName> names() {
    return Combinators.combine(
            Arbitraries.of("", "Zoë", "Ada", "Łukasz", "美咲"), Arbitraries.of("", "Ó Briain", "Lovelace", "Nguyễn"),
            maybe("Marie", "José"), maybe("Dr.", "Prof."), maybe("Jr.", "III"))
        .filter((g, f, m, p, s) -> !g.isEmpty() || !f.isEmpty())
        .as(PersonName::new);
  }

  private static Arbitrary<Optional<ContactPoint>> emails() {
    return Arbitraries.of("ada@engines.example", "zoe@acme.example", "info@acme.example")
        .map(e -> ContactPoint.email(e, ContactPoint.Purpose.WORK)).optional(0.5);
  }

  private static Arbitrary<Optional<ContactPoint>> phones() {
    return Arbitraries.of("+12025550143", "+49301234567", "+442079460018")
        .map(p -> ContactPoint.phone(p, "US", ContactPoint.Purpose.WORK)).optional(0.5);
  }

  private static Arbitrary<Optional<PostalAddress>> addresses() {
    return Arbitraries.of(
            PostalAddress.of(List.of("1 Main St"), "Philadelphia", "19104", "US"),
            PostalAddress.of(List.of("Unter den Linden 1"), "Berlin", "10117", "DE"))
        .optional(0.5);
  }

  @Provide
  Arbitrary<Lead> leads() {
    return Combinators.combine(names(), maybe("Acme", "Engines Ltd"), maybe("CTO", "Buyer"), emails(), phones(), addresses(),
            maybe("acme.example", "engines.example"), maybe("Software", "Machinery"))
        .as((name, company, title, email, phone, address, domain, industry) -> {
          Lead.Builder b = Lead.builder(new LeadId("l-1"), T).name(name).owner(Owner.user("u-1")).createdAt(AT).updatedAt(AT);
          company.ifPresent(b::company);
          title.ifPresent(b::jobTitle);
          email.ifPresent(b::email);
          phone.ifPresent(b::phone);
          address.ifPresent(b::address);
          domain.ifPresent(b::companyDomain);
          industry.ifPresent(b::industry);
          return b.build();
        });
  }

  @Provide
  Arbitrary<Contact> contacts() {
    return Combinators.combine(names(), maybe("Analyst", "Poet"), emails(), phones(), addresses(), Arbitraries.of(true, false))
        .as((name, title, email, phone, address, hasAccount) -> {
          Contact.Builder b = Contact.builder(new ContactId("c-1"), T).name(name).owner(Owner.user("u-2"))
              .createdAt(AT.minusSeconds(86_400)).updatedAt(AT.minusSeconds(3_600));
          title.ifPresent(b::jobTitle);
          email.ifPresent(e -> b.contactPoint(e.withPrimary(true)));
          phone.ifPresent(b::contactPoint);
          address.ifPresent(a -> b.contactPoint(ContactPoint.postal(a, ContactPoint.Purpose.HOME)));
          if (hasAccount) {
            b.account(new AccountId("a-old"));
          }
          return b.build();
        });
  }

  @Provide
  Arbitrary<Account> accounts() {
    return Combinators.combine(maybe("other.example", "acme.example"), maybe("Retail", "Banking"), phones(), addresses())
        .as((domain, industry, phone, address) -> {
          Account.Builder b = Account.builder(new AccountId("a-1"), T).name("Existing Name").owner(Owner.user("u-2"))
              .createdAt(AT.minusSeconds(86_400)).updatedAt(AT.minusSeconds(3_600));
          domain.ifPresent(b::domain);
          industry.ifPresent(b::industry);
          phone.ifPresent(b::contactPoint);
          address.ifPresent(a -> b.contactPoint(ContactPoint.postal(a, ContactPoint.Purpose.BILLING)));
          return b.build();
        });
  }

  @Property(tries = 200)
  void reusingAContactNeverOverwritesAValue(@ForAll("contacts") Contact existing, @ForAll("leads") Lead lead) {
    Contact filled = PartyFill.fill(existing, lead, new AccountId("a-new"), AT);
    PersonName n = existing.name();
    if (!n.given().isEmpty()) {
      assertThat(filled.name().given()).isEqualTo(n.given());
    }
    if (!n.family().isEmpty()) {
      assertThat(filled.name().family()).isEqualTo(n.family());
    }
    n.middle().ifPresent(m -> assertThat(filled.name().middle()).contains(m));
    n.prefix().ifPresent(p -> assertThat(filled.name().prefix()).contains(p));
    n.suffix().ifPresent(s -> assertThat(filled.name().suffix()).contains(s));
    existing.jobTitle().ifPresent(t -> assertThat(filled.jobTitle()).contains(t));
    assertThat(filled.account()).isEqualTo(Optional.of(existing.account().orElse(new AccountId("a-new"))));
    assertThat(filled.contactPoints()).containsAll(existing.contactPoints());
    assertThat(filled.owner()).isEqualTo(existing.owner());
    assertThat(filled.id()).isEqualTo(existing.id());
    // and what was empty is filled when the lead has it
    if (existing.jobTitle().isEmpty()) {
      assertThat(filled.jobTitle()).isEqualTo(lead.jobTitle());
    }
    if (existing.contactPoints(ContactPoint.Kind.EMAIL).isEmpty()) {
      assertThat(filled.emails()).isEqualTo(lead.email().map(e -> List.of(e.normalized())).orElse(List.of()));
    }
    assertThat(filled.updatedAt()).isEqualTo(filled.equals(existing) ? existing.updatedAt() : AT);
  }

  @Property(tries = 200)
  void reusingAnAccountNeverOverwritesAValue(@ForAll("accounts") Account existing, @ForAll("leads") Lead lead) {
    Account filled = PartyFill.fill(existing, lead, AT);
    assertThat(filled.name()).isEqualTo(existing.name());
    existing.domain().ifPresent(d -> assertThat(filled.domain()).contains(d));
    existing.industry().ifPresent(i -> assertThat(filled.industry()).contains(i));
    assertThat(filled.contactPoints()).containsAll(existing.contactPoints());
    if (existing.domain().isEmpty()) {
      assertThat(filled.domain()).isEqualTo(lead.companyDomain());
    }
    if (existing.industry().isEmpty()) {
      assertThat(filled.industry()).isEqualTo(lead.industry());
    }
  }
}
