package io.crmkit.sales.lead;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.IdGenerator;
import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
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
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The "Leads and conversion" snippet of crm-sales/README.md is the body of {@link #convertALead()}, and it holds. */
class LeadReadmeSnippetTest {
  private static final String MARKER = "<!-- snippet: the body of src/test/java/io/crmkit/sales/lead/LeadReadmeSnippetTest.java";

  @Test
  void convertALead() {
    Clock clock = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);
    IdGenerator ids = IdGenerator.uuidV7(clock);
    TenantStore acme = InMemoryStore.create().forTenant(TenantId.of("acme"));
    // readme:begin
    LeadService leads = LeadService.builder(acme, clock).build();
    Lead lead = leads.create(Lead.builder(ids.next(LeadId::new), acme.tenantId())
        .name(PersonName.of("Grace", "Hopper"))
        .company("Remington Rand")
        .email(ContactPoint.email("grace@remington.example", ContactPoint.Purpose.WORK))
        .source(LeadSource.TRADE_SHOW)
        .owner(Owner.user("u-1"))
        .timestamps(clock)
        .build(), "u-1").lead();
    acme.repository(Activity.TYPE).insert(Activity.task(ids.next(ActivityId::new), acme.tenantId(), "Send the brochure",
        Owner.user("u-1"), List.of(lead.ref()), Optional.empty(), clock.instant()));
    lead = leads.changeStatus(lead.id(), lead.version(), "work", "u-1").lead();
    lead = leads.changeStatus(lead.id(), lead.version(), "qualify", "u-1").lead();

    // one transaction: match or create the account and contact, move the activities, mark the lead converted
    ConversionResult done = LeadConversion.builder(acme, clock, ids).build()
        .convert(ConversionRequest.of(lead.id(), lead.version(), "u-2"));
    LeadConverted event = done.event();   // the lead, account, contact, moved activities, contributions
    // readme:end

    assertThat(done.lead().status()).isEqualTo(LeadLifecycle.CONVERTED);
    assertThat(done.contact().primaryEmail()).contains("grace@remington.example");
    assertThat(done.account().name()).isEqualTo("Remington Rand");
    assertThat(event.movedActivities()).hasSize(1);
    assertThat(acme.repository(Activity.TYPE).get(event.movedActivities().get(0)).owner()).isEqualTo(Owner.user("u-2"));
  }

  @Test
  void readmeShowsThisTestsCode() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int marker = readme.indexOf(MARKER);
    assertThat(marker).as("the README marks the leads snippet").isNotNegative();
    int start = readme.indexOf("```java\n", marker) + "```java\n".length();
    List<String> snippet = lines(readme.substring(start, readme.indexOf("```", start)));
    String source = Files.readString(Path.of("src/test/java/io/crmkit/sales/lead/LeadReadmeSnippetTest.java"));
    int from = source.indexOf("// readme:" + "begin");
    List<String> code = lines(source.substring(source.indexOf('\n', from) + 1, source.indexOf("// readme:" + "end")));
    assertThat(snippet).isNotEmpty().isEqualTo(code);
  }

  private static List<String> lines(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
  }
}
