package io.crmkit.core.merge;

import static io.crmkit.core.merge.MergeFixture.KIM;
import static io.crmkit.core.merge.MergeFixture.T0;
import static io.crmkit.core.merge.MergeFixture.account;
import static io.crmkit.core.merge.MergeFixture.contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.RecordRef;
import io.crmkit.core.ValidationException;
import io.crmkit.core.field.CustomFields;
import io.crmkit.core.field.FieldValue;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.store.TenantStore;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Survivorship: each rule picks the value it promises and says so in the lineage")
class SurvivorshipTest {
  private final MergeFixture.TestClock clock = new MergeFixture.TestClock(T0.plus(Duration.ofDays(30)));
  private TenantStore store;

  @BeforeEach
  void setUp() {
    store = MergeFixture.newStore();
  }

  private Contact save(Contact c) {
    return store.repository(Contact.TYPE).insert(c);
  }

  private ContactMerge merges(SurvivorshipPolicy policy) {
    return ContactMerge.builder(store, clock).policy(policy).build();
  }

  private static ContactId id(String v) {
    return new ContactId(v);
  }

  @Nested
  @DisplayName("MOST_RECENT")
  class MostRecent {
    @Test
    void takesTheValueOfTheMostRecentlyUpdatedRecord() {
      save(contact("c1", "Ada", "Lovelace", T0, 10).jobTitle("Analyst").build());
      save(contact("c2", "Ada", "Lovelace", T0, 50).jobTitle("CTO").build());
      save(contact("c3", "Ada", "Lovelace", T0, 20).jobTitle("Engineer").build());

      GoldenRecord<Contact> g = merges(SurvivorshipPolicy.ofDefaults()).preview(id("c1"), List.of(id("c2"), id("c3")));

      assertThat(g.golden().jobTitle()).contains("CTO");
      FieldLineage l = g.lineage().of("jobTitle").orElseThrow();
      assertThat(l.rule()).isEqualTo(SurvivorshipRule.MOST_RECENT);
      assertThat(l.source()).contains(RecordRef.parse("contact:c2"));
      assertThat(l.candidates()).extracting(FieldLineage.Candidate::value).containsExactlyInAnyOrder("Analyst", "CTO", "Engineer");
      assertThat(l.reason()).contains(T0.plus(Duration.ofMinutes(50)).toString());
    }

    @Test
    void perValueTimestampsOverrideTheRecordsUpdatedAt() {
      save(contact("c1", "Ada", "Lovelace", T0, 10).jobTitle("Analyst").build());
      save(contact("c2", "Ada", "Lovelace", T0, 50).jobTitle("CTO").build());
      // c1's job title was confirmed later than c2's, although c2 changed other things since
      SurvivorshipPolicy policy = SurvivorshipPolicy.custom()
          .valueTimestamps((record, path) -> path.equals("jobTitle") && record.id().value().equals("c1")
              ? Optional.of(T0.plus(Duration.ofDays(2))) : Optional.empty())
          .build();

      GoldenRecord<Contact> g = merges(policy).preview(id("c2"), List.of(id("c1")));

      assertThat(g.golden().jobTitle()).contains("Analyst");
      assertThat(g.lineage().sourceOf("jobTitle")).contains(RecordRef.parse("contact:c1"));
    }

    @Test
    void aValueOnlyOneRecordHasSurvivesEvenFromAnOlderRecord() {
      save(contact("c1", "Ada", "Lovelace", T0, 10).jobTitle("Analyst").build());
      save(contact("c2", "Ada", "Lovelace", T0, 50).build());

      GoldenRecord<Contact> g = merges(SurvivorshipPolicy.ofDefaults()).preview(id("c2"), List.of(id("c1")));

      assertThat(g.golden().jobTitle()).contains("Analyst");
      assertThat(g.lineage().of("jobTitle").orElseThrow().reason()).isEqualTo("the only record with a value");
    }
  }

  @Test
  @DisplayName("MOST_COMPLETE takes the name with the most parts")
  void mostCompleteName() {
    save(contact("c1", "Ada", "Lovelace", T0, 90).build());
    save(Contact.builder(id("c2"), MergeFixture.ACME)
        .name(PersonName.of("Ada", "Lovelace").withMiddle("King").withPrefix("Countess"))
        .owner(MergeFixture.SAM).createdAt(T0).updatedAt(T0).build());

    GoldenRecord<Contact> g = merges(SurvivorshipPolicy.contactDefaults()).preview(id("c1"), List.of(id("c2")));

    assertThat(g.golden().name().fullName()).isEqualTo("Countess Ada King Lovelace");
    assertThat(g.lineage().of("name").orElseThrow().rule()).isEqualTo(SurvivorshipRule.MOST_COMPLETE);
    assertThat(g.lineage().sourceOf("name")).contains(RecordRef.parse("contact:c2"));
  }

  @Nested
  @DisplayName("MOST_TRUSTED_SOURCE")
  class MostTrusted {
    private final SurvivorshipPolicy policy = SurvivorshipPolicy.custom()
        .rule("jobTitle", SurvivorshipRule.MOST_TRUSTED_SOURCE)
        .trustedSources("sap", "salesforce", "webform")
        .sourceField("source")
        .build();

    @Test
    void takesTheValueFromTheBestRankedExternalIdSystem() {
      save(contact("c1", "Ada", "Lovelace", T0, 90).jobTitle("Chief").externalId("webform", "w-1").build());
      save(contact("c2", "Ada", "Lovelace", T0, 10).jobTitle("CTO").externalId("sap", "s-1").build());
      save(contact("c3", "Ada", "Lovelace", T0, 50).jobTitle("Boss").build());

      GoldenRecord<Contact> g = merges(policy).preview(id("c1"), List.of(id("c2"), id("c3")));

      assertThat(g.golden().jobTitle()).contains("CTO");
      assertThat(g.lineage().of("jobTitle").orElseThrow().reason()).contains("'sap'");
    }

    @Test
    void aCustomFieldCanNameTheSource() {
      save(contact("c1", "Ada", "Lovelace", T0, 90).jobTitle("Chief")
          .customFields(CustomFields.empty().with("source", FieldValue.picklist("webform"))).build());
      save(contact("c2", "Ada", "Lovelace", T0, 10).jobTitle("CTO")
          .customFields(CustomFields.empty().with("source", FieldValue.text("Salesforce"))).build());

      assertThat(merges(policy).preview(id("c1"), List.of(id("c2"))).golden().jobTitle()).contains("CTO");
    }

    @Test
    void withoutAnyTrustedSourceThePreferenceOrderDecides() {
      save(contact("c1", "Ada", "Lovelace", T0, 10).jobTitle("Chief").build());
      save(contact("c2", "Ada", "Lovelace", T0, 90).jobTitle("CTO").build());

      GoldenRecord<Contact> g = merges(policy).preview(id("c1"), List.of(id("c2")));

      assertThat(g.golden().jobTitle()).as("the master comes first in preference order").contains("Chief");
      assertThat(g.lineage().of("jobTitle").orElseThrow().reason()).contains("no candidate comes from a trusted source");
    }
  }

  @Test
  @DisplayName("LONGEST takes the longest text (the account defaults use it for the name)")
  void longestAccountName() {
    Account a1 = store.repository(Account.TYPE).insert(account("a1", "ACME", T0, 90).build());
    store.repository(Account.TYPE).insert(account("a2", "ACME Corporation", T0.plusSeconds(5), 10).build());

    GoldenRecord<Account> g = AccountMerge.of(store, clock).preview(List.of(new AccountId("a2"), a1.id()));

    assertThat(g.master().id()).as("the oldest record is the master by default").isEqualTo(a1.id());
    assertThat(g.golden().id()).isEqualTo(a1.id());
    assertThat(g.golden().name()).isEqualTo("ACME Corporation");
    assertThat(g.lineage().of("name").orElseThrow().reason()).contains("16 characters");
  }

  @Nested
  @DisplayName("MASTER")
  class Master {
    @Test
    void theMastersValueWinsOverAMoreRecentOne() {
      save(contact("c1", "Ada", "Lovelace", T0, 10).owner(KIM).build());
      save(contact("c2", "Ada", "Lovelace", T0, 90).build());

      GoldenRecord<Contact> g = merges(SurvivorshipPolicy.contactDefaults()).preview(id("c1"), List.of(id("c2")));

      assertThat(g.golden().owner()).isEqualTo(KIM);
      assertThat(g.lineage().of("owner").orElseThrow().reason()).isEqualTo("the master's value");
    }

    @Test
    void whenTheMasterHasNoValueTheNextRecordsSurvives() {
      save(contact("c1", "Ada", "Lovelace", T0, 10).build());
      save(contact("c2", "Ada", "Lovelace", T0, 90).jobTitle("CTO").build());
      save(contact("c3", "Ada", "Lovelace", T0, 20).jobTitle("Analyst").build());
      SurvivorshipPolicy policy = SurvivorshipPolicy.custom().rule("jobTitle", SurvivorshipRule.MASTER).build();

      GoldenRecord<Contact> g = merges(policy).preview(id("c1"), List.of(id("c3"), id("c2")));

      assertThat(g.golden().jobTitle()).contains("CTO");
      assertThat(g.lineage().of("jobTitle").orElseThrow().reason())
          .startsWith("the master has no value")
          .contains("preference order decided (master, then most recently updated");
    }

    @Test
    void masterOnContactPointsKeepsOnlyTheMastersPoints() {
      save(contact("c1", "Ada", "Lovelace", T0, 10).contactPoint(ContactPoint.email("ada@one.example", ContactPoint.Purpose.WORK)).build());
      save(contact("c2", "Ada", "Lovelace", T0, 90).contactPoint(ContactPoint.email("ada@two.example", ContactPoint.Purpose.WORK)).build());
      SurvivorshipPolicy policy = SurvivorshipPolicy.custom().rule("contactPoints", SurvivorshipRule.MASTER).build();

      assertThat(merges(policy).preview(id("c1"), List.of(id("c2"))).golden().emails()).containsExactly("ada@one.example");
    }
  }

  @Nested
  @DisplayName("UNION")
  class Union {
    @Test
    void contactPointsAreDeduplicatedByNormalisedFormWithOnePrimaryPerKind() {
      save(contact("c1", "Ada", "Lovelace", T0, 10)
          .contactPoint(ContactPoint.email("Ada@Example.com", ContactPoint.Purpose.WORK).asPrimary())
          .contactPoint(ContactPoint.phone("030 1234567", "DE", ContactPoint.Purpose.MOBILE))
          .build());
      save(contact("c2", "Ada", "Lovelace", T0, 90)
          .contactPoint(ContactPoint.email("ada@example.com ", ContactPoint.Purpose.HOME).asVerified())
          .contactPoint(ContactPoint.email("ada@home.example", ContactPoint.Purpose.HOME).asPrimary())
          .contactPoint(ContactPoint.phone("+49 30 1234567", "US", ContactPoint.Purpose.WORK).asPrimary())
          .build());

      GoldenRecord<Contact> g = merges(SurvivorshipPolicy.ofDefaults()).preview(id("c1"), List.of(id("c2")));
      Contact golden = g.golden();

      assertThat(golden.emails()).containsExactly("ada@example.com", "ada@home.example");
      assertThat(golden.phones()).containsExactly("+49301234567");
      ContactPoint mail = golden.contactPoints(ContactPoint.Kind.EMAIL).get(0);
      assertThat(mail.primary()).as("the master's primary e-mail stays primary").isTrue();
      assertThat(mail.purpose()).as("kept from the first holder, the master").isEqualTo(ContactPoint.Purpose.WORK);
      assertThat(mail.verified()).as("verified because the duplicate was").isTrue();
      assertThat(golden.contactPoints(ContactPoint.Kind.EMAIL).get(1).primary()).isFalse();
      assertThat(golden.contactPoints(ContactPoint.Kind.PHONE).get(0).primary())
          .as("the master has no primary phone, so the other record's primary survives").isTrue();
      FieldLineage l = g.lineage().of("contactPoints[EMAIL ada@example.com]").orElseThrow();
      assertThat(l.candidates()).hasSize(2);
      assertThat(l.reason()).contains("verified because contact:c2");
      assertThat(g.lineage().sourceOf("contactPoints.primary.PHONE")).contains(RecordRef.parse("contact:c2"));
    }

    @Test
    void externalIdsAreUnitedPerSystemAndAConflictIsResolvedByTheKeyRule() {
      save(contact("c1", "Ada", "Lovelace", T0, 10).externalId("sap", "s-1").externalId("hubspot", "h-1").build());
      save(contact("c2", "Ada", "Lovelace", T0, 90).externalId("salesforce", "003").externalId("hubspot", "h-2").build());

      GoldenRecord<Contact> g = merges(SurvivorshipPolicy.ofDefaults()).preview(id("c1"), List.of(id("c2")));

      assertThat(g.golden().externalIds()).containsExactlyInAnyOrderEntriesOf(
          java.util.Map.of("sap", "s-1", "salesforce", "003", "hubspot", "h-2"));
      FieldLineage hub = g.lineage().of("externalIds.hubspot").orElseThrow();
      assertThat(hub.rule()).isEqualTo(SurvivorshipRule.MOST_RECENT);
      assertThat(hub.candidates()).extracting(FieldLineage.Candidate::value).containsExactly("h-1", "h-2");
      assertThat(hub.reason()).contains("values differ");
    }

    @Test
    void customFieldsAreUnitedPerKeyWithARulePerKey() {
      save(contact("c1", "Ada", "Lovelace", T0, 10)
          .customFields(CustomFields.empty().with("tier", FieldValue.picklist("gold")).with("seats", FieldValue.number(5))).build());
      save(contact("c2", "Ada", "Lovelace", T0, 90)
          .customFields(CustomFields.empty().with("tier", FieldValue.picklist("silver")).with("seats", FieldValue.number(9))
              .with("region", FieldValue.text("EMEA"))).build());
      SurvivorshipPolicy policy = SurvivorshipPolicy.custom().rule("customFields.tier", SurvivorshipRule.MASTER).build();

      Contact golden = merges(policy).preview(id("c1"), List.of(id("c2"))).golden();

      assertThat(golden.customFields().get("tier")).contains(FieldValue.picklist("gold"));
      assertThat(golden.customFields().get("seats")).as("MOST_RECENT by default").contains(FieldValue.number(9));
      assertThat(golden.customFields().get("region")).contains(FieldValue.text("EMEA"));
    }
  }

  @Test
  @DisplayName("the golden record keeps the master's id and version, the earliest creation and the merge time")
  void identityAndTimestamps() {
    save(contact("c1", "Ada", "Lovelace", T0.plusSeconds(60), 10).build());
    save(contact("c2", "Ada", "Lovelace", T0, 20).build());

    GoldenRecord<Contact> g = merges(SurvivorshipPolicy.ofDefaults()).preview(id("c1"), List.of(id("c2")));

    assertThat(g.golden().id()).isEqualTo(id("c1"));
    assertThat(g.golden().version()).isEqualTo(1);
    assertThat(g.golden().createdAt()).isEqualTo(T0);
    assertThat(g.golden().updatedAt()).isEqualTo(clock.instant());
    assertThat(g.mergedAway()).extracting(Contact::id).containsExactly(id("c2"));
  }

  @Test
  @DisplayName("the lineage explains every field in words")
  void explain() {
    save(contact("c1", "Ada", "Lovelace", T0, 10).jobTitle("Analyst").build());
    save(contact("c2", "Ada", "Lovelace", T0, 50).jobTitle("CTO").build());

    String text = merges(SurvivorshipPolicy.contactDefaults()).preview(id("c1"), List.of(id("c2"))).lineage().explain();

    assertThat(text).contains("jobTitle ← contact:c2 by MOST_RECENT = 'CTO' among contact:c1='Analyst', contact:c2='CTO'");
    assertThat(text).contains("owner ← contact:c1 by MASTER");
    assertThat(text.lines()).allMatch(l -> l.contains(" by "));
  }

  @Nested
  @DisplayName("a policy is validated")
  class Validation {
    @Test
    void unionIsOnlyForCollections() {
      assertThatThrownBy(() -> SurvivorshipPolicy.custom().singleValuedRule(SurvivorshipRule.UNION).build())
          .isInstanceOf(ValidationException.class).hasMessageContaining("singleValuedRule");
      SurvivorshipPolicy p = SurvivorshipPolicy.custom().rule("jobTitle", SurvivorshipRule.UNION).build();
      assertThatThrownBy(() -> merges(p))
          .isInstanceOf(ValidationException.class).hasMessageContaining("jobTitle of contact holds a single value");
      SurvivorshipPolicy key = SurvivorshipPolicy.custom().rule("customFields.tier", SurvivorshipRule.UNION).build();
      assertThatThrownBy(() -> merges(key)).isInstanceOf(ValidationException.class);
    }

    @Test
    void unknownFieldsAreNamed() {
      SurvivorshipPolicy p = SurvivorshipPolicy.custom().rule("industry", SurvivorshipRule.LONGEST).build();
      assertThatThrownBy(() -> merges(p))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("'industry' is not a field of contact");
      assertThat(AccountMerge.builder(store, clock).policy(p).build().policy().rules()).containsKey("industry");
    }

    @Test
    void trustedSourceNeedsARanking() {
      assertThatThrownBy(() -> SurvivorshipPolicy.custom().rule("name", SurvivorshipRule.MOST_TRUSTED_SOURCE).build())
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("trustedSources(");
    }

    @Test
    void fromCopiesABase() {
      SurvivorshipPolicy base = SurvivorshipPolicy.custom().trustedSources("sap").masterChoice(MasterChoice.MOST_COMPLETE).build();
      SurvivorshipPolicy derived = SurvivorshipPolicy.from(base).rule("jobTitle", SurvivorshipRule.LONGEST).build();
      assertThat(derived.trustedSources()).containsExactly("sap");
      assertThat(derived.masterChoice()).isEqualTo(MasterChoice.MOST_COMPLETE);
      assertThat(derived.ruleFor("jobTitle", false)).isEqualTo(SurvivorshipRule.LONGEST);
      assertThat(base.rules()).isEmpty();
    }
  }

  @Test
  @DisplayName("the master choice picks the survivor when the caller names none")
  void masterChoice() {
    save(contact("c1", "Ada", "Lovelace", T0.plusSeconds(10), 60).jobTitle("CTO").externalId("sap", "1").build());
    save(contact("c2", "Ada", "Lovelace", T0, 5).build());
    save(contact("c3", "Ada", "Lovelace", T0.plusSeconds(20), 120).build());
    List<ContactId> ids = List.of(id("c1"), id("c2"), id("c3"));

    assertThat(merges(SurvivorshipPolicy.ofDefaults()).preview(ids).master().id()).isEqualTo(id("c2"));
    assertThat(merges(SurvivorshipPolicy.custom().masterChoice(MasterChoice.MOST_RECENTLY_UPDATED).build()).preview(ids).master().id())
        .isEqualTo(id("c3"));
    assertThat(merges(SurvivorshipPolicy.custom().masterChoice(MasterChoice.MOST_COMPLETE).build()).preview(ids).master().id())
        .isEqualTo(id("c1"));
  }
}
