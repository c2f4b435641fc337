package io.crmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.TenantId;
import io.crmkit.core.activity.TimelineEntry;
import io.crmkit.core.view.CustomerView;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CoreTourTest {
  @Test
  void endsWithTheViewOfTheContactTheStoryFollows() {
    StringWriter text = new StringWriter();
    CustomerView view = new CoreTour(Instant.parse("2026-01-15T10:00:00Z"), TenantId.of("t1"), ZoneId.of("Asia/Tokyo"),
        new PrintWriter(text)).run();

    assertThat(view.displayName()).isEqualTo("Zoë Ó Briain");
    assertThat(view.account()).map(a -> a.name()).contains("Zürich Ångström Analytics AG");
    assertThat(view.people()).hasSize(3);
    assertThat(view.openActivities()).extracting(a -> a.subject()).containsExactly("Architecture workshop", "Send the proposal");
    assertThat(view.timeline()).extracting(TimelineEntry::summary).contains("Note: Budget approved");
    assertThat(view.consent()).anySatisfy(d -> assertThat(d.allowed()).isTrue());
    assertThat(view.section("leads")).map(s -> s.lines().get(0)).hasValueSatisfying(l -> assertThat(l).startsWith("qualified since"));
    // 10:00 UTC is 19:00 in Tokyo
    assertThat(text.toString()).contains("It is Thu 2026-01-15 19:00 in Asia/Tokyo.");
  }
}
