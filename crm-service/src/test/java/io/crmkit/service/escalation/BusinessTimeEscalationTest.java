package io.crmkit.service.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.service.calendar.BusinessCalendar;
import io.crmkit.service.calendar.CalendarVersion;
import io.crmkit.service.cases.Case;
import io.crmkit.service.cases.CaseId;
import io.crmkit.service.escalation.EscalationAction.Notify;
import io.crmkit.service.routing.WorkItem;
import io.crmkit.service.routing.WorkItems;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Escalation tiers counted on a business calendar: the weekend and the nights do not age a case. */
class BusinessTimeEscalationTest {
  static final TenantId ACME = TenantId.of("acme");
  static final BusinessCalendar OFFICE = BusinessCalendar.of(ACME, "office",
      CalendarVersion.builder(ZoneId.of("Europe/Berlin"), Instant.parse("2020-01-01T00:00:00Z")).weekdays("09:00", "17:00").build());
  static final Instant FRI_1600_BERLIN = Instant.parse("2026-03-06T15:00:00Z");

  final WorkItem item = WorkItems.builder(Case.builder(new CaseId("c-7"), ACME).subject("Router down")
      .owner(Owner.team("support")).createdAt(FRI_1600_BERLIN).updatedAt(FRI_1600_BERLIN).build(), "support").build();

  static EscalationRules rules(TimeBasis basis) {
    return EscalationRules.builder(ACME).businessTime(ElapsedTime.business(OFFICE))
        .rule(EscalationRule.of("stale", "waiting too long", EscalationCriteria.any(), basis,
            EscalationTier.of("notify", Duration.ofHours(4), new Notify(List.of("team-lead"), "Waiting 4 hours"))))
        .build();
  }

  @Test
  void aCaseOpenedOnFridayAfternoonEscalatesOnMondayAfterFourOpenHours() {
    EscalationRules business = rules(TimeBasis.BUSINESS);
    // Friday 16:00-17:00 is one business hour; Saturday and Sunday add nothing
    EscalationEvaluation sunday = business.evaluate(item, Instant.parse("2026-03-08T20:00:00Z"), Set.of());
    assertThat(sunday.raised()).isEmpty();
    assertThat(sunday.pendingTiers()).containsExactly("notify");
    // Monday 11:59 Berlin: 1 h + 2 h 59 min
    assertThat(business.evaluate(item, Instant.parse("2026-03-09T10:59:00Z"), Set.of()).raised()).isEmpty();
    // Monday 12:00 Berlin: four open hours
    EscalationEvaluation monday = business.evaluate(item, Instant.parse("2026-03-09T11:00:00Z"), Set.of());
    assertThat(monday.raised()).singleElement().satisfies(e -> {
      assertThat(e.tier()).isEqualTo("notify");
      assertThat(e.age()).isEqualTo(Duration.ofHours(4));
      assertThat(e.basis()).isEqualTo(TimeBasis.BUSINESS);
      assertThat(e.subjects()).containsExactly(Case.builder(new CaseId("c-7"), ACME).subject("x")
          .createdAt(FRI_1600_BERLIN).updatedAt(FRI_1600_BERLIN).build().ref());
    });
    assertThat(monday.explanation()).contains("business time");
    // fired once: remembered, it does not fire again
    assertThat(business.evaluate(item, Instant.parse("2026-03-10T11:00:00Z"), Set.of(monday.raised().get(0).firedTier())).raised())
        .isEmpty();
  }

  @Test
  void inWallTimeTheSameTierFiresOnFridayEvening() {
    EscalationEvaluation friday = rules(TimeBasis.WALL).evaluate(item, Instant.parse("2026-03-06T19:00:00Z"), Set.of());
    assertThat(friday.raised()).singleElement().satisfies(e -> assertThat(e.age()).isEqualTo(Duration.ofHours(4)));
  }

  @Test
  void businessTimeIsZeroBackwardsAndFollowsTheCalendarsVersions() {
    ElapsedTime time = ElapsedTime.business(OFFICE);
    assertThat(time.between(Instant.parse("2026-03-09T11:00:00Z"), FRI_1600_BERLIN)).isZero();
    BusinessCalendar longer = OFFICE.withVersion(CalendarVersion.builder(ZoneId.of("Europe/Berlin"),
        Instant.parse("2026-03-09T00:00:00Z")).weekdays("08:00", "18:00").build());
    // Friday 1 h on the old hours, Monday 08:00-12:00 on the new ones
    assertThat(ElapsedTime.business(longer).between(FRI_1600_BERLIN, Instant.parse("2026-03-09T11:00:00Z")))
        .isEqualTo(Duration.ofHours(5));
  }
}
