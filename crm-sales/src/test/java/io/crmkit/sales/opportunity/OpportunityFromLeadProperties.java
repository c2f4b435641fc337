package io.crmkit.sales.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.party.PersonName;
import io.crmkit.sales.lead.Lead;
import io.crmkit.sales.lead.LeadId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;

class OpportunityFromLeadProperties {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);

  /** Company names a lead accepts: up to 480 characters of any script, not blank, no control characters. */
  @Provide
  Arbitrary<String> companies() {
    return Arbitraries.oneOf(
            Arbitraries.strings().all().ofMinLength(1).ofMaxLength(400),
            Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '\u00e9', '\u4e2d').ofMinLength(240).ofMaxLength(480),
            Arbitraries.just("a".repeat(252) + "\ud83d\ude00x"))       // the cut falls inside a surrogate pair
        .filter(s -> !s.isBlank() && s.codePoints().noneMatch(Character::isISOControl));
  }

  @Property(tries = 200)
  void theDefaultNameIsAValidOpportunityNameStartingWithTheCompany(@ForAll("companies") String company) {
    Lead lead = Lead.builder(new LeadId("l-1"), TenantId.of("acme")).name(PersonName.of("Grace", "Hopper"))
        .owner(Owner.user("u-1")).company(company).timestamps(CLOCK).build();
    String name = OpportunityFromLead.defaultName(lead);

    assertThat(name).endsWith(" -").doesNotContain("\n", "\r").hasSizeLessThanOrEqualTo(Opportunity.MAX_TEXT);
    String stored = lead.company().orElseThrow().replaceAll("[\\r\\n]+", " ").strip();
    String kept = name.substring(0, name.length() - 2);
    assertThat(stored).startsWith(kept);
    if (stored.length() <= Opportunity.MAX_TEXT - 2) {
      assertThat(kept).isEqualTo(stored);
    }
    // an opportunity accepts it as its name
    assertThat(Deals.draft("o-1", io.crmkit.sales.pipeline.Pipelines.standardSales(), CLOCK.instant()).name(name).build().name())
        .isEqualTo(name);
  }
}
