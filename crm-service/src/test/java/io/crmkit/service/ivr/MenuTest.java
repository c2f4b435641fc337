package io.crmkit.service.ivr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.service.ivr.MenuNode.Answer;
import io.crmkit.service.ivr.MenuNode.HangUp;
import io.crmkit.service.ivr.MenuNode.Prompt;
import io.crmkit.service.ivr.MenuNode.Transfer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MenuTest {
  static final TenantId ACME = TenantId.of("acme");

  static Menu.Builder mainLine() {
    return Menu.builder(ACME, "main-line", "main")
        .node(Prompt.of("main", "Billing: 1. Technical support: 2. Opening hours: 3.",
            MenuOption.key("1", "billing"), MenuOption.key("2", "tech"), MenuOption.intent("billing", "billing"),
            MenuOption.key("3", "hours")))
        .node(Prompt.of("tech", "Routers: 1. Switches: 2. Outage news: 9.",
            MenuOption.key("1", "routers"), MenuOption.key("2", "switches"), MenuOption.key("9", "outage")))
        .node(new Transfer("billing", "billing", Optional.of("Connecting you to billing.")))
        .node(Transfer.to("routers", "router-experts"))
        .node(Transfer.to("switches", "switch-experts"))
        .node(new HangUp("outage", "There is no outage at the moment. Goodbye."))
        .node(new Answer("hours", "We are open 8 to 18, Monday to Friday."))
        .retries(RetryPolicy.of(1, "reception"));
  }

  @Nested
  @DisplayName("a menu")
  class Building {
    @Test
    @DisplayName("lists every path from the root to a leaf and its depth")
    void paths() {
      Menu m = mainLine().build();
      assertThat(m.depth()).isEqualTo(2);
      assertThat(m.paths()).containsExactly(List.of("main", "billing"), List.of("main", "tech", "routers"),
          List.of("main", "tech", "switches"), List.of("main", "tech", "outage"), List.of("main", "billing"),
          List.of("main", "hours"));
    }

    @Test
    @DisplayName("is refused with a dead end, a dangling or duplicate choice, an unreachable node or a cycle")
    void refused() {
      assertRefused(mainLine().node(Prompt.of("empty", "Nothing here.")), "nodes[empty].options", "dead end");
      assertRefused(Menu.builder(ACME, "m", "main").node(Prompt.of("main", "Press 1.", MenuOption.key("1", "gone"))),
          "nodes[main].options", "which is no node of the menu");
      assertRefused(Menu.builder(ACME, "m", "main").node(Prompt.of("main", "Press 1.", MenuOption.key("1", "a"),
          MenuOption.key("1", "b"))).node(Transfer.to("a", "q")).node(Transfer.to("b", "q")),
          "nodes[main].options", "offer key 1 twice");
      assertRefused(mainLine().node(Transfer.to("orphan", "q")), "nodes[orphan]", "unreachable");
      assertRefused(Menu.builder(ACME, "m", "main")
              .node(Prompt.of("main", "Press 1.", MenuOption.key("1", "sub")))
              .node(Prompt.of("sub", "Press 0 to go back.", MenuOption.key("0", "main"))),
          "nodes[sub].options", "cycle");
      assertRefused(mainLine().node(Transfer.to("hours", "q")), "nodes", "name node 'hours' twice");
      assertRefused(Menu.builder(ACME, "m", "start").node(Transfer.to("main", "q")), "root", "names no node");
      assertRefused(mainLine().maxDepth(1), "maxDepth", "passes 2 prompts");
    }

    void assertRefused(Menu.Builder b, String field, String rule) {
      assertThatThrownBy(b::build).isInstanceOf(ValidationException.class)
          .satisfies(e -> {
            ValidationException v = (ValidationException) e;
            assertThat(v.field()).isEqualTo(field);
            assertThat(v.rule()).contains(rule);
          });
    }

    @Test
    @DisplayName("validates its parts")
    void parts() {
      assertThatThrownBy(() -> MenuInput.key("12")).isInstanceOf(ValidationException.class).extracting("field")
          .isEqualTo("key");
      assertThatThrownBy(() -> RetryPolicy.of(10, "q")).isInstanceOf(ValidationException.class)
          .extracting("field").isEqualTo("maxRepeats");
      assertThatThrownBy(() -> new Answer("a", " ")).isInstanceOf(ValidationException.class)
          .extracting("field").isEqualTo("message");
      assertThatThrownBy(() -> Transfer.to("t", null)).isInstanceOf(NullPointerException.class).hasMessage("queue");
    }
  }

  @Nested
  @DisplayName("the simulator")
  class Simulating {
    Menu menu = mainLine().build();

    @Test
    @DisplayName("walks key presses to the skill queue and records the path")
    void toQueue() {
      CallOutcome o = MenuSimulator.walk(menu, List.of(CallerInput.press("2"), CallerInput.press("1")));
      assertThat(o.kind()).isEqualTo(CallOutcome.Kind.QUEUED);
      assertThat(o.queue()).contains("router-experts");
      assertThat(o.path()).containsExactly("main", "tech", "routers");
      assertThat(o.inputsUsed()).isEqualTo(2);
      assertThat(o.fellBack()).isFalse();
    }

    @Test
    @DisplayName("understands intents and plays recorded answers and goodbye messages")
    void intentsAndMessages() {
      CallOutcome billing = MenuSimulator.walk(menu, List.of(CallerInput.say("billing")));
      assertThat(billing.queue()).contains("billing");
      assertThat(billing.messages()).endsWith("Connecting you to billing.");
      CallOutcome hours = MenuSimulator.walk(menu, List.of(CallerInput.press("3"), CallerInput.press("9")));
      assertThat(hours.kind()).isEqualTo(CallOutcome.Kind.ANSWERED);
      assertThat(hours.messages()).endsWith("We are open 8 to 18, Monday to Friday.");
      assertThat(hours.inputsUsed()).as("the second key is never heard").isEqualTo(1);
      CallOutcome outage = MenuSimulator.walk(menu, List.of(CallerInput.press("2"), CallerInput.press("9")));
      assertThat(outage.kind()).isEqualTo(CallOutcome.Kind.HUNG_UP);
    }

    @Test
    @DisplayName("repeats the prompt on invalid input, then falls back to the fallback queue")
    void retries() {
      CallOutcome o = MenuSimulator.walk(menu, List.of(CallerInput.press("7"), CallerInput.press("2"),
          CallerInput.say("weather"), CallerInput.silence()));
      assertThat(o.steps()).extracting(CallStep::result).containsExactly(CallStep.Result.INVALID_REPEATED,
          CallStep.Result.CHOSE, CallStep.Result.INVALID_REPEATED, CallStep.Result.FALLBACK);
      assertThat(o.queue()).contains("reception");
      assertThat(o.fellBack()).isTrue();
      assertThat(o.path()).containsExactly("main", "tech");
    }

    @Test
    @DisplayName("takes a caller who gives no more input as silent")
    void runsOutOfInput() {
      CallOutcome o = MenuSimulator.walk(menu, List.of());
      assertThat(o.steps()).extracting(CallStep::result)
          .containsExactly(CallStep.Result.SILENCE_REPEATED, CallStep.Result.FALLBACK);
      assertThat(o.queue()).contains("reception");
      assertThat(o.inputsUsed()).isZero();
      assertThat(o.messages()).containsExactly("Billing: 1. Technical support: 2. Opening hours: 3.",
          "Sorry, I did not get that.", "Billing: 1. Technical support: 2. Opening hours: 3.");
    }
  }
}
