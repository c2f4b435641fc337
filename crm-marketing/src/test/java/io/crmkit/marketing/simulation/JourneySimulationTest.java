package io.crmkit.marketing.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.marketing.channel.ChannelKind;
import io.crmkit.marketing.channel.EngagementKind;
import io.crmkit.marketing.journey.BranchCondition;
import io.crmkit.marketing.journey.EnrolmentStatus;
import io.crmkit.marketing.journey.EntryRule;
import io.crmkit.marketing.journey.Goal;
import io.crmkit.marketing.journey.Journey;
import io.crmkit.marketing.journey.JourneyEvent;
import io.crmkit.marketing.journey.JourneyId;
import io.crmkit.marketing.journey.JourneyStep;
import io.crmkit.marketing.journey.StepId;
import io.crmkit.marketing.journey.WaitCondition;
import io.crmkit.marketing.template.CompiledTemplate;
import io.crmkit.marketing.template.MessageTemplate;
import io.crmkit.marketing.template.TemplateId;
import io.crmkit.marketing.template.Templates;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JourneySimulationTest {
  static final TenantId TENANT = TenantId.of("acme");
  static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
  static final Duration FOUR_WEEKS = Duration.ofDays(28);
  static final StepId WELCOME = new StepId("welcome");
  static final StepId REMINDER = new StepId("reminder");
  static final StepId UPSELL = new StepId("upsell");

  /** welcome → opened within 3 days? → upsell : (wait 2 days → reminder) → done; goal: purchase. */
  static Journey onboarding() {
    return Journey.builder(new JourneyId("onboarding"), TENANT, "Onboarding")
        .entry(EntryRule.onTrigger("signup"))
        .step(JourneyStep.send("welcome", new TemplateId("t-welcome"), ChannelKind.EMAIL, "opened?"))
        .step(JourneyStep.branch("opened?", BranchCondition.engaged(WELCOME, EngagementKind.OPENED, Duration.ofDays(3)), "upsell", "pause"))
        .step(JourneyStep.send("upsell", new TemplateId("t-upsell"), ChannelKind.EMAIL, "done"))
        .step(JourneyStep.await("pause", WaitCondition.forDuration(Duration.ofDays(2)), "reminder"))
        .step(JourneyStep.send("reminder", new TemplateId("t-reminder"), ChannelKind.SMS, "done"))
        .step(JourneyStep.exit("done"))
        .goal(Goal.triggered("purchased", "purchase"))
        .build();
  }

  static Map<TemplateId, CompiledTemplate> templates() {
    return Map.of(
        new TemplateId("t-welcome"), email("t-welcome", "Welcome, {{contact.givenName}}"),
        new TemplateId("t-upsell"), email("t-upsell", "More for {{contact.givenName}}"),
        new TemplateId("t-reminder"), Templates.compile(MessageTemplate.text(new TemplateId("t-reminder"), TENANT, "reminder",
            "{{contact.givenName}}, your account is waiting")));
  }

  static CompiledTemplate email(String id, String subject) {
    return Templates.compile(MessageTemplate.email(new TemplateId(id), TENANT, id, subject, "<p>" + subject + "</p>", subject));
  }

  static Contact contact(int i) {
    return Contact.builder(new ContactId("c-" + i), TENANT).name(PersonName.of("Name" + i, "Tester")).owner(Owner.user("u-1"))
        .contactPoint(ContactPoint.email("c" + i + "@example.com", ContactPoint.Purpose.WORK).asPrimary())
        .contactPoint(ContactPoint.phone("+4915112345" + String.format("%03d", i), "DE", ContactPoint.Purpose.MOBILE).asPrimary())
        .createdAt(START).updatedAt(START).build();
  }

  /** {@code size} contacts arriving one every three hours over the first days. */
  static List<Arrival> population(int size) {
    List<Arrival> out = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      out.add(Arrival.of(contact(i), ZoneId.of(i % 2 == 0 ? "Europe/Berlin" : "America/New_York"), START.plus(Duration.ofHours(3L * i)), "signup"));
    }
    return out;
  }

  static SimulationSetup setup(int size, List<JourneyEvent> events, EngagementModel model, long seed) {
    return new SimulationSetup(onboarding(), templates(), population(size), events, model, seed, START, FOUR_WEEKS);
  }

  static final EngagementModel HALF_OPEN = new EngagementModel(0.5, 0.3, 0.1, Duration.ofDays(2));

  @Test
  @DisplayName("the same seed gives the same sends, engagements and final states; another seed other engagements")
  void deterministicForASeed() {
    SimulationResult first = JourneySimulation.run(setup(40, List.of(), HALF_OPEN, 42));
    SimulationResult again = JourneySimulation.run(setup(40, List.of(), HALF_OPEN, 42));
    SimulationResult other = JourneySimulation.run(setup(40, List.of(), HALF_OPEN, 43));

    assertThat(again).isEqualTo(first);
    assertThat(first.sends()).hasSizeGreaterThanOrEqualTo(80);
    assertThat(first.sendsOf(UPSELL)).isNotEmpty();
    assertThat(first.sendsOf(REMINDER)).isNotEmpty();
    assertThat(other.engagements()).isNotEqualTo(first.engagements());
  }

  @Test
  @DisplayName("every send is reported with its virtual time, recipient, step and reason, and recorded by the channel")
  void sendsAreExplained() {
    SimulationResult result = JourneySimulation.run(setup(6, List.of(), HALF_OPEN, 7));

    assertThat(result.sends()).isSortedAccordingTo(java.util.Comparator.comparing(SimulatedSend::at));
    assertThat(result.messages()).extracting(m -> m.id()).containsExactlyElementsOf(result.sends().stream().map(SimulatedSend::messageId).toList());
    assertThat(result.sendsOf(WELCOME)).hasSize(6).allSatisfy(s -> {
      assertThat(s.reason()).isEqualTo("journey 'Onboarding', step 'welcome': template 't-welcome' by email");
      assertThat(s.at()).isEqualTo(START.plus(Duration.ofHours(3L * Integer.parseInt(s.recipient().value().substring(2)))));
    });
    assertThat(result.enrolments()).hasSize(6).allSatisfy((id, e) -> assertThat(e.status()).isEqualTo(EnrolmentStatus.EXITED));
  }

  @Test
  @DisplayName("engagement is fed back: everyone who opens in time gets the upsell, no one else does")
  void engagementIsFedBack() {
    SimulationResult all = JourneySimulation.run(setup(10, List.of(), new EngagementModel(1, 0, 0, Duration.ofHours(12)), 1));
    SimulationResult none = JourneySimulation.run(setup(10, List.of(), EngagementModel.none(), 1));

    assertThat(all.sendsOf(UPSELL)).hasSize(10);
    assertThat(all.sendsOf(REMINDER)).isEmpty();
    assertThat(all.engagements()).as("every welcome and every upsell is opened").hasSize(20)
        .allSatisfy(e -> assertThat(e.kind()).isEqualTo(EngagementKind.OPENED));
    for (SimulatedSend upsell : all.sendsOf(UPSELL)) {
      SimulatedSend welcome = all.sendsTo(upsell.recipient()).get(0);
      Instant opened = all.engagements().stream().filter(e -> e.messageId().equals(welcome.messageId())).findFirst().orElseThrow().occurredAt();
      assertThat(opened).isAfter(welcome.at()).isBeforeOrEqualTo(welcome.at().plus(Duration.ofHours(12)));
      assertThat(upsell.at()).as("the upsell goes out when the open arrives").isEqualTo(opened);
    }
    assertThat(none.sendsOf(UPSELL)).isEmpty();
    assertThat(none.sendsOf(REMINDER)).hasSize(10);
  }

  @Test
  @DisplayName("no send leaves a wait early: each reminder goes out exactly when the 3-day window and the 2-day wait have ended")
  void noSendBeforeAWaitEnds() {
    SimulationResult result = JourneySimulation.run(setup(30, List.of(), HALF_OPEN, 99));

    assertThat(result.sendsOf(REMINDER)).isNotEmpty().allSatisfy(reminder -> {
      SimulatedSend welcome = result.sendsTo(reminder.recipient()).get(0);
      assertThat(welcome.step()).isEqualTo(WELCOME);
      assertThat(reminder.at()).isEqualTo(welcome.at().plus(Duration.ofDays(5)));
    });
  }

  @Test
  @DisplayName("a goal reached stops the sends: a purchase during the wait leaves no reminder")
  void goalStopsSends() {
    ContactId buyer = new ContactId("c-0");
    Instant purchase = START.plus(Duration.ofDays(4));
    SimulationResult result = JourneySimulation.run(setup(4, List.of(JourneyEvent.triggered("purchase", buyer, purchase)), EngagementModel.none(), 5));

    assertThat(result.sendsTo(buyer)).extracting(SimulatedSend::step).containsExactly(WELCOME);
    assertThat(result.enrolments().get(buyer)).satisfies(e -> {
      assertThat(e.status()).isEqualTo(EnrolmentStatus.EXITED);
      assertThat(e.exitedAt()).contains(purchase);
      assertThat(e.position()).contains("purchased");
    });
    assertThat(result.sendsTo(new ContactId("c-1"))).extracting(SimulatedSend::step).containsExactly(WELCOME, REMINDER);
  }

  @Test
  @DisplayName("contacts that do not enter are reported with the reason")
  void notEntered() {
    List<Arrival> people = List.of(Arrival.of(contact(0), ZoneId.of("UTC"), START, "signup"),
        new Arrival(contact(1), ZoneId.of("UTC"), START, Optional.of("webinar")));
    SimulationResult result = JourneySimulation.run(
        new SimulationSetup(onboarding(), templates(), people, List.of(), EngagementModel.none(), 1, START, FOUR_WEEKS));

    assertThat(result.notEntered()).containsOnlyKeys(new ContactId("c-1"));
    assertThat(result.notEntered().get(new ContactId("c-1"))).contains("not on 'webinar'");
    assertThat(result.sendsTo(new ContactId("c-1"))).isEmpty();
  }

  @Test
  @DisplayName("a setup without a template for a send step, or with an arrival outside the period, is refused")
  void validation() {
    assertThatThrownBy(() -> new SimulationSetup(onboarding(), Map.of(), population(1), List.of(), EngagementModel.none(), 1, START, FOUR_WEEKS))
        .isInstanceOf(ValidationException.class).hasMessageContaining("no compiled template 't-welcome' for send step 'welcome'");
    assertThatThrownBy(() -> new SimulationSetup(onboarding(), templates(), population(1), List.of(), EngagementModel.none(), 1,
        START.plusSeconds(1), FOUR_WEEKS)).isInstanceOf(ValidationException.class).hasMessageContaining("outside");
    assertThatThrownBy(() -> new EngagementModel(1.5, 0, 0, Duration.ofHours(1)))
        .isInstanceOf(ValidationException.class).hasMessageContaining("must be a probability in [0, 1] but was 1.5");
  }
}
