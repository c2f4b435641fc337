package io.crmkit.core.merge;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The "Merging records" snippet of crm-core/README.md is the body of {@link #mergeAndUnmerge()}, word for word. */
class MergeReadmeSnippetTest {
  private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);
  private final TenantStore tenantStore = InMemoryStore.create().forTenant(TenantId.of("acme"));
  private final ContactId keep = new ContactId("c-1");
  private final ContactId duplicate = new ContactId("c-2");

  @Test
  void mergeAndUnmerge() {
    tenantStore.repository(Contact.TYPE).insert(Contact.builder(keep, tenantStore.tenantId())
        .name(PersonName.of("Ada", "Lovelace")).owner(Owner.user("u-1")).timestamps(clock)
        .contactPoint(ContactPoint.email("ada@example.com", ContactPoint.Purpose.WORK).asPrimary()).build());
    tenantStore.repository(Contact.TYPE).insert(Contact.builder(duplicate, tenantStore.tenantId())
        .name(PersonName.of("Ada", "Lovelace")).owner(Owner.user("u-2")).timestamps(clock).jobTitle("CTO")
        .contactPoint(ContactPoint.email("ADA@example.com", ContactPoint.Purpose.HOME)).build());

    // readme:begin
    SurvivorshipPolicy policy = SurvivorshipPolicy.from(SurvivorshipPolicy.contactDefaults())
        .rule("jobTitle", SurvivorshipRule.MOST_TRUSTED_SOURCE)
        .trustedSources("sap", "salesforce", "webform")
        .build();
    ContactMerge merges = ContactMerge.builder(tenantStore, clock).policy(policy).build();

    MergeOutcome<Contact> done = merges.merge(keep, List.of(duplicate), "u-1");
    Contact golden = done.survivor();                        // keep's id, the surviving values
    String why = done.lineage().explain();                   // one line per field: source, rule, candidates

    merges.unmerge(done.record().id(), "u-1");               // both contacts exactly as they were
    // readme:end

    assertThat(golden.id()).isEqualTo(keep);
    assertThat(golden.jobTitle()).contains("CTO");
    assertThat(golden.emails()).containsExactly("ada@example.com");
    assertThat(golden.owner()).isEqualTo(Owner.user("u-1"));
    assertThat(why).contains("jobTitle ← contact:c-2 by MOST_TRUSTED_SOURCE");
    assertThat(tenantStore.repository(Contact.TYPE).find(duplicate)).isPresent();
    assertThat(tenantStore.repository(Contact.TYPE).get(keep).jobTitle()).isEmpty();
  }

  @Test
  void readmeShowsThisTestsCode() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int marker = readme.indexOf("<!-- snippet: the body of src/test/java/io/crmkit/core/merge/MergeReadmeSnippetTest.java");
    assertThat(marker).as("the Merging records snippet marker in README.md").isNotNegative();
    int start = readme.indexOf("```java\n", marker) + "```java\n".length();
    List<String> snippet = lines(readme.substring(start, readme.indexOf("```", start)));
    String source = Files.readString(Path.of("src/test/java/io/crmkit/core/merge/MergeReadmeSnippetTest.java"));
    int from = source.indexOf("// readme:begin");
    List<String> code = lines(source.substring(source.indexOf('\n', from) + 1, source.indexOf("// readme:end")));
    assertThat(snippet).isNotEmpty().isEqualTo(code);
  }

  private static List<String> lines(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
  }
}
