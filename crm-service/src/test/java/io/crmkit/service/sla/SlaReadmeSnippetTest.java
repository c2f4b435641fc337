package io.crmkit.service.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.TenantId;
import io.crmkit.service.calendar.BusinessCalendar;
import io.crmkit.service.calendar.CalendarVersion;
import io.crmkit.service.cases.CaseId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** crm-service/README.md's SLA snippet is the body of {@link #readAClock()}, word for word. */
class SlaReadmeSnippetTest {
  @Test
  void readAClock() {
    TenantId acme = TenantId.of("acme");
    Clock clock = Clock.fixed(Instant.parse("2026-03-09T16:00:00Z"), ZoneOffset.UTC);
    // readme:begin
    BusinessCalendar office = BusinessCalendar.of(acme, "office",
        CalendarVersion.builder(ZoneId.of("Europe/Berlin"), Instant.parse("2026-01-01T00:00:00Z"))
            .weekdays("09:00", "17:00").holiday(LocalDate.parse("2026-12-25")).build());
    Instant due = office.add(Instant.parse("2026-03-06T14:00:00Z"), Duration.ofHours(8));  // Fri 15:00 -> Mon 15:00 Berlin

    SlaPolicy policy = SlaPolicy.of(acme, "standard", List.of(new SlaPolicyVersion(Instant.parse("2026-01-01T00:00:00Z"),
        List.of(SlaTarget.of(SlaMetric.FIRST_RESPONSE, Duration.ofHours(1)).onCalendar("office"),
            SlaTarget.of(SlaMetric.RESOLUTION, Duration.ofHours(8)).forPriority("high").onCalendar("office")),
        Set.of("pending_customer", "on_hold"), Set.of("solved", "closed"), ReopenRule.RESUME, 75)));
    SlaClock slas = SlaClock.of(policy, SlaCalendars.of(acme, List.of(office)), clock);

    SlaTimeline history = new SlaTimeline(acme, new CaseId("c-1"), "high", "incident", "gold",
        Instant.parse("2026-03-09T08:00:00Z"), "new", List.of(
            new SlaEvent.AgentReplied(Instant.parse("2026-03-09T08:30:00Z")),
            new SlaEvent.StatusChanged(Instant.parse("2026-03-09T09:00:00Z"), "pending_customer"),
            new SlaEvent.StatusChanged(Instant.parse("2026-03-09T13:00:00Z"), "open")));
    SlaEvaluation now = slas.read(history);
    SlaClockReading resolution = now.current(SlaMetric.RESOLUTION).orElseThrow();  // RUNNING, actual 4 h of 8 h, 4 h paused
    SlaAlerts.Due alerts = SlaAlerts.due(now, Set.of());  // persist alerts.raised(): each alert is raised once
    // readme:end

    assertThat(due).isEqualTo(Instant.parse("2026-03-09T14:00:00Z"));
    assertThat(resolution.state()).isEqualTo(SlaState.RUNNING);
    assertThat(resolution.actual()).isEqualTo(Duration.ofHours(4));
    assertThat(resolution.paused()).isEqualTo(Duration.ofHours(4));
    assertThat(resolution.due()).contains(Instant.parse("2026-03-10T12:00:00Z"));
    assertThat(now.current(SlaMetric.FIRST_RESPONSE).orElseThrow().state()).isEqualTo(SlaState.MET);
    assertThat(alerts.alerts()).isEmpty();
  }

  @Test
  void readmeShowsThisTestsCode() throws IOException {
    String path = "src/test/java/io/crmkit/service/sla/SlaReadmeSnippetTest.java";
    String readme = Files.readString(Path.of("README.md"));
    int marker = readme.indexOf("<!-- snippet: the body of " + path);
    assertThat(marker).as("README marker for %s", path).isNotNegative();
    int start = readme.indexOf("```java\n", marker) + "```java\n".length();
    String source = Files.readString(Path.of(path));
    int from = source.indexOf("// readme:begin");
    assertThat(lines(readme.substring(start, readme.indexOf("```", start))))
        .isNotEmpty()
        .isEqualTo(lines(source.substring(source.indexOf('\n', from) + 1, source.indexOf("// readme:end"))));
  }

  private static List<String> lines(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }
}
