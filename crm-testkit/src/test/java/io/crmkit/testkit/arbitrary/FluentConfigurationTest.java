package io.crmkit.testkit.arbitrary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityStatus;
import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.ConsentEvent;
import io.crmkit.core.field.CustomFieldSchema;
import io.crmkit.core.money.Money;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.PartyRelationship;
import io.crmkit.core.party.RelationshipRole;
import io.crmkit.core.query.Criteria;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Fluent arbitraries")
class FluentConfigurationTest {
  private static final TenantId ACME = TenantId.of("acme");

  private static <T> List<T> sample(Arbitrary<T> arbitrary, int n) {
    return arbitrary.sampleStream().limit(n).toList();
  }

  @Nested
  @DisplayName("contacts")
  class Contacts {
    @Test
    @DisplayName("can be pinned to a tenant, an account and an owner")
    void pinned() {
      AccountId account = new AccountId("acc-1");
      Owner owner = Owner.team("emea");
      List<Contact> sample = sample(CrmArbitraries.contacts().inTenant(ACME).withAccount(account).ownedBy(owner), 100);
      assertThat(sample).allMatch(c -> c.tenantId().equals(ACME) && c.account().equals(java.util.Optional.of(account)) && c.owner().equals(owner));
      assertThat(sample(CrmArbitraries.contacts().withoutAccount(), 100)).allMatch(c -> c.account().isEmpty());
    }

    @Test
    @DisplayName("configuring returns a new arbitrary and leaves the original as it was")
    void immutable() {
      ContactArbitrary any = CrmArbitraries.contacts();
      ContactArbitrary acme = any.inTenant(ACME);
      assertThat(acme).isNotSameAs(any);
      assertThat(sample(any, 100).stream().map(Contact::tenantId).collect(Collectors.toSet())).hasSizeGreaterThan(10);
      assertThat(sample(acme, 20)).allMatch(c -> c.tenantId().equals(ACME));
    }

    @Test
    @DisplayName("can carry custom fields valid for a schema")
    void customFields() {
      for (CustomFieldSchema schema : sample(CrmArbitraries.customFieldSchemas().forEntityType("contact"), 30)) {
        for (Contact c : sample(CrmArbitraries.contacts().withCustomFields(schema), 5)) {
          assertThat(schema.problems(c.customFields())).isEmpty();
        }
      }
    }
  }

  @Test
  void accountsWithoutDomain() {
    List<Account> sample = sample(CrmArbitraries.accounts().inTenant(ACME).withoutDomain(), 100);
    assertThat(sample).allMatch(a -> a.domain().isEmpty() && a.tenantId().equals(ACME));
  }

  @Test
  void activitiesOfTypeStatusAndLinks() {
    RecordRef ada = new RecordRef("contact", "ada");
    List<Activity> sample =
        sample(CrmArbitraries.activities().inTenant(ACME).ofType(ActivityType.TASK).withStatus(ActivityStatus.OPEN).linkedTo(ada), 200);
    assertThat(sample).allMatch(a -> a.type() == ActivityType.TASK && a.isOpen() && a.links().get(0).equals(ada));
    assertThat(sample).anyMatch(a -> a.links().size() == 1).anyMatch(a -> a.links().size() > 1);
  }

  @Test
  void consentForOneParty() {
    RecordRef ada = new RecordRef("contact", "ada");
    List<ConsentEvent> sample = sample(CrmArbitraries.consentEvents().inTenant(ACME).forParty(ada).onChannel(Channel.SMS), 200);
    assertThat(sample).allMatch(e -> e.party().equals(ada) && e.channel() == Channel.SMS && e.tenantId().equals(ACME));
  }

  @Test
  void relationshipsOfOneRole() {
    List<PartyRelationship> sample = sample(CrmArbitraries.partyRelationships().withRole(RelationshipRole.WORKS_FOR), 200);
    assertThat(sample).allMatch(r -> r.from().type().equals("contact") && r.to().type().equals("account"));
  }

  @Test
  void moneyInOneCurrencyNonNegativeRounded() {
    Currency jpy = Money.currency("JPY");
    List<Money> sample = sample(CrmArbitraries.money().inCurrency(jpy).nonNegative().rounded(), 300);
    assertThat(sample).allMatch(m -> m.currency().equals(jpy) && !m.isNegative() && m.isRounded());
  }

  @Test
  void instantsBetweenAtPrecision() {
    Instant from = Instant.parse("2026-03-29T00:00:00Z");
    Instant to = Instant.parse("2026-03-29T03:00:00Z");
    List<Instant> sample = sample(CrmArbitraries.instants().between(from, to).ofPrecision(ChronoUnit.SECONDS), 300);
    assertThat(sample).allMatch(i -> !i.isBefore(from) && !i.isAfter(to) && i.getNano() == 0);
    List<Instant> edges = new java.util.ArrayList<>();
    CrmArbitraries.instants().between(from, to).ofPrecision(ChronoUnit.SECONDS).edgeCases().forEach(e -> edges.add(e.value()));
    assertThat(edges).contains(from, to, Instant.parse("2026-03-29T01:00:00Z")); // the EU switch to summer time
    assertThat(sample(CrmArbitraries.instants().between(from, from), 5)).containsOnly(from);
    assertThatThrownBy(() -> CrmArbitraries.instants().between(to, from)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void schemasForOneTypeWithFewDefinitions() {
    List<CustomFieldSchema> sample = sample(CrmArbitraries.customFieldSchemas().inTenant(ACME).forEntityType("account").ofMaxDefinitions(2), 100);
    assertThat(sample).allMatch(s -> s.entityType().equals("account") && s.definitions().size() <= 2 && s.tenantId().equals(ACME));
    assertThat(sample).anyMatch(s -> s.definitions().isEmpty()).anyMatch(s -> s.definitions().size() == 2);
  }

  @Test
  @DisplayName("criteria of depth 0 are single comparisons; deeper ones combine them")
  void criteriaDepth() {
    assertThat(sample(CrmArbitraries.criteria(Contact.TYPE).ofMaxDepth(0), 200))
        .noneMatch(c -> c instanceof Criteria.And || c instanceof Criteria.Or || c instanceof Criteria.Not);
    List<Criteria> deep = sample(CrmArbitraries.criteria(Activity.TYPE), 300);
    assertThat(deep).anyMatch(c -> c instanceof Criteria.And).anyMatch(c -> c instanceof Criteria.Or).anyMatch(c -> c instanceof Criteria.Not);
    assertThat(deep).anyMatch(c -> c instanceof Criteria.Range).anyMatch(c -> c instanceof Criteria.Prefix)
        .anyMatch(c -> c instanceof Criteria.Contains).anyMatch(c -> c instanceof Criteria.In).anyMatch(c -> c instanceof Criteria.IsNull);
    deep.forEach(Activity.TYPE::validate);
  }
}
