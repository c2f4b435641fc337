package io.crmkit.testkit.marketing;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.consent.Purpose;
import io.crmkit.marketing.abtest.AbTest;
import io.crmkit.marketing.abtest.AbTests;
import io.crmkit.marketing.abtest.Variant;
import io.crmkit.marketing.campaign.Campaign;
import io.crmkit.marketing.campaign.CampaignLifecycle;
import io.crmkit.marketing.journey.Journey;
import io.crmkit.marketing.schedule.DstPolicy;
import io.crmkit.marketing.schedule.FrequencyCap;
import io.crmkit.marketing.schedule.QuietHours;
import io.crmkit.marketing.schedule.RetryPolicy;
import io.crmkit.marketing.schedule.SendStep;
import io.crmkit.marketing.schedule.SendWindow;
import io.crmkit.marketing.segment.Segment;
import io.crmkit.marketing.segment.SegmentTarget;
import io.crmkit.marketing.subscription.SubscriptionType;
import io.crmkit.marketing.template.CompiledTemplate;
import io.crmkit.marketing.template.MessageTemplate;
import io.crmkit.marketing.template.Templates;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/** {@code @ForAll} works for the crm-marketing types through the registered {@link MarketingArbitraryProvider}, and the values are valid. */
class MarketingForAllProperties {

  @Property(tries = 200)
  void campaignsSegmentsAndJourneysComeFromTheRegisteredProvider(@ForAll Campaign campaign, @ForAll Segment segment,
      @ForAll Journey journey) {
    assertThat(campaign.version()).isZero();
    assertThat(campaign.status()).isEqualTo(CampaignLifecycle.DRAFT);
    assertThat(campaign.memberStatuses().defaultStatus()).isNotNull();
    assertThat(campaign.budget().currency()).isEqualTo(campaign.actualCost().currency());
    assertThat(segment.target()).isEqualTo(SegmentTarget.CONTACTS);
    assertThat(segment.tenantId()).isNotNull();
    assertThat(journey.steps()).isNotEmpty();
    Statistics.label("campaign has a start date").collect(campaign.startDate().isPresent());
  }

  @Property(tries = 200)
  void templatesCompileAndSubscriptionTypesAreSpecific(@ForAll MessageTemplate template, @ForAll SubscriptionType type) {
    CompiledTemplate compiled = Templates.compile(template);
    assertThat(compiled.template()).isEqualTo(template);
    assertThat(template.subject().isPresent()).isEqualTo(template.html().isPresent());
    assertThat(type.purpose()).isNotEqualTo(Purpose.ALL);
    assertThat(type.key()).matches("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    assertThat(type.confirmationValidity()).isPositive().isLessThanOrEqualTo(Duration.ofDays(90));
    Statistics.label("kind").collect(template.subject().isPresent() ? "email" : "text");
  }

  @Property(tries = 200)
  void sendingSettingsAreUsable(@ForAll SendStep step, @ForAll SendWindow window, @ForAll QuietHours quiet,
      @ForAll FrequencyCap cap, @ForAll DstPolicy dst, @ForAll RetryPolicy retry) {
    assertThat(window.start()).isNotEqualTo(window.end());
    assertThat(quiet.contains(quiet.start())).isTrue();
    assertThat(quiet.contains(quiet.end())).isFalse();
    assertThat(cap.max()).isPositive();
    assertThat(step.stepId()).startsWith("step-");
    // a DST policy places every local time of a spring-forward day somewhere on that day
    LocalDate springForward = LocalDate.of(2026, 3, 29);
    assertThat(dst.place(springForward.atTime(LocalTime.of(2, 30)), ZoneId.of("Europe/Berlin")).toLocalDate()).isEqualTo(springForward);
    for (int failed = 1; failed <= retry.maxAttempts(); failed++) {
      assertThat(retry.cappedBackoff(failed)).isBetween(retry.initialBackoff(), retry.maxBackoff());
    }
  }

  @Property(tries = 100)
  void abTestsAssignEveryRecipientToAVariantOrTheRest(@ForAll AbTest test, @ForAll("recipientIds") String recipient) {
    var outcome = AbTests.decide(test, java.util.List.of());
    var assignment = AbTests.assign(test, recipient, outcome);
    assertThat(outcome.winner()).isEmpty();
    assertThat(assignment.variant().isPresent()).isEqualTo(assignment.inTest());
    assignment.variant().ifPresent(v -> assertThat(test.variants()).extracting(Variant::key).contains(v.key()));
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> recipientIds() {
    return io.crmkit.testkit.arbitrary.CrmArbitraries.idTexts();
  }
}
