package io.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.examples.cli.CrmCommandTest.Run;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoCommandTest {
  static final String[] CLOCK = {"--tenant", "acme", "--zone", "Europe/Berlin", "--clock", "2026-01-15T10:00:00Z"};

  static Run demo(String... extra) {
    String[] args = new String[1 + CLOCK.length + extra.length];
    args[0] = "demo";
    System.arraycopy(CLOCK, 0, args, 1, CLOCK.length);
    System.arraycopy(extra, 0, args, 1 + CLOCK.length, extra.length);
    return CrmCommandTest.run(args);
  }

  @Test
  void theDemoRunsTheCoreTourThenTheSalesMarketingAndServiceChapters() {
    Run all = demo();
    assertThat(all.exitCode()).isZero();
    assertThat(all.err()).isEmpty();
    assertThat(all.out()).containsSubsequence(
        "1. A tenant", "Customer view: Zoë Ó Briain (contact)",
        "S1. Sales: a team, territories and a price book", "Leads arrive and are routed", "Scoring", "cadence",
        "Qualify and convert", "LeadConverted: lead ", "through the pipeline", "Refused:", "A quote from the line items",
        "Closed Won", "daylight-saving change", "Forecast for ", "Quota attainment", "Sales performance", "visits on",
        "M1. Marketing: a trade-fair list", "0 created", "Double opt-in", "is refused", "Segments:", "refused: ",
        "deferred to", "FREQUENCY_CAP", "crashes after delivering", "(attempt 2)", "BOUNCED_HARD", "suppressed at send time",
        "wins on open rate", "goal 'ordered' reached", "memberships carried over", "ROI ", "position-based",
        "V1. Service: a help desk", "ignored because", "reply to case", "QUEUED to queue network", "merges",
        "optional skills dropped", "raise FIRST_RESPONSE BREACHED", "tier team-lead fires", "The next morning");
  }

  @Test
  void aChapterCanBeRunOnItsOwn() {
    Run core = demo("--chapter", "core");
    Run sales = demo("--chapter", "sales");
    Run marketing = demo("--chapter", "marketing");
    Run service = demo("--chapter", "service");
    assertThat(List.of(core, sales, marketing, service)).allSatisfy(r -> {
      assertThat(r.exitCode()).isZero();
      assertThat(r.err()).isEmpty();
    });
    assertThat(core.out()).contains("Customer view:").doesNotContain("S1. Sales", "M1. Marketing", "V1. Service");
    assertThat(sales.out()).contains("S1. Sales").doesNotContain("Customer view:", "M1. Marketing", "V1. Service");
    assertThat(marketing.out()).contains("M1. Marketing").doesNotContain("Customer view:", "S1. Sales", "V1. Service");
    assertThat(service.out()).contains("V1. Service").doesNotContain("Customer view:", "S1. Sales", "M1. Marketing");
    // the full demo is the core tour and the sales, marketing and service chapters with a gap between, each as on its own
    String gap = System.lineSeparator() + System.lineSeparator();
    assertThat(demo().out()).isEqualTo(core.out() + gap + sales.out() + gap + marketing.out() + gap + service.out());
  }

  @Test
  void anUnknownChapterIsABadArgumentAndHelpNamesTheChapters() {
    Run bad = demo("--chapter", "analytics");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("--chapter", "analytics", "all, core, sales, marketing, service");
    String help = CrmCommandTest.run("demo", "--help").out().replaceAll("\\s+", " ");
    assertThat(help).contains("--chapter", "all, core, sales, marketing, service", "Marketing: a CSV list imported through the matcher");
  }
}
