package io.crmkit.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.field.CustomFields;
import io.crmkit.core.field.FieldValue;
import io.crmkit.core.money.Money;
import io.crmkit.core.party.ContactPoint.Purpose;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.FieldRef;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class ContactTest {
  static final TenantId ACME = TenantId.of("acme");
  static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

  static Contact ada() {
    return Contact.builder(new ContactId("c-1"), ACME)
        .name(PersonName.of("Ada", "Lovelace"))
        .owner(Owner.user("u-1"))
        .account(new AccountId("a-1"))
        .jobTitle(" CTO ")
        .relationshipType(RelationshipType.CUSTOMER)
        .contactPoint(ContactPoint.email("ada@work.example", Purpose.WORK))
        .contactPoint(ContactPoint.email("Ada@Home.example", Purpose.HOME).asPrimary())
        .contactPoint(ContactPoint.phone("030 901820", "DE", Purpose.WORK).asPrimary())
        .externalId("salesforce", "003XYZ")
        .customFields(CustomFields.empty()
            .with("tier", FieldValue.picklist("gold"))
            .with("topics", FieldValue.multiPicklist("crm", "bi"))
            .with("budget", FieldValue.money(Money.of("1500", "EUR"))))
        .timestamps(CLOCK)
        .build();
  }

  @Test
  void builderAppliesDefaultsAndNormalises() {
    Contact c = ada();
    assertThat(c.version()).isZero();
    assertThat(c.jobTitle()).contains("CTO");
    assertThat(c.createdAt()).isEqualTo(T0).isEqualTo(c.updatedAt());
    assertThat(c.emails()).containsExactly("ada@work.example", "ada@home.example");
    assertThat(c.primaryEmail()).contains("ada@home.example");
    assertThat(c.phones()).containsExactly("+4930901820");
    assertThat(c.ref().toString()).isEqualTo("contact:c-1");
    Contact minimal = Contact.builder(new ContactId("c-2"), ACME)
        .name(PersonName.of("Grace", "")).owner(Owner.team("emea")).timestamps(CLOCK).build();
    assertThat(minimal.relationshipType()).isEqualTo(RelationshipType.OTHER);
    assertThat(minimal.primaryEmail()).isEmpty();
    assertThat(minimal.account()).isEmpty();
  }

  @Test
  void missingAndInvalidValuesAreNamed() {
    assertThatThrownBy(() -> Contact.builder(new ContactId("c"), ACME).owner(Owner.user("u")).timestamps(CLOCK).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("name");
    assertThatThrownBy(() -> ada().toBuilder().contactPoint(ContactPoint.email("x@y.example", Purpose.OTHER).asPrimary()).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("contactPoints[3]")
        .hasMessageContaining("second primary EMAIL");
    assertThatThrownBy(() -> ada().toBuilder().contactPoint(ContactPoint.email("ADA@work.example", Purpose.HOME)).build())
        .hasMessageContaining("'ada@work.example' is listed twice");
    assertThatThrownBy(() -> ada().withExternalId("Sales Force", "1")).hasMessageContaining("'Sales Force'");
    assertThatThrownBy(() -> ada().withUpdatedAt(T0.minusSeconds(1))).hasMessageContaining("must not be before createdAt");
  }

  @Test
  void withContactPointReplacesTheSameChannelAndMovesThePrimaryFlag() {
    Contact c = ada().withContactPoint(ContactPoint.email("ada@work.example", Purpose.WORK).asPrimary().asVerified());
    assertThat(c.primaryEmail()).contains("ada@work.example");
    assertThat(c.contactPoints(ContactPoint.Kind.EMAIL)).hasSize(2).filteredOn(ContactPoint::primary).hasSize(1);
    assertThat(c.withoutContactPoint(ContactPoint.email("ada@work.example", Purpose.OTHER)).emails())
        .containsExactly("ada@home.example");
  }

  @Test
  void withMethodsChangeOneThing() {
    Contact c = ada();
    assertThat(c.withoutAccount().account()).isEmpty();
    assertThat(c.withoutAccount().withAccount(new AccountId("a-1"))).isEqualTo(c);
    assertThat(c.withJobTitle("CEO").withJobTitle("CTO")).isEqualTo(c);
    assertThat(c.withExternalId("hubspot", "77").withoutExternalId("hubspot")).isEqualTo(c);
    assertThat(c.withVersion(4).version()).isEqualTo(4);
    assertThat(c.withOwner(Owner.team("t")).owner()).isEqualTo(Owner.team("t"));
  }

  @Test
  void theEntityTypeAnswersCriteria() {
    Contact c = ada();
    assertThat(matches(c, Criteria.eq(ContactFields.EMAIL, "ada@home.example"))).isTrue();
    assertThat(matches(c, Criteria.eq(ContactFields.EMAIL, "Ada@Home.example"))).isFalse();
    assertThat(matches(c, Criteria.eq(ContactFields.PHONE, "+4930901820"))).isTrue();
    assertThat(matches(c, Criteria.eq(ContactFields.OWNER, "user:u-1"))).isTrue();
    assertThat(matches(c, Criteria.eq(ContactFields.ACCOUNT_ID, "a-1"))).isTrue();
    assertThat(matches(c.withoutAccount(), Criteria.isNull(ContactFields.ACCOUNT_ID))).isTrue();
    assertThat(matches(c, Criteria.eq(ContactFields.RELATIONSHIP_TYPE, "CUSTOMER"))).isTrue();
    assertThat(matches(c, Criteria.eq(ContactFields.EXTERNAL_ID, "salesforce:003XYZ"))).isTrue();
    assertThat(matches(c, Criteria.prefix(ContactFields.FAMILY_NAME, "Love"))).isTrue();
    assertThat(matches(c, Criteria.atLeast(ContactFields.UPDATED_AT, T0))).isTrue();
    assertThat(matches(c, Criteria.eq(FieldRef.text("custom.tier"), "gold"))).isTrue();
    assertThat(matches(c, Criteria.eq(FieldRef.text("custom.topics"), "bi"))).isTrue();
    assertThat(matches(c, Criteria.atLeast(FieldRef.decimal("custom.budget"), new BigDecimal("1000")))).isTrue();
    assertThat(matches(c, Criteria.isNull(FieldRef.text("custom.region")))).isTrue();
    assertThat(Contact.TYPE.indexedFields()).extracting(b -> b.name())
        .contains("id", "owner", "email", "phone", "externalId", "updatedAt");
    assertThatThrownBy(() -> Contact.TYPE.matcher(Criteria.eq(FieldRef.text("shoeSize"), "44")))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void accountsNormaliseTheirDomain() {
    Account a = Account.builder(new AccountId("a-1"), ACME)
        .name(" ACME Corp ")
        .domain("https://WWW.Acme.Example:443/about?x")
        .owner(Owner.team("emea"))
        .contactPoint(ContactPoint.web("acme.example", Purpose.WORK).asPrimary())
        .timestamps(CLOCK)
        .build();
    assertThat(a.name()).isEqualTo("ACME Corp");
    assertThat(a.domain()).contains("acme.example");
    assertThat(a.website()).contains("https://acme.example");
    assertThat(a.withDomain("bücher.example").domain()).contains("xn--bcher-kva.example");
    assertThat(a.withIndustry("Retail").withoutIndustry()).isEqualTo(a);
    assertThatThrownBy(() -> a.withDomain("not a domain")).hasMessageContaining("'not a domain'");
    Predicate<Account> byDomain = Account.TYPE.matcher(Criteria.eq(AccountFields.DOMAIN, "acme.example"));
    assertThat(byDomain.test(a)).isTrue();
    assertThat(byDomain.test(a.withoutDomain())).isFalse();
    assertThat(Account.TYPE.matcher(Criteria.eq(AccountFields.OWNER, "team:emea")).test(a)).isTrue();
  }

  private static boolean matches(Contact c, Criteria criteria) {
    return Contact.TYPE.matcher(criteria).test(c);
  }
}
