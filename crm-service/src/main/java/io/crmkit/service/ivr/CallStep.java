package io.crmkit.service.ivr;

import java.util.Objects;
import java.util.Optional;

/**
 * One step of a simulated call: the node, the caller's input there (none at a leaf), and what came of it.
 * {@code outcome.steps().get(0).result()}.
 */
public record CallStep(String node, Optional<CallerInput> input, Result result) {
  /** What a step led to. */
  public enum Result {
    /** A valid choice: on to the option's node. */
    CHOSE,
    /** Input no option expects: the prompt repeats. */
    INVALID_REPEATED,
    /** No input before the timeout: the prompt repeats. */
    SILENCE_REPEATED,
    /** Invalid input or silence with no repeats left: on to the fallback queue. */
    FALLBACK,
    /** A leaf: the call ends or leaves the menu here. */
    ENDED
  }

  public CallStep {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(result, "result");
  }
}
