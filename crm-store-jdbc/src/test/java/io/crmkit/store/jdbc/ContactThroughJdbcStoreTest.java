package io.crmkit.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.field.CustomFields;
import io.crmkit.core.field.FieldValue;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactFields;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.query.PageRequest;
import io.crmkit.core.query.Sort;
import io.crmkit.core.store.Repository;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** crm-core's Contact, stored as crmkit JSON through the default codec, found by e-mail and by custom field. */
class ContactThroughJdbcStoreTest {
  private static final Instant CREATED = Instant.parse("2026-01-05T10:15:30.123456789Z");

  private static Contact contact(TenantId tenant, String id, String given, String email, String industry) {
    return Contact.builder(new ContactId(id), tenant)
        .name(PersonName.of(given, "Lovelace"))
        .owner(Owner.user("u-1"))
        .contactPoint(ContactPoint.email(email, ContactPoint.Purpose.WORK).asPrimary())
        .customFields(CustomFields.empty().with("industry", FieldValue.picklist(industry)).with("employees", FieldValue.number(12)))
        .createdAt(CREATED)
        .updatedAt(CREATED)
        .build();
  }

  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {"h2", "postgresql"})
  @DisplayName("a contact round-trips, is found by e-mail, and custom-field criteria select it")
  void contacts(String database) {
    DataSource ds = database.equals("h2") ? TestDatabases.h2("contacts") : TestDatabases.postgres("crmkit_contacts");
    JdbcStore store = JdbcStore.create(ds);
    TenantId tenant = TenantId.of("contacts-" + System.nanoTime());
    Repository<Contact, ContactId> contacts = store.forTenant(tenant).repository(Contact.TYPE);

    Contact ada = contacts.insert(contact(tenant, "c-1", "Ada", " Ada@Example.COM ", "aerospace"));
    Contact bob = contacts.insert(contact(tenant, "c-2", "Bob", "bob@example.com", "retail"));
    assertThat(ada).isEqualTo(contact(tenant, "c-1", "Ada", " Ada@Example.COM ", "aerospace").withVersion(1));
    assertThat(contacts.get(ada.id())).isEqualTo(ada);

    assertThat(contacts.query(Criteria.eq(ContactFields.EMAIL, "ada@example.com"))).containsExactly(ada);
    assertThat(contacts.query(Criteria.eq(FieldRef.text("custom.industry"), "retail"))).containsExactly(bob);
    assertThat(contacts.count(Criteria.and(
        Criteria.atLeast(FieldRef.number("custom.employees"), 10L),
        Criteria.prefix(ContactFields.GIVEN_NAME, "A")))).isEqualTo(1);
    assertThat(contacts.page(Criteria.not(Criteria.eq(FieldRef.text("custom.industry"), "retail")),
        Sort.byDescending(ContactFields.UPDATED_AT), PageRequest.first(5)).items()).containsExactly(ada);

    Contact moved = contacts.update(ada.withJobTitle("Analyst"));
    assertThat(contacts.query(Criteria.eq(ContactFields.JOB_TITLE, "Analyst"))).containsExactly(moved);
  }
}
