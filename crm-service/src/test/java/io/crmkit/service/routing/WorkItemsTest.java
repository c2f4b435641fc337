package io.crmkit.service.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.service.cases.Case;
import io.crmkit.service.cases.CaseId;
import io.crmkit.service.cases.CasePriority;
import io.crmkit.service.sla.ReopenRule;
import io.crmkit.service.sla.SlaCalendars;
import io.crmkit.service.sla.SlaClock;
import io.crmkit.service.sla.SlaEvaluation;
import io.crmkit.service.sla.SlaEvent;
import io.crmkit.service.sla.SlaMetric;
import io.crmkit.service.sla.SlaPolicy;
import io.crmkit.service.sla.SlaPolicyVersion;
import io.crmkit.service.sla.SlaTarget;
import io.crmkit.service.sla.SlaTimelines;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkItemsTest {
  static final TenantId ACME = TenantId.of("acme");
  static final Instant T0 = Instant.parse("2026-03-09T08:00:00Z");
  final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
  final SlaClock slas = SlaClock.of(SlaPolicy.of(ACME, "24x7", List.of(new SlaPolicyVersion(Instant.parse("2020-01-01T00:00:00Z"),
      List.of(SlaTarget.of(SlaMetric.FIRST_RESPONSE, Duration.ofHours(1)), SlaTarget.of(SlaMetric.RESOLUTION, Duration.ofHours(8))),
      Set.of("pending_customer"), Set.of("solved", "closed"), ReopenRule.RESUME, 75))), SlaCalendars.of(ACME, List.of()), clock);

  Case queued(CasePriority priority) {
    return Case.builder(new CaseId("c-1"), ACME).subject("VPN down").priority(priority).caseType("incident").product("router-x")
        .owner(Owner.team("network")).timestamps(clock).build();
  }

  @Test
  void everyCasePriorityMapsToTheSameLevelAndBack() {
    for (CasePriority p : CasePriority.values()) {
      assertThat(WorkItems.priority(p).name()).isEqualTo(p.name());
      assertThat(WorkItems.casePriority(WorkItems.priority(p))).isEqualTo(p);
    }
    assertThat(WorkItems.casePriority(WorkItems.priority(CasePriority.NORMAL).raised())).isEqualTo(CasePriority.HIGH);
  }

  @Test
  void aQueuedCaseBecomesAWorkItemDueWhenItsEarliestRunningClockIs() {
    Case c = queued(CasePriority.HIGH);
    SlaEvaluation sla = slas.readAt(SlaTimelines.of(c, "gold"), T0.plus(Duration.ofMinutes(10)));
    WorkItem item = WorkItems.builder(c, sla).build();
    assertThat(item.caseId()).isEqualTo(c.id());
    assertThat(item.queue()).isEqualTo("network");
    assertThat(item.priority()).isEqualTo(WorkPriority.HIGH);
    assertThat(item.type()).isEqualTo("incident");
    assertThat(item.product()).contains("router-x");
    assertThat(item.createdAt()).isEqualTo(c.createdAt());
    assertThat(item.slaDueAt()).contains(T0.plus(Duration.ofHours(1)));        // first response before resolution
  }

  @Test
  void aPausedCaseIsNotDueAndABreachedOneIsOverdue() {
    Case c = queued(CasePriority.LOW);
    var paused = SlaTimelines.of(c, "gold").with(new SlaEvent.AgentReplied(T0.plusSeconds(60)))
        .with(new SlaEvent.StatusChanged(T0.plusSeconds(120), "pending_customer"));
    assertThat(WorkItems.slaDueAt(c, slas.readAt(paused, T0.plus(Duration.ofHours(2))))).isEmpty();
    SlaEvaluation late = slas.readAt(SlaTimelines.of(c, "gold"), T0.plus(Duration.ofHours(3)));
    assertThat(WorkItems.slaDueAt(c, late)).contains(T0.plus(Duration.ofHours(1)));
  }

  @Test
  void aCaseWithoutAQueueOrAnotherCasesEvaluationIsRefused() {
    Case c = queued(CasePriority.NORMAL);
    Case ownedByAda = c.withOwner(Owner.user("ada"));
    assertThatThrownBy(() -> WorkItems.builder(ownedByAda, slas.read(SlaTimelines.of(ownedByAda, "gold"))))
        .isInstanceOf(ValidationException.class).hasMessageContaining("queued for a team").hasMessageContaining("user:ada");
    Case other = Case.builder(new CaseId("c-2"), ACME).subject("Other").timestamps(clock).build();
    assertThatThrownBy(() -> WorkItems.slaDueAt(c, slas.read(SlaTimelines.of(other, "gold"))))
        .isInstanceOf(ValidationException.class).hasMessageContaining("c-2");
    Case untyped = Case.builder(new CaseId("c-3"), ACME).subject("Hello").timestamps(clock).build();
    assertThat(WorkItems.builder(untyped, "support").build().type()).isEqualTo(SlaTimelines.UNTYPED);
  }
}
