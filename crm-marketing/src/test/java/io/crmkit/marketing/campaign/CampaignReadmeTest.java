package io.crmkit.marketing.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.money.InMemoryExchangeRates;
import io.crmkit.core.money.Money;
import io.crmkit.core.money.MoneyConversion;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs the snippet of crm-marketing/README.md, section "Campaigns", as printed there. */
class CampaignReadmeTest {
  @Test
  void the_readme_snippet_computes_roi_rollups_and_influence() {
    // --- snippet: campaigns ---
    TenantId tenant = TenantId.of("acme");
    Clock clock = Clock.fixed(Instant.parse("2026-04-02T10:00:00Z"), ZoneOffset.UTC);
    MoneyConversion fx = new MoneyConversion(new InMemoryExchangeRates());
    Campaign launch = Campaign.draft(new CampaignId("launch"), tenant, "Spring launch", CampaignType.OTHER, Money.currency("EUR"));
    Campaign webinar = Campaign.draft(new CampaignId("webinar"), tenant, "Launch webinar", CampaignType.WEBINAR, Money.currency("EUR"))
        .withParent(launch.id())
        .withStartDate(LocalDate.parse("2026-04-01"))
        .withBudget(Money.of("5000", "EUR"))
        .withActualCost(Money.of("2000", "EUR"))
        .fire(CampaignLifecycle.SCHEDULE)
        .fire(CampaignLifecycle.START);

    CampaignMember ada = webinar.addMember(RecordRef.parse("contact:ada"), clock.instant());
    ada = webinar.changeStatus(ada, "Responded", clock.instant());
    CampaignTotals own = CampaignResults.of(webinar, List.of(ada),
        List.of(new CampaignConversion(webinar.id(), ada.member(), "opp-1", Money.of("5000", "EUR"), true)),
        fx, LocalDate.parse("2026-06-30"));
    Map<CampaignId, CampaignTotals> rolled = CampaignHierarchy.of(List.of(launch, webinar))
        .rollUp(Map.of(webinar.id(), own), Money.currency("EUR"), fx, LocalDate.parse("2026-06-30"));

    List<InfluenceShare> shares = CampaignInfluence.attribute("opp-1", Money.of("5000", "EUR"), clock.instant(),
        List.of(new Touch(launch.id(), clock.instant().minus(Duration.ofDays(20))), new Touch(webinar.id(), clock.instant())),
        AttributionModel.positionBased());
    // --- end snippet ---
    assertThat(webinar.status()).isEqualTo(CampaignLifecycle.RUNNING);
    assertThat(own.roi()).contains(new BigDecimal("1.5000"));
    assertThat(rolled.get(launch.id()).wonRevenue()).isEqualTo(Money.of("5000", "EUR"));
    assertThat(rolled.get(launch.id()).roi()).contains(new BigDecimal("1.5000"));
    assertThat(shares).extracting(s -> s.amount().amount().toPlainString()).containsExactly("2500.00", "2500.00");
  }

  @Test
  void the_readme_prints_this_snippet() throws java.io.IOException {
    assertReadmeShows("src/test/java/io/crmkit/marketing/campaign/CampaignReadmeTest.java", "campaigns");
  }

  /** The README must print exactly the snippet this test runs. */
  static void assertReadmeShows(String testSource, String snippet) throws java.io.IOException {
    String src = java.nio.file.Files.readString(java.nio.file.Path.of(testSource));
    String body = src.split("// --- snippet: " + snippet + " ---\n")[1].split("    // --- end snippet ---")[0];
    String dedented = body.lines().map(l -> l.length() >= 4 ? l.substring(4) : l.strip())
        .collect(java.util.stream.Collectors.joining("\n")).strip();
    org.assertj.core.api.Assertions.assertThat(java.nio.file.Files.readString(java.nio.file.Path.of("README.md")))
        .contains("```java\n" + dedented + "\n```");
  }
}
