package io.crmkit.marketing.journey;

import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.PersonName;
import io.crmkit.marketing.channel.ChannelKind;
import io.crmkit.marketing.channel.EngagementKind;
import io.crmkit.marketing.template.TemplateId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

final class JourneyFixtures {
  static final TenantId TENANT = TenantId.of("acme");
  static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

  private JourneyFixtures() {}

  static Contact contact(String id) {
    return Contact.builder(new ContactId(id), TENANT).name(PersonName.of("Ada", "Lovelace")).owner(Owner.user("u-1"))
        .createdAt(T0).updatedAt(T0).build();
  }

  /** welcome → branch opened within 3 days → (yes) upsell / (no) wait 2 days → reminder → exit; goal: purchase. */
  static Journey onboarding() {
    return Journey.builder(new JourneyId("onboarding"), TENANT, "Onboarding")
        .entry(EntryRule.onTrigger("signup"))
        .step(JourneyStep.send("welcome", new TemplateId("t-welcome"), ChannelKind.EMAIL, "opened?"))
        .step(JourneyStep.branch("opened?", BranchCondition.engaged(new StepId("welcome"), EngagementKind.OPENED, Duration.ofDays(3)), "upsell", "pause"))
        .step(JourneyStep.send("upsell", new TemplateId("t-upsell"), ChannelKind.EMAIL, "done"))
        .step(JourneyStep.await("pause", WaitCondition.forDuration(Duration.ofDays(2)), "reminder"))
        .step(JourneyStep.send("reminder", new TemplateId("t-reminder"), ChannelKind.SMS, "done"))
        .step(JourneyStep.exit("done"))
        .goal(Goal.triggered("purchased", "purchase"))
        .build();
  }

  static Journey split(List<Integer> weights) {
    Journey.Builder b = Journey.builder(new JourneyId("split"), TENANT, "Split");
    List<SplitArm> arms = new java.util.ArrayList<>();
    for (int i = 0; i < weights.size(); i++) {
      arms.add(SplitArm.of("arm" + i, weights.get(i), "exit" + i));
    }
    b.step(JourneyStep.split("split", arms));
    for (int i = 0; i < weights.size(); i++) {
      b.step(JourneyStep.exit("exit" + i));
    }
    return b.build();
  }
}
