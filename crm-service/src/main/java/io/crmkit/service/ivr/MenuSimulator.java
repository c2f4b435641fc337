package io.crmkit.service.ivr;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Walks a caller's inputs through a {@link Menu} to where the call ends. Each prompt consumes one input; when the
 * inputs run out the caller is taken to be silent. An input no option expects, and silence, repeat the prompt as
 * the menu's {@link RetryPolicy} allows, then send the caller to its fallback queue. Because a valid menu has no
 * cycles and bounded depth, every walk ends, after at most {@code depth × (maxRepeats + 1)} inputs.
 *
 * <p>{@code CallOutcome o = MenuSimulator.walk(menu, List.of(CallerInput.press("1"), CallerInput.say("refund")));}
 */
public final class MenuSimulator {
  private MenuSimulator() {}

  /** The outcome of a call into {@code menu} by a caller who gives {@code inputs}, in order. */
  public static CallOutcome walk(Menu menu, List<CallerInput> inputs) {
    Objects.requireNonNull(menu, "menu");
    List<CallerInput> given = List.copyOf(Objects.requireNonNull(inputs, "inputs"));
    List<CallStep> steps = new ArrayList<>();
    List<String> messages = new ArrayList<>();
    RetryPolicy retries = menu.retries();
    String at = menu.root();
    int used = 0;
    int repeats = 0;
    while (true) {
      MenuNode node = menu.node(at).orElseThrow(() -> new IllegalStateException("validated menu lacks a node"));
      if (node instanceof MenuNode.Answer a) {
        steps.add(new CallStep(a.id(), Optional.empty(), CallStep.Result.ENDED));
        messages.add(a.message());
        return new CallOutcome(CallOutcome.Kind.ANSWERED, Optional.empty(), messages, steps, used);
      }
      if (node instanceof MenuNode.HangUp h) {
        steps.add(new CallStep(h.id(), Optional.empty(), CallStep.Result.ENDED));
        messages.add(h.message());
        return new CallOutcome(CallOutcome.Kind.HUNG_UP, Optional.empty(), messages, steps, used);
      }
      if (node instanceof MenuNode.Transfer t) {
        steps.add(new CallStep(t.id(), Optional.empty(), CallStep.Result.ENDED));
        t.announcement().ifPresent(messages::add);
        return new CallOutcome(CallOutcome.Kind.QUEUED, Optional.of(t.queue()), messages, steps, used);
      }
      MenuNode.Prompt p = (MenuNode.Prompt) node;
      messages.add(p.prompt());
      CallerInput in = used < given.size() ? given.get(used++) : CallerInput.silence();
      Optional<MenuOption> chosen = in.input().flatMap(p::option);
      if (chosen.isPresent()) {
        steps.add(new CallStep(p.id(), Optional.of(in), CallStep.Result.CHOSE));
        at = chosen.get().target();
        repeats = 0;
      } else if (repeats < retries.maxRepeats()) {
        steps.add(new CallStep(p.id(), Optional.of(in), in.input().isPresent()
            ? CallStep.Result.INVALID_REPEATED : CallStep.Result.SILENCE_REPEATED));
        messages.add(retries.retryMessage());
        repeats++;
      } else {
        steps.add(new CallStep(p.id(), Optional.of(in), CallStep.Result.FALLBACK));
        return new CallOutcome(CallOutcome.Kind.QUEUED, Optional.of(retries.fallbackQueue()), messages, steps, used);
      }
    }
  }
}
