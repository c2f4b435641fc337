package io.crmkit.core.statemachine;

import io.crmkit.core.ValidationException;
import java.util.List;

/**
 * A state-machine definition is invalid: {@link #problems()} lists every problem found, so that a whole
 * definition can be fixed in one round. Thrown by {@link StateMachine.Builder#build()} and {@link
 * StateMachineSpec#compile}; catch it as a {@link ValidationException}.
 */
public class StateMachineDefinitionException extends ValidationException {
  private static final long serialVersionUID = 1L;

  private final String machine;
  private final List<String> problems;

  StateMachineDefinitionException(String machine, List<String> problems) {
    super(
        "stateMachine[" + machine + "]",
        "is not a valid definition (" + problems.size() + (problems.size() == 1 ? " problem" : " problems")
            + "): " + String.join("; ", problems));
    this.machine = machine;
    this.problems = List.copyOf(problems);
  }

  /** The name of the machine being defined. */
  public String machine() {
    return machine;
  }

  /** Every problem found, one sentence each, in a stable order. */
  public List<String> problems() {
    return problems;
  }
}
