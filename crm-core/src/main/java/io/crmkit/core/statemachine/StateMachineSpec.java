package io.crmkit.core.statemachine;

import io.crmkit.core.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A state-machine definition as pure data (records, strings and lists only), so that a tenant's own
 * lifecycle can be stored, e.g. as JSON, and compiled when it is loaded. Guards appear by name; the code that
 * compiles the spec supplies the guard behind each name.
 *
 * <p>{@code StateMachine<Lead> lead = spec.compile(Map.of("has_budget", hasBudget));}
 *
 * <p>The spec checks only that nothing is missing; {@link #compile} checks everything else and reports every
 * problem at once, exactly like {@link StateMachine.Builder#build()}.
 *
 * @param name the machine's name, e.g. {@code lead}
 * @param states every state, in declaration order
 * @param initial the state a new record starts in
 * @param terminals the states with no way out
 * @param transitions the transitions between named states, in declaration (= priority) order
 * @param fromAnyNonTerminal transitions available in every non-terminal state, e.g. {@code cancel}
 */
public record StateMachineSpec(
    String name,
    List<String> states,
    String initial,
    List<String> terminals,
    List<TransitionSpec> transitions,
    List<AnyNonTerminalSpec> fromAnyNonTerminal) {

  public StateMachineSpec {
    Objects.requireNonNull(name, "name");
    states = List.copyOf(states);
    Objects.requireNonNull(initial, "initial");
    terminals = List.copyOf(terminals);
    transitions = List.copyOf(transitions);
    fromAnyNonTerminal = List.copyOf(fromAnyNonTerminal);
  }

  /**
   * Compiles this spec into a machine, taking each named guard from {@code guards} (keyed by guard name).
   *
   * @throws ValidationException if a guard name is unknown or keyed under another name, or the definition is
   *     invalid (then a {@link StateMachineDefinitionException} listing every problem)
   */
  public <C> StateMachine<C> compile(Map<String, ? extends Guard<C>> guards) {
    Objects.requireNonNull(guards, "guards");
    guards.forEach(
        (key, guard) ->
            ValidationException.check(
                key.equals(guard.name()),
                "guards",
                "guard '" + guard.name() + "' is registered under the other name '" + key + "'"));
    TreeSet<String> unknown = new TreeSet<>();
    transitions.forEach(t -> t.guard().filter(g -> !guards.containsKey(g)).ifPresent(unknown::add));
    fromAnyNonTerminal.forEach(t -> t.guard().filter(g -> !guards.containsKey(g)).ifPresent(unknown::add));
    if (!unknown.isEmpty()) {
      throw new ValidationException(
          "guards",
          "the " + name + " spec names guards " + unknown + " that were not supplied (supplied: "
              + new TreeSet<>(guards.keySet()) + ")");
    }

    StateMachine.Builder<C> b = StateMachine.builder(name);
    states.forEach(b::state);
    b.initial(initial);
    terminals.forEach(b::terminal);
    for (TransitionSpec t : transitions) {
      b.add(Optional.of(t.from()), t.event(), t.to(), t.guard().map(guards::get), t.effects());
    }
    for (AnyNonTerminalSpec t : fromAnyNonTerminal) {
      b.add(Optional.empty(), t.event(), t.to(), t.guard().map(guards::get), t.effects());
    }
    return b.build();
  }

  /** Compiles a spec that names no guards. */
  public <C> StateMachine<C> compile() {
    return compile(Map.of());
  }

  /** The names of every guard the spec refers to, in order of first use. */
  public List<String> guardNames() {
    List<String> names = new ArrayList<>();
    transitions.forEach(t -> t.guard().filter(g -> !names.contains(g)).ifPresent(names::add));
    fromAnyNonTerminal.forEach(t -> t.guard().filter(g -> !names.contains(g)).ifPresent(names::add));
    return List.copyOf(names);
  }

  /**
   * One transition: in state {@code from}, event {@code event} moves to {@code to} if the named guard (when
   * present) passes, and the caller carries out {@code effects}.
   */
  public record TransitionSpec(
      String from, String event, String to, Optional<String> guard, List<Effect> effects) {
    public TransitionSpec {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(guard, "guard");
      effects = List.copyOf(effects);
    }
  }

  /**
   * A transition available in every non-terminal state (e.g. {@code cancel}); a transition declared for a
   * specific state and the same event takes precedence over it.
   */
  public record AnyNonTerminalSpec(String event, String to, Optional<String> guard, List<Effect> effects) {
    public AnyNonTerminalSpec {
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(guard, "guard");
      effects = List.copyOf(effects);
    }
  }
}
