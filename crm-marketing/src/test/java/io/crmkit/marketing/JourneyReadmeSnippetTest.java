package io.crmkit.marketing;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.marketing.abtest.AbMetric;
import io.crmkit.marketing.abtest.AbOutcome;
import io.crmkit.marketing.abtest.AbTest;
import io.crmkit.marketing.abtest.AbTestId;
import io.crmkit.marketing.abtest.AbTests;
import io.crmkit.marketing.abtest.Variant;
import io.crmkit.marketing.abtest.VariantStats;
import io.crmkit.marketing.channel.ChannelKind;
import io.crmkit.marketing.channel.EngagementKind;
import io.crmkit.marketing.journey.BranchCondition;
import io.crmkit.marketing.journey.EnrolmentId;
import io.crmkit.marketing.journey.EntryRule;
import io.crmkit.marketing.journey.Goal;
import io.crmkit.marketing.journey.Journey;
import io.crmkit.marketing.journey.JourneyAdvance;
import io.crmkit.marketing.journey.JourneyEngine;
import io.crmkit.marketing.journey.JourneyId;
import io.crmkit.marketing.journey.JourneyStep;
import io.crmkit.marketing.journey.StepId;
import io.crmkit.marketing.journey.WaitCondition;
import io.crmkit.marketing.template.CompiledTemplate;
import io.crmkit.marketing.template.MergeContext;
import io.crmkit.marketing.template.MessageTemplate;
import io.crmkit.marketing.template.MissingFieldPolicy;
import io.crmkit.marketing.template.RenderedMessage;
import io.crmkit.marketing.template.TemplateId;
import io.crmkit.marketing.template.Templates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** crm-marketing/README.md's journey, A/B and template snippets are the bodies between the {@code readme:} markers, word for word. */
class JourneyReadmeSnippetTest {
  final TenantId tenant = TenantId.of("acme");
  final Instant now = Instant.parse("2026-03-02T08:00:00Z");
  final Contact ada = Contact.builder(new ContactId("c-1"), tenant).name(PersonName.of("Ada", "Lovelace"))
      .owner(Owner.user("u-1")).contactPoint(ContactPoint.email("ada@example.com", ContactPoint.Purpose.WORK).asPrimary())
      .createdAt(now).updatedAt(now).build();

  @Test
  void templates() {
    // readme:templates:begin
    MessageTemplate welcome = MessageTemplate.email(new TemplateId("t-welcome"), tenant, "welcome",
        "Welcome, {{contact.givenName}}", "<p>Hi {{contact.givenName}} from {{account.name}}</p>",
        "Hi {{contact.givenName}} from {{account.name}}")
        .withPolicy(MissingFieldPolicy.fallback("", Map.of("account.name", "the team")));
    CompiledTemplate compiled = Templates.compile(welcome);        // TemplateException with part, line, column
    RenderedMessage forAda = compiled.render(MergeContext.of(ada));  // HTML part escaped; missing() lists fallbacks
    // readme:templates:end
    assertThat(forAda.subject()).contains("Welcome, Ada");
    assertThat(forAda.text()).isEqualTo("Hi Ada from the team");
    assertThat(forAda.missing()).hasSize(2);
  }

  @Test
  void journeys() {
    // readme:journeys:begin
    Journey onboarding = Journey.builder(new JourneyId("onboarding"), tenant, "Onboarding")
        .entry(EntryRule.onTrigger("signup"))
        .step(JourneyStep.send("welcome", new TemplateId("t-welcome"), ChannelKind.EMAIL, "opened?"))
        .step(JourneyStep.branch("opened?",
            BranchCondition.engaged(new StepId("welcome"), EngagementKind.OPENED, Duration.ofDays(3)), "done", "nudge"))
        .step(JourneyStep.await("nudge", WaitCondition.forDuration(Duration.ofDays(1)), "reminder"))
        .step(JourneyStep.send("reminder", new TemplateId("t-reminder"), ChannelKind.SMS, "done"))
        .step(JourneyStep.exit("done"))
        .goal(Goal.triggered("purchased", "purchase"))
        .build();   // validated: reachability, targets, cycles without a wait
    var entry = JourneyEngine.enter(onboarding, ada, ZoneId.of("Europe/Berlin"), List.of(), Optional.of("signup"),
        new EnrolmentId("e-1"), now);
    JourneyAdvance step = JourneyEngine.advance(onboarding, entry.enrolment().orElseThrow(), ada, List.of(), now);
    String why = step.enrolment().position();   // "at branch 'opened?' until ... unless e-1:welcome:1 is opened before"
    // readme:journeys:end
    assertThat(step.actions()).hasSize(1);
    assertThat(why).isEqualTo("at branch 'opened?' until 2026-03-05T08:00:00Z unless e-1:welcome:1 is opened before");
    assertThat(step.wakeUpAt()).contains(Instant.parse("2026-03-05T08:00:00Z"));
  }

  @Test
  void abTests() {
    // readme:abtests:begin
    AbTest subject = new AbTest(new AbTestId("subject"), tenant, 0,
        List.of(Variant.of("a", 1, new TemplateId("t-a")), Variant.of("b", 1, new TemplateId("t-b"))),
        AbMetric.OPEN_RATE, 0.95, 500, 0.2);   // 95% confidence, 500 per variant, 20% in the test
    AbOutcome outcome = AbTests.decide(subject, List.of(new VariantStats("a", 1000, 120), new VariantStats("b", 1000, 90)));
    Optional<Variant> forTheRest = outcome.winner();   // "'a' wins on open rate (0.1200) ..."
    // readme:abtests:end
    assertThat(forTheRest).map(Variant::key).contains("a");
    assertThat(outcome.explanation()).startsWith("'a' wins on open rate (0.1200)");
  }

  @Test
  void readmeShowsThisTestsCode() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    String source = Files.readString(Path.of("src/test/java/io/crmkit/marketing/JourneyReadmeSnippetTest.java"));
    for (String name : List.of("templates", "journeys", "abtests")) {
      int marker = readme.indexOf("JourneyReadmeSnippetTest.java#" + name);
      assertThat(marker).as("README marker for %s", name).isPositive();
      int start = readme.indexOf("```java\n", marker) + "```java\n".length();
      List<String> snippet = lines(readme.substring(start, readme.indexOf("```", start)));
      int from = source.indexOf("// readme:" + name + ":begin");
      List<String> code = lines(source.substring(source.indexOf('\n', from) + 1, source.indexOf("// readme:" + name + ":end")));
      assertThat(snippet).as(name).isNotEmpty().isEqualTo(code);
    }
  }

  private static List<String> lines(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
  }
}
