package io.crmkit.service.ivr;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.TenantId;
import io.crmkit.service.ivr.MenuNode.Answer;
import io.crmkit.service.ivr.MenuNode.Prompt;
import io.crmkit.service.ivr.MenuNode.Transfer;
import io.crmkit.service.routing.ReadmeSnippet;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** crm-service/README.md's menu snippet is the body of {@link #callTheMainLine()}, word for word. */
class MenuReadmeSnippetTest {
  @Test
  void callTheMainLine() {
    TenantId tenant = TenantId.of("acme");
    // readme:begin
    Menu menu = Menu.builder(tenant, "main-line", "main")
        .node(Prompt.of("main", "For billing press 1 or say billing; for opening hours press 2.",
            MenuOption.key("1", "billing"), MenuOption.intent("billing", "billing"), MenuOption.key("2", "hours")))
        .node(Transfer.to("billing", "billing-experts"))
        .node(new Answer("hours", "We are open 8 to 18, Monday to Friday."))
        .retries(RetryPolicy.of(2, "reception"))
        .build();                                      // refused if a choice dangles, a node is unreachable, ...

    CallOutcome billing = MenuSimulator.walk(menu, List.of(CallerInput.press("7"), CallerInput.say("billing")));
    System.out.println(billing.queue() + " via " + billing.path());   // Optional[billing-experts] via [main, billing]
    CallOutcome lost = MenuSimulator.walk(menu, List.of());           // silence thrice: the fallback queue
    System.out.println(lost.queue() + ", fell back: " + lost.fellBack());   // Optional[reception], fell back: true
    // readme:end

    assertThat(billing.queue()).contains("billing-experts");
    assertThat(billing.path()).containsExactly("main", "billing");
    assertThat(billing.steps()).extracting(CallStep::result)
        .containsExactly(CallStep.Result.INVALID_REPEATED, CallStep.Result.CHOSE, CallStep.Result.ENDED);
    assertThat(lost.queue()).contains("reception");
    assertThat(lost.steps()).hasSize(3);
  }

  @Test
  void readmeShowsThisTestsCode() throws IOException {
    ReadmeSnippet.assertReadmeShows("src/test/java/io/crmkit/service/ivr/MenuReadmeSnippetTest.java");
  }
}
