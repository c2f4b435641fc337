package io.crmkit.sales.territory;

import static io.crmkit.sales.territory.AccountCondition.country;
import static io.crmkit.sales.territory.AccountCondition.employeesBetween;
import static io.crmkit.sales.territory.AccountCondition.industry;
import static io.crmkit.sales.territory.AccountCondition.postcodePrefix;
import static io.crmkit.sales.territory.AccountCondition.postcodeRange;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.field.CustomFields;
import io.crmkit.core.field.FieldValue;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PostalAddress;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TerritoryModelTest {
  static final TenantId TENANT = TenantId.of("acme");

  static final TerritoryModel MODEL = TerritoryModel.of(TENANT, List.of(
      Territory.child("berlin", "dach").withRule(TerritoryRule.of("berlin-postcodes", country("DE"), postcodeRange("10000", "14999"))),
      Territory.root("world"),
      Territory.child("emea", "world"),
      Territory.child("dach", "emea")
          .withRule(TerritoryRule.of("dach-mid", country("DE", "AT", "CH"), employeesBetween(100, 999)))
          .withRule(TerritoryRule.of("dach-munich", country("DE"), postcodePrefix("80", "81"))),
      Territory.child("manufacturing", "world").withRule(TerritoryRule.of("mfg", industry("Manufacturing")))));

  static AccountProfile profile(String country, String postcode, String industry, long employees) {
    return new AccountProfile(TENANT, new AccountId("a-1"), Optional.of(country), Optional.empty(), Optional.of(postcode),
        Optional.of(industry), Optional.of(new BigDecimal("1000000")), Optional.of(employees));
  }

  @Test
  void anAccountBelongsToEveryMatchingTerritoryWithTheRuleThatMatched() {
    List<TerritoryMembership> m = MODEL.evaluate(profile("de", "12043", "manufacturing", 250));
    assertThat(m).extracting(TerritoryMembership::territory).containsExactly("dach", "berlin", "manufacturing");
    assertThat(m.get(0).rule()).isEqualTo("dach-mid");
    assertThat(m.get(0).reasons()).containsExactly("country DE in [AT, CH, DE]", "employees 250 in [100, 999]");
    assertThat(m.get(1).explanation()).isEqualTo("berlin by rule 'berlin-postcodes': country DE in [DE], postcode 12043 in 10000–14999");
    assertThat(m.get(2).reasons()).containsExactly("industry manufacturing in [MANUFACTURING]");
  }

  @Test
  void theSecondRuleOfATerritoryMatchesWhenTheFirstDoesNot() {
    List<TerritoryMembership> m = MODEL.evaluate(profile("DE", "80331", "Retail", 5000));
    assertThat(m).extracting(TerritoryMembership::territory).containsExactly("dach");
    assertThat(m.get(0).rule()).isEqualTo("dach-munich");
    assertThat(m.get(0).reasons()).contains("postcode 80331 starts with 80");
    assertThat(MODEL.evaluate(profile("US", "10001", "Retail", 10))).isEmpty();
  }

  @Test
  void reevaluationYieldsTheAddedRemovedAndKeptMemberships() {
    List<TerritoryMembership> before = MODEL.evaluate(profile("DE", "12043", "Retail", 250));
    MembershipChange moved = MODEL.reevaluate(before, profile("DE", "80331", "Manufacturing", 250));
    assertThat(moved.added()).extracting(TerritoryMembership::territory).containsExactly("manufacturing");
    assertThat(moved.removed()).extracting(TerritoryMembership::territory).containsExactly("berlin");
    assertThat(moved.kept()).extracting(TerritoryMembership::territory).containsExactly("dach");
    assertThat(moved.changed()).isTrue();
    assertThat(MODEL.reevaluate(before, profile("DE", "12043", "Retail", 250)).changed()).isFalse();
  }

  @Test
  void theTreeIsNavigable() {
    assertThat(MODEL.root().name()).isEqualTo("world");
    assertThat(MODEL.territories()).extracting(Territory::name)
        .containsExactly("world", "emea", "dach", "berlin", "manufacturing");
    assertThat(MODEL.path("berlin")).containsExactly("world", "emea", "dach", "berlin");
    assertThat(MODEL.children("world")).extracting(Territory::name).containsExactly("emea", "manufacturing");
    assertThat(MODEL.path("nowhere")).isEmpty();
  }

  @Test
  void badTreesAreRefusedWithTheReason() {
    assertThatThrownBy(() -> TerritoryModel.of(TENANT, List.of(Territory.root("a"), Territory.root("b"))))
        .isInstanceOf(ValidationException.class).hasMessageContaining("exactly one root").hasMessageContaining("[a, b]");
    assertThatThrownBy(() -> TerritoryModel.of(TENANT, List.of(Territory.root("a"), Territory.child("a", "a"))))
        .hasMessageContaining("two territories are named 'a'");
    assertThatThrownBy(() -> TerritoryModel.of(TENANT, List.of(Territory.root("a"), Territory.child("b", "x"))))
        .hasMessageContaining("'b' has parent 'x', which is not a territory");
    assertThatThrownBy(() -> TerritoryModel.of(TENANT,
        List.of(Territory.root("a"), Territory.child("b", "c"), Territory.child("c", "b"))))
        .hasMessageContaining("cycle").hasMessageContaining("[b, c]");
    assertThatThrownBy(() -> TerritoryModel.of(TENANT, List.of(Territory.child("b", "c"), Territory.child("c", "b"))))
        .hasMessageContaining("exactly one root").hasMessageEndingWith("but has 0");
  }

  @Test
  void anotherTenantsAccountIsRefused() {
    AccountProfile other = new AccountProfile(TenantId.of("globex"), new AccountId("a-1"), Optional.of("DE"),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    assertThatThrownBy(() -> MODEL.evaluate(other)).isInstanceOf(ValidationException.class).hasMessageContaining("globex");
  }

  @Test
  void profilesAreReadFromAccounts() {
    PostalAddress billing = new PostalAddress(List.of("Hauptstr. 1"), "München", Optional.of("Bayern"),
        Optional.of("80 331"), "de");
    Account acme = Account.builder(new AccountId("a-9"), TENANT).name("ACME").owner(Owner.user("u-1"))
        .industry("Manufacturing")
        .contactPoint(ContactPoint.postal(PostalAddress.of(List.of("Dock 4"), "Hamburg", "20457", "DE"),
            ContactPoint.Purpose.SHIPPING))
        .contactPoint(ContactPoint.postal(billing, ContactPoint.Purpose.BILLING))
        .customFields(CustomFields.empty().with("annual_revenue", FieldValue.decimal(new BigDecimal("2500000.00")))
            .with("employees", FieldValue.number(420)))
        .createdAt(Instant.EPOCH).updatedAt(Instant.EPOCH).build();
    AccountProfile p = AccountProfile.of(acme);
    assertThat(p.country()).contains("DE");
    assertThat(p.region()).contains("Bayern");
    assertThat(p.postcode()).contains("80331");
    assertThat(p.annualRevenue()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("2500000"));
    assertThat(p.employees()).contains(420L);
    assertThat(MODEL.evaluate(p)).extracting(TerritoryMembership::territory).containsExactly("dach", "manufacturing");
    AccountCondition big = AccountCondition.revenueBetween(Optional.of(new BigDecimal("1000000")), Optional.empty());
    assertThat(big.test(p)).isTrue();
    assertThat(big.explain(p)).isEqualTo("annual revenue 2500000 in [1000000, ∞]");
    assertThat(AccountCondition.region("bayern").test(p)).isTrue();
  }

  @Test
  void conditionsAreValidated() {
    assertThatThrownBy(() -> postcodeRange("1000", "19999")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("of one length");
    assertThatThrownBy(() -> postcodeRange("2", "1")).hasMessageContaining("must not be after");
    assertThatThrownBy(() -> employeesBetween(10, 5)).hasMessageContaining("min <= max");
    assertThatThrownBy(() -> country()).hasMessageContaining("at least one value");
    assertThatThrownBy(() -> new TerritoryRule("r", List.of())).hasMessageContaining("at least one condition");
  }
}
