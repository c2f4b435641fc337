package io.crmkit.service.ivr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MenuProperties {
  static final TenantId ACME = TenantId.of("acme");

  /** The shape of a menu tree: kind 0 is a prompt over its children, 1–3 are answer, transfer and hang-up leaves. */
  record Shape(int kind, List<Shape> children) {}

  /** Every path through a valid menu starts at the root and ends in a transfer, an answer or a hang-up. */
  @Property(tries = 200)
  void everyPathEndsInAQueueOrAMessage(@ForAll("menus") Menu menu) {
    List<List<String>> paths = menu.paths();
    assertThat(paths).isNotEmpty();
    for (List<String> path : paths) {
      assertThat(path.get(0)).isEqualTo(menu.root());
      assertThat(menu.node(path.get(path.size() - 1)).orElseThrow().leaf()).isTrue();
      assertThat(path.subList(0, path.size() - 1)).allMatch(id -> !menu.node(id).orElseThrow().leaf());
      assertThat(path.size() - 1).isLessThanOrEqualTo(menu.depth());
    }
  }

  /**
   * The simulator is total: any input sequence ends in a queue (with its name) or a played message, within the
   * bound of depth × (repeats + 1) prompt steps, using no more inputs than given.
   */
  @Property(tries = 200)
  void anyInputSequenceEnds(@ForAll("menus") Menu menu, @ForAll("inputs") List<CallerInput> inputs) {
    CallOutcome o = MenuSimulator.walk(menu, inputs);
    assertThat(o.kind() == CallOutcome.Kind.QUEUED ? o.queue().isPresent() : !o.messages().isEmpty()).isTrue();
    assertThat(o.inputsUsed()).isLessThanOrEqualTo(inputs.size());
    long promptSteps = o.steps().stream().filter(s -> s.result() != CallStep.Result.ENDED).count();
    assertThat(promptSteps).isLessThanOrEqualTo((long) menu.depth() * (menu.retries().maxRepeats() + 1));
    CallStep last = o.steps().get(o.steps().size() - 1);
    if (o.fellBack()) {
      assertThat(o.queue()).contains(menu.retries().fallbackQueue());
    } else {
      assertThat(last.result()).isEqualTo(CallStep.Result.ENDED);
      assertThat(menu.node(last.node()).orElseThrow().leaf()).isTrue();
    }
    assertThat(o.path().get(0)).isEqualTo(menu.root());
  }

  /** Giving the inputs of any listed path walks exactly that path. */
  @Property(tries = 150)
  void choosingAPathWalksIt(@ForAll("menus") Menu menu) {
    for (List<String> path : menu.paths()) {
      List<CallerInput> inputs = new ArrayList<>();
      for (int i = 0; i + 1 < path.size(); i++) {
        MenuNode.Prompt p = (MenuNode.Prompt) menu.node(path.get(i)).orElseThrow();
        String next = path.get(i + 1);
        MenuOption o = p.options().stream().filter(x -> x.target().equals(next)).findFirst().orElseThrow();
        inputs.add(new CallerInput(Optional.of(o.input())));
      }
      CallOutcome outcome = MenuSimulator.walk(menu, inputs);
      assertThat(outcome.path()).isEqualTo(path);
      assertThat(outcome.fellBack()).isFalse();
      assertThat(outcome.inputsUsed()).isEqualTo(inputs.size());
    }
  }

  /** Dropping any node but the root from a valid menu leaves a dangling choice, and is refused. */
  @Property(tries = 150)
  void droppingANodeIsRefused(@ForAll("menus") Menu menu, @ForAll int pick) {
    List<MenuNode> nodes = menu.nodes();
    if (nodes.size() < 2) {
      return;
    }
    int drop = 1 + Math.floorMod(pick, nodes.size() - 1);
    Menu.Builder b = Menu.builder(ACME, menu.name(), menu.root()).retries(menu.retries());
    for (int i = 0; i < nodes.size(); i++) {
      if (i != drop) {
        b.node(nodes.get(i));
      }
    }
    assertThatThrownBy(b::build).isInstanceOf(ValidationException.class).hasMessageContaining("no node of the menu");
  }

  @Provide
  Arbitrary<Menu> menus() {
    return Combinators.combine(shape(4), Arbitraries.integers().between(0, 3), Arbitraries.of(true, false))
        .as((shape, repeats, intents) -> {
          Menu.Builder b = Menu.builder(ACME, "menu", "n0").retries(RetryPolicy.of(repeats, "fallback"));
          add(b, shape, new int[] {0}, intents);
          return b.build();
        });
  }

  static String add(Menu.Builder b, Shape s, int[] counter, boolean intents) {
    String id = "n" + counter[0]++;
    switch (s.kind()) {
      case 0 -> {
        List<MenuOption> options = new ArrayList<>();
        for (int i = 0; i < s.children().size(); i++) {
          String child = add(b, s.children().get(i), counter, intents);
          options.add(intents && i % 2 == 1 ? MenuOption.intent("topic-" + i, child)
              : MenuOption.key(String.valueOf(i + 1), child));
        }
        b.node(new MenuNode.Prompt(id, "Prompt " + id, options));
      }
      case 1 -> b.node(new MenuNode.Answer(id, "Answer " + id));
      case 2 -> b.node(MenuNode.Transfer.to(id, "queue-" + id));
      default -> b.node(new MenuNode.HangUp(id, "Goodbye from " + id));
    }
    return id;
  }

  Arbitrary<Shape> shape(int depth) {
    Arbitrary<Shape> leaf = Arbitraries.integers().between(1, 3).map(k -> new Shape(k, List.of()));
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<Shape> prompt = Arbitraries.lazy(() -> shape(depth - 1)).list().ofMinSize(1).ofMaxSize(3)
        .map(children -> new Shape(0, children));
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, leaf), net.jqwik.api.Tuple.of(2, prompt));
  }

  @Provide
  Arbitrary<List<CallerInput>> inputs() {
    Arbitrary<CallerInput> one = Arbitraries.oneOf(
        Arbitraries.of("0", "1", "2", "3", "4", "5", "9", "*", "#").map(CallerInput::press),
        Arbitraries.of("topic-1", "topic-3", "weather").map(CallerInput::say),
        Arbitraries.just(CallerInput.silence()));
    return one.list().ofMaxSize(30);
  }
}
