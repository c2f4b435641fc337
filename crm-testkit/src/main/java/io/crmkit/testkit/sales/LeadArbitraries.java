package io.crmkit.testkit.sales;

import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.party.PostalAddress;
import io.crmkit.sales.lead.Lead;
import io.crmkit.sales.lead.LeadId;
import io.crmkit.sales.lead.LeadRating;
import io.crmkit.sales.lead.LeadSource;
import io.crmkit.sales.lead.LifecycleStage;
import io.crmkit.testkit.arbitrary.CrmArbitraries;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries for crm-sales' leads: new {@link Lead}s (version 0, status {@code new}) built through
 * {@link Lead#builder}, with Unicode names, with and without company, title, e-mail, phone, address, domain,
 * industry and rating, every standard {@link LeadSource} and custom ones, every {@link LifecycleStage}, shared
 * with one of a few partner accounts ({@code partner-0} … {@code partner-4}) or direct, and {@code createdAt ≤ updatedAt}.
 *
 * <p>{@code @Property void p(@ForAll("leads") Lead l) ...} with {@code @Provide Arbitrary<Lead> leads() {
 * return LeadArbitraries.leads(TenantId.of("acme")); }}
 */
public final class LeadArbitraries {
  private LeadArbitraries() {}

  /** Lead ids: UUIDs, short and Unicode texts. */
  public static Arbitrary<LeadId> leadIds() {
    return CrmArbitraries.ids(LeadId::new);
  }

  /** The standard sources and custom lower snake case codes. */
  public static Arbitrary<LeadSource> leadSources() {
    Arbitrary<LeadSource> standard = Arbitraries.of(
        LeadSource.WEB, LeadSource.PHONE_INQUIRY, LeadSource.PARTNER_REFERRAL, LeadSource.EMPLOYEE_REFERRAL,
        LeadSource.PURCHASED_LIST, LeadSource.TRADE_SHOW, LeadSource.CAMPAIGN, LeadSource.OTHER);
    Arbitrary<LeadSource> custom = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12)
        .flatMap(head -> Arbitraries.integers().between(0, 2030).map(n -> LeadSource.of(head + "_" + n)));
    return Arbitraries.frequencyOf(Tuple.of(4, standard), Tuple.of(1, custom));
  }

  /** The accounts of a few partners, {@code partner-0} to {@code partner-4}, so that records share them. */
  public static Arbitrary<AccountId> partnerAccounts() {
    return Arbitraries.integers().between(0, 4).map(n -> new AccountId("partner-" + n));
  }

  /** Every lifecycle stage. */
  public static Arbitrary<LifecycleStage> lifecycleStages() {
    return Arbitraries.of(LifecycleStage.class);
  }

  /** Every rating. */
  public static Arbitrary<LeadRating> ratings() {
    return Arbitraries.of(LeadRating.class);
  }

  /** New leads of any tenant. */
  public static Arbitrary<Lead> leads() {
    return CrmArbitraries.tenantIds().flatMap(LeadArbitraries::leads);
  }

  /** New leads of {@code tenant}. */
  public static Arbitrary<Lead> leads(TenantId tenant) {
    Objects.requireNonNull(tenant, "tenant");
    Arbitrary<Optional<String>> companies = Arbitraries.of("Acme", "Ünïcode GmbH", "株式会社テスト", "Ó Briain & Sons Ltd", "Zeta S.A.")
        .optional(0.7);
    Arbitrary<Optional<String>> titles = Arbitraries.of("CTO", "Head of Procurement", "Directrice générale", "Einkäufer").optional(0.5);
    Arbitrary<Optional<String>> industries = Arbitraries.of("Software", "Manufacturing", "Retail", "Health care").optional(0.4);
    Arbitrary<Optional<String>> domains = Arbitraries.of("acme.example", "https://www.zeta.example/about", "münchen.example")
        .optional(0.5);
    Arbitrary<Optional<ContactPoint>> emails = CrmArbitraries.emails().optional(0.7);
    Arbitrary<Optional<ContactPoint>> phones = CrmArbitraries.phones().optional(0.5);
    Arbitrary<Optional<PostalAddress>> addresses = CrmArbitraries.postalAddresses().optional(0.4);
    Arbitrary<Optional<LeadRating>> ratings = ratings().optional(0.6);
    Arbitrary<Instant> created = CrmArbitraries.instants();
    Arbitrary<Duration> sinceUpdate = Arbitraries.longs().between(0, 86_400L * 400).map(Duration::ofSeconds);

    Arbitrary<Person> people = Combinators.combine(
            leadIds(), CrmArbitraries.personNames(), CrmArbitraries.owners(), created, sinceUpdate, companies, titles, industries)
        .as(Person::new);
    Arbitrary<Optional<AccountId>> partners = partnerAccounts().optional(0.3);
    Arbitrary<Reach> reach = Combinators.combine(domains, emails, phones, addresses, ratings, leadSources(), lifecycleStages(), partners)
        .as(Reach::new);
    return Combinators.combine(people, reach).as((p, r) -> {
      Lead.Builder b = Lead.builder(p.id(), tenant).name(p.name()).owner(p.owner())
          .createdAt(p.createdAt()).updatedAt(p.createdAt().plus(p.sinceUpdate()))
          .source(r.source()).stage(r.stage());
      p.company().ifPresent(b::company);
      p.title().ifPresent(b::jobTitle);
      p.industry().ifPresent(b::industry);
      r.domain().ifPresent(b::companyDomain);
      r.email().ifPresent(b::email);
      r.phone().ifPresent(b::phone);
      r.address().ifPresent(b::address);
      r.rating().ifPresent(b::rating);
      r.partner().ifPresent(b::partner);
      return b.build();
    });
  }

  /** Who the lead is. */
  private record Person(
      LeadId id, PersonName name, Owner owner, Instant createdAt, Duration sinceUpdate, Optional<String> company,
      Optional<String> title, Optional<String> industry) {}

  /** How to reach the lead and how it is classified. */
  private record Reach(
      Optional<String> domain, Optional<ContactPoint> email, Optional<ContactPoint> phone, Optional<PostalAddress> address,
      Optional<LeadRating> rating, LeadSource source, LifecycleStage stage, Optional<AccountId> partner) {}
}
