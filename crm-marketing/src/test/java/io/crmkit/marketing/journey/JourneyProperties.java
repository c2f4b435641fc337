package io.crmkit.marketing.journey;

import static io.crmkit.marketing.journey.JourneyFixtures.T0;
import static io.crmkit.marketing.journey.JourneyFixtures.TENANT;
import static io.crmkit.marketing.journey.JourneyFixtures.contact;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.party.Contact;
import io.crmkit.marketing.channel.EngagementEvent;
import io.crmkit.marketing.channel.EngagementKind;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class JourneyProperties {
  static final List<String> ZONES = List.of("UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe");

  @Property(tries = 150)
  void noEnrolmentLeavesAWaitEarly(@ForAll @Size(min = 1, max = 8) List<@IntRange(min = 1, max = 200) Integer> gapsHours,
      @ForAll @IntRange(min = 0, max = 4) int zone, @ForAll boolean opens) {
    Journey journey = JourneyFixtures.onboarding();
    Contact ada = contact("c-1");
    Enrolment e = JourneyEngine.enter(journey, ada, ZoneId.of(ZONES.get(zone)), List.of(), Optional.of("signup"),
        new EnrolmentId("e-1"), T0).enrolment().orElseThrow();
    Instant now = T0;
    List<JourneyEvent> pending = new ArrayList<>();
    for (int gap : gapsHours) {
      JourneyAdvance a = JourneyEngine.advance(journey, e, ada, pending, now);
      pending = new ArrayList<>();
      for (JourneyAction action : a.actions()) {
        if (opens && action instanceof JourneyAction.SendMessage s) {
          pending.add(JourneyEvent.engaged(EngagementEvent.of(TENANT, s.messageId(), ada.id(), EngagementKind.OPENED, s.nominalAt().plusSeconds(3600))));
        }
      }
      e = a.enrolment();
      for (HistoryEntry h : e.history()) {
        assertThat(h.at()).isBeforeOrEqualTo(now);
      }
      now = now.plus(Duration.ofHours(gap));
    }
    List<HistoryEntry> history = e.history();
    for (int i = 1; i < history.size(); i++) {
      HistoryEntry h = history.get(i);
      Instant enteredStep = history.get(i - 1).at();
      JourneyStep from = journey.step(h.from().orElseThrow());
      if (from instanceof JourneyStep.Wait w) {
        assertThat(h.at()).isAfterOrEqualTo(w.until().dueAt(enteredStep, e.zone()));
      }
      if (from instanceof JourneyStep.Branch b && b.condition() instanceof BranchCondition.Engaged g && h.to().equals(Optional.of(b.ifFalse()))) {
        assertThat(h.at()).isAfterOrEqualTo(e.lastSentAt(g.sendStep()).orElseThrow().at().plus(g.within()));
      }
      assertThat(h.at()).isAfterOrEqualTo(enteredStep);
    }
  }

  @Property(tries = 150)
  void aGoalReachedExitsAndNothingIsSentAfterIt(@ForAll @IntRange(min = 0, max = 240) int goalAfterHours,
      @ForAll @IntRange(min = 0, max = 240) int advanceAfterGoalHours) {
    Journey journey = JourneyFixtures.onboarding();
    Contact ada = contact("c-1");
    Enrolment e = JourneyEngine.enter(journey, ada, ZoneId.of("UTC"), List.of(), Optional.of("signup"), new EnrolmentId("e-1"), T0)
        .enrolment().orElseThrow();
    e = JourneyEngine.advance(journey, e, ada, List.of(), T0).enrolment();
    Instant goalAt = T0.plus(Duration.ofHours(goalAfterHours));
    JourneyAdvance a = JourneyEngine.advance(journey, e, ada, List.of(JourneyEvent.triggered("purchase", ada.id(), goalAt)),
        goalAt.plus(Duration.ofHours(advanceAfterGoalHours)));
    if (a.enrolment().exitedAt().isPresent() && a.enrolment().position().contains("exit step")) {
      return;   // the journey had already ended before the goal
    }
    assertThat(a.enrolment().status()).isEqualTo(EnrolmentStatus.EXITED);
    assertThat(a.enrolment().position()).contains("goal 'purchased' reached");
    for (JourneyAction action : a.actions()) {
      if (action instanceof JourneyAction.SendMessage s) {
        assertThat(s.nominalAt()).isBefore(goalAt);
      }
    }
  }

  @Property(tries = 100)
  void randomSplitsAreDeterministicAndCloseToTheirWeights(
      @ForAll @Size(min = 2, max = 4) List<@IntRange(min = 1, max = 10) Integer> weights, @ForAll @IntRange(min = 0, max = 1000) int salt) {
    Journey journey = JourneyFixtures.split(weights);
    int n = 2000;
    int[] counts = new int[weights.size()];
    for (int i = 0; i < n; i++) {
      Contact c = contact("c-" + salt + "-" + i);
      Enrolment e = JourneyEngine.enter(journey, c, ZoneId.of("UTC"), List.of(), Optional.empty(), new EnrolmentId("e-" + i), T0)
          .enrolment().orElseThrow();
      JourneyAdvance a1 = JourneyEngine.advance(journey, e, c, List.of(), T0);
      JourneyAdvance a2 = JourneyEngine.advance(journey, e, c, List.of(), T0.plusSeconds(99));
      assertThat(a2.enrolment().currentStep()).isEqualTo(a1.enrolment().currentStep());
      counts[Integer.parseInt(a1.enrolment().currentStep().value().substring(4))]++;
    }
    int total = weights.stream().mapToInt(Integer::intValue).sum();
    for (int i = 0; i < counts.length; i++) {
      double expected = (double) weights.get(i) / total;
      double sd = Math.sqrt(expected * (1 - expected) / n);
      assertThat((double) counts[i] / n).as("arm %d of %s: %s", i, weights, Map.of("counts", java.util.Arrays.toString(counts)))
          .isCloseTo(expected, org.assertj.core.data.Offset.offset(5 * sd));
    }
  }
}
