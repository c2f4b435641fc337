package io.crmkit.service.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.TenantId;
import io.crmkit.service.cases.CaseId;
import io.crmkit.service.escalation.EscalationAction.Notify;
import io.crmkit.service.escalation.EscalationAction.RaisePriority;
import io.crmkit.service.escalation.EscalationAction.ReassignToQueue;
import io.crmkit.service.routing.ReadmeSnippet;
import io.crmkit.service.routing.WorkItem;
import io.crmkit.service.routing.WorkPriority;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** crm-service/README.md's escalation snippet is the body of {@link #escalate()}, word for word. */
class EscalationReadmeSnippetTest {
  @Test
  void escalate() {
    TenantId tenant = TenantId.of("acme");
    ElapsedTime businessHours = EscalationTest.NINE_TO_FIVE;
    // readme:begin
    EscalationRules rules = EscalationRules.builder(tenant).businessTime(businessHours)
        .rule(EscalationRule.of("urgent", "urgent case waiting", EscalationCriteria.any().priorities(WorkPriority.URGENT),
            TimeBasis.WALL, EscalationTier.of("page", Duration.ofHours(1), new Notify(List.of("on-call"), "Urgent case waiting"))))
        .rule(EscalationRule.of("stale", "case waiting too long", EscalationCriteria.any(), TimeBasis.BUSINESS,
            EscalationTier.of("notify", Duration.ofHours(4), new Notify(List.of("team-lead"), "Waiting 4 business hours")),
            EscalationTier.of("move", Duration.ofHours(8), new ReassignToQueue("tier-2"), new RaisePriority(WorkPriority.HIGH))))
        .build();
    WorkItem item = WorkItem.builder(tenant, new CaseId("c-7"), "support", Instant.parse("2026-03-02T09:00:00Z"))
        .product("router-x").build();

    Set<FiredTier> fired = new HashSet<>();            // stored with the case by the host
    EscalationEvaluation at14 = rules.evaluate(item, Instant.parse("2026-03-02T14:00:00Z"), fired);   // notify
    at14.raised().forEach(e -> fired.add(e.firedTier()));
    EscalationEvaluation nextDay = rules.evaluate(item, Instant.parse("2026-03-03T10:00:00Z"), fired);  // move
    EscalationRaised moved = nextDay.raised().get(0);  // actions: reassign to queue tier-2, raise priority to HIGH

    EscalationReport report = EscalationReport.of(tenant,
        List.of(EscalationRecord.of(at14.raised().get(0)), EscalationRecord.of(moved)), ReportPeriod.MONTH, ZoneId.of("UTC"));
    System.out.println(report.byReason());             // one reason, "case waiting too long": 2 escalations of 1 case, share 100.00
    // readme:end

    assertThat(at14.raised()).extracting(EscalationRaised::tier).containsExactly("notify");
    assertThat(nextDay.raised()).extracting(EscalationRaised::tier).containsExactly("move");
    assertThat(moved.actions().stream().map(Object::toString).collect(Collectors.joining(", ")))
        .isEqualTo("reassign to queue tier-2, raise priority to HIGH");
    assertThat(report.byReason()).containsExactly(new EscalationCount("case waiting too long", 2, 1, new BigDecimal("100.00")));
  }

  @Test
  void readmeShowsThisTestsCode() throws IOException {
    ReadmeSnippet.assertReadmeShows("src/test/java/io/crmkit/service/escalation/EscalationReadmeSnippetTest.java");
  }
}
