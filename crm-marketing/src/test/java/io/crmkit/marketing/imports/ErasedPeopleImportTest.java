package io.crmkit.marketing.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactFields;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.privacy.CoreSubjectData;
import io.crmkit.core.privacy.ErasurePolicy;
import io.crmkit.core.privacy.ErasureReport;
import io.crmkit.core.privacy.SubjectRequests;
import io.crmkit.core.privacy.SuppressionKeys;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErasedPeopleImportTest {
  static final TenantId TENANT = TenantId.of("acme");
  final Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
  final TenantStore store = InMemoryStore.create().forTenant(TENANT);
  final Repository<Contact, ContactId> contacts = store.repository(Contact.TYPE);
  final SubjectRequests requests = SubjectRequests.builder().clock(clock)
      .keys(SuppressionKeys.withKey("the host's secret, 32 bytes or more".getBytes(StandardCharsets.UTF_8)))
      .source(new CoreSubjectData()).build();

  static Map<String, ColumnTarget> columns() {
    Map<String, ColumnTarget> m = new LinkedHashMap<>();
    m.put("Email", ColumnTarget.email());
    m.put("Phone", ColumnTarget.phone());
    m.put("First name", ColumnTarget.givenName());
    m.put("Last name", ColumnTarget.familyName());
    return m;
  }

  @Test
  void aLineOfAnErasedPersonIsRejectedNamingTheErasureAndNotCreated() {
    contacts.insert(Contact.builder(new ContactId("c-ada"), TENANT).name(PersonName.of("Ada", "Lovelace")).owner(Owner.user("u-1"))
        .contactPoint(ContactPoint.email("ada@example.com", ContactPoint.Purpose.WORK).asPrimary())
        .contactPoint(ContactPoint.phone("+49 30 1234567", "DE", ContactPoint.Purpose.MOBILE))
        .timestamps(clock).build());
    ErasureReport erased = requests.erase(store, requests.resolve(store, "ada@example.com"), ErasurePolicy.anonymiseAll(), "dpo");
    String csv = """
        Email,Phone,First name,Last name
        ADA@example.com,,Ada,Lovelace
        ,+49 30 1234567,Augusta,King
        grace@example.com,,Grace,Hopper
        """;
    ImportReport report = ContactImport.of(store, clock, requests.guard())
        .run(new StringReader(csv), ImportOptions.of(columns()).withBatchSize(1));

    assertThat(report.problems()).hasSize(2).allSatisfy(p -> assertThat(p.problem())
        .contains("matches a person erased on 2026-03-02T09:00:00Z (erasure " + erased.suppression().value() + ")",
            "not imported again"));
    assertThat(report.problems()).extracting(LineProblem::line).containsExactly(2L, 3L);
    assertThat(report.problems().get(1).problem()).contains("its phone matches");
    assertThat(report.created()).isEqualTo(1);
    assertThat(contacts.count(Criteria.eq(ContactFields.EMAIL, "ada@example.com"))).isZero();
    assertThat(contacts.count(Criteria.eq(ContactFields.PHONE, "+49301234567"))).isZero();
    assertThat(contacts.count(Criteria.eq(ContactFields.EMAIL, "grace@example.com"))).isOne();
  }

  @Test
  void withoutAGuardTheImporterDoesNotKnowAboutErasures() {
    contacts.insert(Contact.builder(new ContactId("c-ada"), TENANT).name(PersonName.of("Ada", "Lovelace")).owner(Owner.user("u-1"))
        .contactPoint(ContactPoint.email("ada@example.com", ContactPoint.Purpose.WORK).asPrimary()).timestamps(clock).build());
    requests.erase(store, requests.resolve(store, "ada@example.com"), ErasurePolicy.anonymiseAll(), "dpo");
    ImportReport report = ContactImport.of(store, clock)
        .run(new StringReader("Email,Phone,First name,Last name\nada@example.com,,Ada,Lovelace\n"), ImportOptions.of(columns()));
    assertThat(report.created()).as("the host must pass the guard; ContactImport.of(store, clock, guard)").isEqualTo(1);
  }
}
