package io.crmkit.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactFields;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.core.view.CustomerView;
import io.crmkit.core.view.CustomerViews;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The "The secured store" snippet of crm-core/README.md is the body of {@link #securedStore()}, word for word. */
class SecuredStoreReadmeSnippetTest {
  private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);
  private final TenantId acme = TenantId.of("acme");
  private final InMemoryStore store = InMemoryStore.create();
  private final ContactId adaId = new ContactId("c-ada");
  /** u-42 reads its own contacts and u-7's, writes its own, and does not see e-mail addresses. */
  private final AccessPolicy policy = new OwnerSetPolicy(
      Map.of("u-42", Set.of("user:u-42", "user:u-7")), Map.of("contact", new FieldAccess(Set.of("email"), Set.of())));

  @Test
  void securedStore() {
    Repository<Contact, ContactId> plain = store.forTenant(acme).repository(Contact.TYPE);
    plain.insert(Contact.builder(adaId, acme).name(PersonName.of("Ada", "Müller")).owner(Owner.user("u-42")).timestamps(clock)
        .contactPoint(ContactPoint.email("ada@example.com", ContactPoint.Purpose.WORK)).build());
    plain.insert(Contact.builder(new ContactId("c-bo"), acme).name(PersonName.of("Bo", "Münster")).owner(Owner.user("u-9"))
        .timestamps(clock).build());

    // readme:begin
    SecuredStore secured = SecuredStore.of(store, policy, clock);     // crm-core's redactors; or pass FieldRedactors
    Principal rep = Principal.user(acme, "u-42");
    TenantStore asRep = secured.as(rep).forTenant(acme);              // another tenant: AccessDeniedException
    Repository<Contact, ContactId> contacts = asRep.repository(Contact.TYPE);

    List<Contact> mine = contacts.query(Criteria.prefix(ContactFields.FAMILY_NAME, "Mü"));  // visibility AND-ed in
    Contact ada = contacts.get(adaId);          // NotFoundException when u-42 may not read it; e-mails removed
    contacts.update(ada.withJobTitle("CTO"));   // needs EDIT; the hidden e-mails stay as stored
    CustomerView view = CustomerViews.builder(secured.as(rep)).clock(clock).build().view(acme, ada.ref());
    // readme:end

    assertThat(mine).extracting(c -> c.id().value()).containsExactly("c-ada");
    assertThat(ada.emails()).isEmpty();
    assertThat(plain.get(adaId).emails()).containsExactly("ada@example.com");
    assertThat(plain.get(adaId).jobTitle()).contains("CTO");
    assertThat(view.contactPoints()).isEmpty();
    assertThatThrownBy(() -> contacts.query(Criteria.eq(ContactFields.EMAIL, "ada@example.com")))
        .isInstanceOf(SecuredAccessDeniedException.class);
  }

  @Test
  void readmeShowsThisTestsCode() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int marker = readme.indexOf("<!-- snippet: the body of src/test/java/io/crmkit/core/access/SecuredStoreReadmeSnippetTest.java");
    assertThat(marker).as("the secured-store snippet marker in README.md").isNotNegative();
    int start = readme.indexOf("```java\n", marker) + "```java\n".length();
    List<String> snippet = lines(readme.substring(start, readme.indexOf("```", start)));
    String source = Files.readString(Path.of("src/test/java/io/crmkit/core/access/SecuredStoreReadmeSnippetTest.java"));
    int from = source.indexOf("// readme:begin");
    List<String> code = lines(source.substring(source.indexOf('\n', from) + 1, source.indexOf("// readme:end")));
    assertThat(snippet).isNotEmpty().isEqualTo(code);
  }

  private static List<String> lines(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
  }
}
