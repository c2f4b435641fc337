package io.crmkit.marketing.journey;

import static io.crmkit.marketing.journey.JourneyFixtures.T0;
import static io.crmkit.marketing.journey.JourneyFixtures.TENANT;
import static io.crmkit.marketing.journey.JourneyFixtures.contact;
import static io.crmkit.marketing.journey.JourneyFixtures.onboarding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ValidationException;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactFields;
import io.crmkit.core.query.Criteria;
import io.crmkit.marketing.channel.ChannelKind;
import io.crmkit.marketing.channel.EngagementEvent;
import io.crmkit.marketing.channel.EngagementKind;
import io.crmkit.marketing.template.TemplateId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JourneyTest {
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  final Journey journey = onboarding();
  final Contact ada = contact("c-1");

  Enrolment entered() {
    return JourneyEngine.enter(journey, ada, BERLIN, List.of(), Optional.of("signup"), new EnrolmentId("e-1"), T0)
        .enrolment().orElseThrow();
  }

  @Nested
  @DisplayName("advancing")
  class Advancing {
    @Test
    void sendsTheWelcomeThenWaitsForTheOpenWindow() {
      JourneyAdvance a = JourneyEngine.advance(journey, entered(), ada, List.of(), T0);
      assertThat(a.actions()).singleElement().isInstanceOfSatisfying(JourneyAction.SendMessage.class, s -> {
        assertThat(s.template()).isEqualTo(new TemplateId("t-welcome"));
        assertThat(s.messageId().value()).isEqualTo("e-1:welcome:1");
        assertThat(s.nominalAt()).isEqualTo(T0);
      });
      assertThat(a.enrolment().currentStep()).isEqualTo(new StepId("opened?"));
      assertThat(a.wakeUpAt()).contains(T0.plus(Duration.ofDays(3)));
      assertThat(a.enrolment().position()).contains("until 2026-03-05T08:00:00Z unless e-1:welcome:1 is opened");
    }

    @Test
    void anOpenWithinTheWindowTakesTheYesBranchAtTheTimeOfTheOpen() {
      JourneyAdvance first = JourneyEngine.advance(journey, entered(), ada, List.of(), T0);
      Instant openedAt = T0.plus(Duration.ofHours(5));
      EngagementEvent opened = EngagementEvent.of(TENANT, first.enrolment().sent().get(0).messageId(), ada.id(), EngagementKind.OPENED, openedAt);
      JourneyAdvance second = JourneyEngine.advance(journey, first.enrolment(), ada, List.of(JourneyEvent.engaged(opened)), T0.plus(Duration.ofDays(1)));
      assertThat(second.actions()).hasSize(2);
      assertThat(((JourneyAction.SendMessage) second.actions().get(0)).nominalAt()).isEqualTo(openedAt);
      assertThat(second.enrolment().status()).isEqualTo(EnrolmentStatus.EXITED);
      assertThat(second.enrolment().history()).extracting(HistoryEntry::explanation)
          .anySatisfy(x -> assertThat(x).startsWith("branch 'opened?': opened e-1:welcome:1 at 2026-03-02T13:00:00Z"));
    }

    @Test
    void noOpenTakesTheNoBranchAtTheEndOfTheWindowAndWaitsFromThere() {
      JourneyAdvance first = JourneyEngine.advance(journey, entered(), ada, List.of(), T0);
      JourneyAdvance late = JourneyEngine.advance(journey, first.enrolment(), ada, List.of(), T0.plus(Duration.ofDays(4)));
      assertThat(late.actions()).isEmpty();
      assertThat(late.enrolment().currentStep()).isEqualTo(new StepId("pause"));
      assertThat(late.enrolment().stepEnteredAt()).isEqualTo(T0.plus(Duration.ofDays(3)));
      assertThat(late.wakeUpAt()).contains(T0.plus(Duration.ofDays(5)));
      JourneyAdvance done = JourneyEngine.advance(journey, late.enrolment(), ada, List.of(), T0.plus(Duration.ofDays(6)));
      assertThat(done.actions()).first().isInstanceOfSatisfying(JourneyAction.SendMessage.class,
          s -> assertThat(s.nominalAt()).isEqualTo(T0.plus(Duration.ofDays(5))));
    }

    @Test
    void aGoalExitsWhereverTheContactIs() {
      JourneyAdvance first = JourneyEngine.advance(journey, entered(), ada, List.of(), T0);
      Instant bought = T0.plus(Duration.ofHours(1));
      JourneyAdvance next = JourneyEngine.advance(journey, first.enrolment(), ada,
          List.of(JourneyEvent.triggered("purchase", ada.id(), bought)), T0.plus(Duration.ofHours(2)));
      assertThat(next.enrolment().status()).isEqualTo(EnrolmentStatus.EXITED);
      assertThat(next.enrolment().exitedAt()).contains(bought);
      assertThat(next.enrolment().position()).contains("goal 'purchased' reached");
      assertThat(next.actions()).singleElement().isInstanceOf(JourneyAction.Exited.class);
    }

    @Test
    void anUnsubscribeEndsTheEnrolment() {
      JourneyAdvance first = JourneyEngine.advance(journey, entered(), ada, List.of(), T0);
      EngagementEvent unsub = EngagementEvent.of(TENANT, first.enrolment().sent().get(0).messageId(), ada.id(),
          EngagementKind.UNSUBSCRIBED, T0.plusSeconds(60));
      JourneyAdvance next = JourneyEngine.advance(journey, first.enrolment(), ada, List.of(JourneyEvent.engaged(unsub)), T0.plusSeconds(120));
      assertThat(next.enrolment().position()).contains("sending ended: unsubscribed");
    }

    @Test
    void advancingIsPureAndRepeatable() {
      Enrolment e = entered();
      assertThat(JourneyEngine.advance(journey, e, ada, List.of(), T0)).isEqualTo(JourneyEngine.advance(journey, e, ada, List.of(), T0));
    }

    @Test
    void waitsUntilALocalTimeOfDayInTheRecipientsZone() {
      Journey morning = Journey.builder(new JourneyId("m"), TENANT, "Morning")
          .step(JourneyStep.await("nine", WaitCondition.untilTimeOfDay(LocalTime.of(9, 0)), "send"))
          .step(JourneyStep.send("send", new TemplateId("t"), ChannelKind.PUSH, "out"))
          .step(JourneyStep.exit("out")).build();
      Instant sunday = Instant.parse("2026-03-29T00:30:00Z");   // Berlin switches to summer time that night
      Enrolment e = JourneyEngine.enter(morning, ada, BERLIN, List.of(), Optional.empty(), new EnrolmentId("e-2"), sunday)
          .enrolment().orElseThrow();
      JourneyAdvance a = JourneyEngine.advance(morning, e, ada, List.of(), sunday);
      assertThat(a.wakeUpAt()).contains(Instant.parse("2026-03-29T07:00:00Z"));
    }
  }

  @Nested
  @DisplayName("entry")
  class Entry {
    @Test
    void reEntryPolicies() {
      Enrolment first = entered();
      EntryDecision never = JourneyEngine.enter(journey, ada, BERLIN, List.of(first), Optional.of("signup"), new EnrolmentId("e-2"), T0);
      assertThat(never.entered()).isFalse();
      assertThat(never.reason()).contains("never allowed");
      Journey afterExit = new Journey(journey.id(), TENANT, 0, "x", journey.entry().withReEntry(ReEntryPolicy.AFTER_EXIT),
          journey.start(), journey.steps(), journey.goals());
      assertThat(JourneyEngine.enter(afterExit, ada, BERLIN, List.of(first), Optional.of("signup"), new EnrolmentId("e-2"), T0).reason())
          .contains("still active");
      Enrolment exited = JourneyEngine.advance(afterExit, first, ada, List.of(JourneyEvent.triggered("purchase", ada.id(), T0)), T0).enrolment();
      assertThat(JourneyEngine.enter(afterExit, ada, BERLIN, List.of(exited), Optional.of("signup"), new EnrolmentId("e-2"), T0).entered()).isTrue();
    }

    @Test
    void triggersAndCriteriaGateEntry() {
      assertThat(JourneyEngine.enter(journey, ada, BERLIN, List.of(), Optional.empty(), new EnrolmentId("e"), T0).reason())
          .isEqualTo("not entered: the journey starts on signup, not on no trigger");
      Journey withEmail = Journey.builder(new JourneyId("j"), TENANT, "j")
          .entry(EntryRule.anyone().withCriteria(Criteria.isPresent(ContactFields.EMAIL)))
          .step(JourneyStep.exit("out")).build();
      assertThat(JourneyEngine.enter(withEmail, ada, BERLIN, List.of(), Optional.empty(), new EnrolmentId("e"), T0).reason())
          .startsWith("not entered: the contact does not match the entry criteria");
    }
  }

  @Nested
  @DisplayName("validation when built")
  class Validation {
    @Test
    void aCycleWithoutAWaitIsRefused() {
      assertThatThrownBy(() -> Journey.builder(new JourneyId("j"), TENANT, "j")
          .step(JourneyStep.send("a", new TemplateId("t"), ChannelKind.EMAIL, "b"))
          .step(JourneyStep.branch("b", BranchCondition.matches(Criteria.isPresent(ContactFields.EMAIL)), "a", "c"))
          .step(JourneyStep.exit("c")).build())
          .isInstanceOf(ValidationException.class).hasMessageContaining("the cycle a -> b -> a passes no wait");
    }

    @Test
    void aCycleThroughADurationWaitIsFine() {
      Journey j = Journey.builder(new JourneyId("j"), TENANT, "j")
          .step(JourneyStep.send("a", new TemplateId("t"), ChannelKind.EMAIL, "w"))
          .step(JourneyStep.await("w", WaitCondition.forDuration(Duration.ofDays(7)), "a")).build();
      assertThat(j.steps()).hasSize(2);
    }

    @Test
    void unreachableStepsUnknownTargetsAndBadEngagementBranchesAreRefused() {
      assertThatThrownBy(() -> Journey.builder(new JourneyId("j"), TENANT, "j")
          .step(JourneyStep.exit("a")).step(JourneyStep.exit("b")).build())
          .hasMessageContaining("steps.b").hasMessageContaining("cannot be reached");
      assertThatThrownBy(() -> Journey.builder(new JourneyId("j"), TENANT, "j")
          .step(JourneyStep.send("a", new TemplateId("t"), ChannelKind.EMAIL, "nowhere")).build())
          .hasMessageContaining("leads to unknown step 'nowhere'");
      assertThatThrownBy(() -> Journey.builder(new JourneyId("j"), TENANT, "j")
          .step(JourneyStep.branch("a", BranchCondition.engaged(new StepId("c"), EngagementKind.OPENED, Duration.ofDays(1)), "c", "c"))
          .step(JourneyStep.exit("c")).build())
          .hasMessageContaining("not a send step");
    }
  }
}
