package io.crmkit.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactFields;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.Repository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The snippet of the module's README.md, compiled and run (on an in-memory H2 database). */
class ReadmeSnippetTest {
  @Test
  void readmeSnippet() {
    Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    // --- README snippet begins
    try (JdbcStore store = JdbcStore.pooled("jdbc:h2:mem:readme;DB_CLOSE_DELAY=-1", "sa", "")) {
      Repository<Contact, ContactId> contacts = store.forTenant(TenantId.of("acme")).repository(Contact.TYPE);
      contacts.insert(Contact.builder(new ContactId("c-1"), TenantId.of("acme"))
          .name(PersonName.of("Ada", "Lovelace"))
          .owner(Owner.user("u-1"))
          .contactPoint(ContactPoint.email("ada@example.com", ContactPoint.Purpose.WORK).asPrimary())
          .timestamps(clock)
          .build());
      List<Contact> found = contacts.query(Criteria.eq(ContactFields.EMAIL, "ada@example.com"));
      // --- README snippet ends
      assertThat(found).extracting(c -> c.id().value()).containsExactly("c-1");
    }
  }
}
