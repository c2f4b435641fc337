package io.crmkit.core.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The "Scores" snippet of crm-core/README.md is the body of {@link #scores()}, word for word, and it holds. */
class ScoresReadmeSnippetTest {
  private static final String SOURCE = "src/test/java/io/crmkit/core/score/ScoresReadmeSnippetTest.java";

  @Test
  void scores() {
    TenantStore tenantStore = InMemoryStore.create().forTenant(TenantId.of("acme"));
    Clock clock = Clock.fixed(Instant.parse("2026-05-01T08:00:00Z"), ZoneOffset.UTC);
    Contact contact = Contact.builder(new ContactId("c-1"), tenantStore.tenantId()).name(PersonName.of("Zoë", "Ørsted"))
        .owner(Owner.user("u-1")).timestamps(clock).build();
    // readme:begin
    Scores scores = Scores.of(tenantStore, clock);
    scores.record(contact.ref(), "churn-risk", 0.82, Optional.of("high"), List.of("no order for 200 days", "2 complaints"));
    Optional<Score> now = scores.latest(contact.ref(), "churn-risk");
    Optional<Score> lastMonth = scores.latest(contact.ref(), "churn-risk", clock.instant().minus(Duration.ofDays(30)));
    // readme:end
    assertThat(now).hasValueSatisfying(s -> assertThat(s.band()).contains("high"));
    assertThat(lastMonth).isEmpty();
  }

  @Test
  void readmeShowsThisTestsCode() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int marker = readme.indexOf("<!-- snippet: the body of " + SOURCE);
    assertThat(marker).as("the Scores snippet marker in README.md").isNotNegative();
    int start = readme.indexOf("```java\n", marker) + "```java\n".length();
    String source = Files.readString(Path.of(SOURCE));
    int from = source.indexOf("// readme:begin");
    assertThat(readme.substring(start, readme.indexOf("```", start)).strip().lines().map(String::strip).toList())
        .isEqualTo(source.substring(source.indexOf('\n', from) + 1, source.indexOf("// readme:end")).strip().lines().map(String::strip).toList());
  }
}
