package io.crmkit.core.statemachine;

import io.crmkit.core.IllegalTransitionException;
import io.crmkit.core.ValidationException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An immutable, validated lifecycle definition (lead status, opportunity stages, case status, ...) and the
 * pure function that fires events against it.
 *
 * <pre>{@code
 * StateMachine<Lead> LEAD = StateMachine.<Lead>builder("lead")
 *     .states("new", "working", "qualified", "disqualified", "converted")
 *     .initial("new")
 *     .terminal("disqualified", "converted")
 *     .transition("new", "work", "working")
 *     .transition("working", "qualify", "qualified", hasBudget, Effect.of("notify_owner"))
 *     .transition("qualified", "convert", "converted")
 *     .fromAnyNonTerminal("disqualify", "disqualified")
 *     .build();
 * Decision d = LEAD.fire(lead.status(), "qualify", lead);
 * }</pre>
 *
 * <p>Firing never changes the machine: the caller stores the new state and carries out the effects. For one
 * (state, event) the transitions are tried in declaration order and the first whose guard passes (or that
 * has no guard) wins; transitions declared for the state come before those {@linkplain
 * Builder#fromAnyNonTerminal(String, String, Effect...) from any non-terminal state}, so a state can override
 * a general event such as {@code cancel}.
 *
 * @param <C> the context guards read, usually the aggregate whose state changes
 */
public final class StateMachine<C> {
  private final String name;
  private final List<String> states;
  private final String initial;
  private final Set<String> terminals;
  private final List<Transition<C>> declared;
  private final Map<String, Guard<C>> guards;
  // state -> event -> candidate transitions in firing order; terminal states map to nothing
  private final Map<String, Map<String, List<Transition<C>>>> table;

  private StateMachine(
      String name, List<String> states, String initial, Set<String> terminals, List<Transition<C>> declared) {
    this.name = name;
    this.states = List.copyOf(states);
    this.initial = initial;
    this.terminals = Collections.unmodifiableSet(new LinkedHashSet<>(terminals));
    this.declared = List.copyOf(declared);
    Map<String, Guard<C>> g = new LinkedHashMap<>();
    declared.forEach(t -> t.guard().ifPresent(guard -> g.putIfAbsent(guard.name(), guard)));
    this.guards = Collections.unmodifiableMap(g);
    this.table = buildTable();
  }

  /** Starts a definition named {@code name} (lower snake case, e.g. {@code lead} or {@code case_status}). */
  public static <C> Builder<C> builder(String name) {
    return new Builder<>(Names.checked(name, "stateMachine.name"));
  }

  private Map<String, Map<String, List<Transition<C>>>> buildTable() {
    Map<String, Map<String, List<Transition<C>>>> t = new LinkedHashMap<>();
    for (String s : states) {
      if (terminals.contains(s)) {
        t.put(s, Map.of());
        continue;
      }
      Map<String, List<Transition<C>>> byEvent = new LinkedHashMap<>();
      for (Transition<C> tr : declared) {
        if (tr.from().isPresent() && tr.from().get().equals(s)) {
          byEvent.computeIfAbsent(tr.event(), e -> new ArrayList<>()).add(tr);
        }
      }
      for (Transition<C> tr : declared) {
        if (tr.from().isEmpty()) {
          List<Transition<C>> list = byEvent.computeIfAbsent(tr.event(), e -> new ArrayList<>());
          // an unguarded transition declared for this state overrides the general one
          boolean overridden = list.stream().anyMatch(t2 -> !t2.isGeneral() && t2.guard().isEmpty());
          if (!overridden) {
            list.add(tr);
          }
        }
      }
      Map<String, List<Transition<C>>> frozen = new LinkedHashMap<>();
      byEvent.forEach((e, list) -> frozen.put(e, List.copyOf(list)));
      t.put(s, Collections.unmodifiableMap(frozen));
    }
    return Collections.unmodifiableMap(t);
  }

  /** The machine's name, e.g. {@code lead}. */
  public String name() {
    return name;
  }

  /** Every state, in declaration order. */
  public List<String> states() {
    return states;
  }

  /** The state a new record starts in. */
  public String initial() {
    return initial;
  }

  /** The terminal states, which accept no events. */
  public Set<String> terminals() {
    return terminals;
  }

  /** Whether {@code state} is a state of this machine. */
  public boolean hasState(String state) {
    return table.containsKey(Objects.requireNonNull(state, "state"));
  }

  /**
   * Whether {@code state} is terminal.
   *
   * @throws ValidationException if {@code state} is not a state of this machine
   */
  public boolean isTerminal(String state) {
    requireKnown(state);
    return terminals.contains(state);
  }

  /**
   * The events {@code state} has transitions for, whatever the guards say; empty for a terminal state.
   *
   * @throws ValidationException if {@code state} is not a state of this machine
   */
  public Set<String> events(String state) {
    requireKnown(state);
    return Collections.unmodifiableSet(new LinkedHashSet<>(table.get(state).keySet()));
  }

  /**
   * The events that {@link #fire} would accept in {@code state} with {@code context}, e.g. to offer buttons.
   *
   * @throws ValidationException if {@code state} is not a state of this machine
   */
  public Set<String> availableEvents(String state, C context) {
    requireKnown(state);
    Objects.requireNonNull(context, "context");
    Set<String> available = new LinkedHashSet<>();
    table.get(state).forEach(
        (event, candidates) -> {
          if (candidates.stream().anyMatch(t -> t.guard().isEmpty() || t.guard().get().refusal(context).isEmpty())) {
            available.add(event);
          }
        });
    return Collections.unmodifiableSet(available);
  }

  /**
   * Decides what {@code event} does in {@code state} for {@code context}. Pure: the same arguments (and guards
   * that only read the context) give the same decision, and nothing changes.
   */
  public Decision fire(String state, String event, C context) {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(context, "context");
    Map<String, List<Transition<C>>> byEvent = table.get(state);
    if (byEvent == null) {
      return new Decision.Refused(state, event, "'" + state + "' is not a state of " + name + " (states: " + states + ")");
    }
    if (terminals.contains(state)) {
      return new Decision.Refused(state, event, "'" + state + "' is a terminal state of " + name + " and accepts no events");
    }
    List<Transition<C>> candidates = byEvent.get(event);
    if (candidates == null) {
      return new Decision.Refused(
          state, event, "'" + state + "' has no transition on '" + event + "' (it accepts " + byEvent.keySet() + ")");
    }
    List<String> refusals = new ArrayList<>();
    for (Transition<C> t : candidates) {
      Optional<String> refusal = t.guard().flatMap(g -> g.refusal(context).map(r -> g.name() + ": " + r));
      if (refusal.isEmpty()) {
        return new Decision.Accepted(state, event, t.to(), t.effects());
      }
      refusals.add(refusal.get());
    }
    return new Decision.Refused(state, event, "every guard refused (" + String.join("; ", refusals) + ")");
  }

  /**
   * Like {@link #fire}, but a refusal throws.
   *
   * @throws IllegalTransitionException carrying the state, the event and the reason, if the event is refused
   */
  public Decision.Accepted fireOrThrow(String state, String event, C context) {
    Decision d = fire(state, event, context);
    if (d instanceof Decision.Refused r) {
      throw r.toException();
    }
    return (Decision.Accepted) d;
  }

  /** The guards this machine uses, by name; pass them to {@link StateMachineSpec#compile} to rebuild it. */
  public Map<String, Guard<C>> guards() {
    return guards;
  }

  /** This definition as pure data, e.g. to store it; {@code spec().compile(guards())} gives an equal machine. */
  public StateMachineSpec spec() {
    List<StateMachineSpec.TransitionSpec> specific = new ArrayList<>();
    List<StateMachineSpec.AnyNonTerminalSpec> general = new ArrayList<>();
    for (Transition<C> t : declared) {
      Optional<String> guard = t.guard().map(Guard::name);
      if (t.from().isPresent()) {
        specific.add(new StateMachineSpec.TransitionSpec(t.from().get(), t.event(), t.to(), guard, t.effects()));
      } else {
        general.add(new StateMachineSpec.AnyNonTerminalSpec(t.event(), t.to(), guard, t.effects()));
      }
    }
    return new StateMachineSpec(name, states, initial, List.copyOf(terminals), specific, general);
  }

  private void requireKnown(String state) {
    Objects.requireNonNull(state, "state");
    ValidationException.check(
        table.containsKey(state), "state", "'" + state + "' is not a state of " + name + " (states: " + states + ")");
  }

  @Override
  public String toString() {
    return "StateMachine[" + name + ", states=" + states + ", initial=" + initial + ", terminals=" + terminals + "]";
  }

  /** One declared transition; {@code from} is empty for a transition from any non-terminal state. */
  record Transition<C>(Optional<String> from, String event, String to, Optional<Guard<C>> guard, List<Effect> effects) {
    Transition {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(guard, "guard");
      effects = List.copyOf(effects);
    }

    boolean isGeneral() {
      return from.isEmpty();
    }

    String describe() {
      return "'" + from.orElse("*") + "' --" + event + "--> '" + to + "'" + guard.map(g -> " [" + g.name() + "]").orElse("");
    }
  }

  /**
   * Collects a definition; {@link #build()} validates it and reports every problem at once. Obtain one from
   * {@link StateMachine#builder(String)}.
   *
   * @param <C> the context guards read
   */
  public static final class Builder<C> {
    private final String name;
    private final List<String> states = new ArrayList<>();
    private final List<String> initials = new ArrayList<>();
    private final List<String> terminals = new ArrayList<>();
    private final List<Transition<C>> transitions = new ArrayList<>();

    private Builder(String name) {
      this.name = name;
    }

    /** Declares a state. */
    public Builder<C> state(String state) {
      states.add(Objects.requireNonNull(state, "state"));
      return this;
    }

    /** Declares states, in order. */
    public Builder<C> states(String... states) {
      Arrays.asList(states).forEach(this::state);
      return this;
    }

    /** Sets the state a new record starts in (a declared state). */
    public Builder<C> initial(String state) {
      initials.add(Objects.requireNonNull(state, "state"));
      return this;
    }

    /** Marks declared states as terminal: they accept no events. */
    public Builder<C> terminal(String... states) {
      for (String s : states) {
        terminals.add(Objects.requireNonNull(s, "state"));
      }
      return this;
    }

    /** In state {@code from}, {@code event} moves to {@code to}; the caller carries out {@code effects}. */
    public Builder<C> transition(String from, String event, String to, Effect... effects) {
      Objects.requireNonNull(from, "from");
      return add(Optional.of(from), event, to, Optional.empty(), List.of(effects));
    }

    /** In state {@code from}, {@code event} moves to {@code to} if {@code guard} passes. */
    public Builder<C> transition(String from, String event, String to, Guard<C> guard, Effect... effects) {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(guard, "guard");
      return add(Optional.of(from), event, to, Optional.of(guard), List.of(effects));
    }

    /** In every non-terminal state, {@code event} moves to {@code to} (e.g. {@code cancel}). */
    public Builder<C> fromAnyNonTerminal(String event, String to, Effect... effects) {
      return add(Optional.empty(), event, to, Optional.empty(), List.of(effects));
    }

    /** In every non-terminal state, {@code event} moves to {@code to} if {@code guard} passes. */
    public Builder<C> fromAnyNonTerminal(String event, String to, Guard<C> guard, Effect... effects) {
      Objects.requireNonNull(guard, "guard");
      return add(Optional.empty(), event, to, Optional.of(guard), List.of(effects));
    }

    Builder<C> add(Optional<String> from, String event, String to, Optional<Guard<C>> guard, List<Effect> effects) {
      transitions.add(new Transition<>(from, event, to, guard, effects));
      return this;
    }

    /**
     * Validates the definition and builds the machine.
     *
     * @throws StateMachineDefinitionException listing every problem: badly named, duplicate or unknown
     *     states; a missing, repeated or unknown initial state; terminal states with exits; non-terminal states
     *     without an exit (dead ends); states unreachable from the initial state; ambiguous transitions (an
     *     unguarded transition followed by another for the same state and event, which could never fire); and
     *     two different guards under one name
     */
    public StateMachine<C> build() {
      List<String> problems = new ArrayList<>();
      Set<String> known = new LinkedHashSet<>();
      for (String s : states) {
        if (!Names.isValid(s)) {
          problems.add("state '" + s + "' is not lower snake case ([a-z][a-z0-9_]*, at most 64 characters)");
        }
        if (!known.add(s)) {
          problems.add("state '" + s + "' is declared more than once");
        }
      }
      if (known.isEmpty()) {
        problems.add("no states are declared");
      }
      if (initials.isEmpty()) {
        problems.add("no initial state is set");
      } else if (initials.size() > 1) {
        problems.add("the initial state is set more than once " + initials);
      }
      for (String s : initials) {
        if (!known.contains(s)) {
          problems.add("initial state '" + s + "' is not a declared state");
        }
      }
      Set<String> terminal = new LinkedHashSet<>();
      for (String s : terminals) {
        if (!known.contains(s)) {
          problems.add("terminal state '" + s + "' is not a declared state");
        }
        if (!terminal.add(s)) {
          problems.add("terminal state '" + s + "' is marked terminal more than once");
        }
      }
      Map<String, Guard<C>> guardsByName = new LinkedHashMap<>();
      for (Transition<C> t : transitions) {
        if (!Names.isValid(t.event())) {
          problems.add("event '" + t.event() + "' of " + t.describe() + " is not lower snake case");
        }
        t.from().filter(f -> !known.contains(f))
            .ifPresent(f -> problems.add("transition " + t.describe() + " starts from unknown state '" + f + "'"));
        if (!known.contains(t.to())) {
          problems.add("transition " + t.describe() + " leads to unknown state '" + t.to() + "'");
        }
        t.from().filter(terminal::contains)
            .ifPresent(f -> problems.add("terminal state '" + f + "' has an exit: " + t.describe()));
        t.guard().ifPresent(
            g -> {
              Guard<C> other = guardsByName.putIfAbsent(g.name(), g);
              if (other != null && !other.equals(g)) {
                problems.add("two different guards are named '" + g.name() + "'");
              }
            });
      }
      problems.addAll(ambiguities());
      List<String> nonTerminal = known.stream().filter(s -> !terminal.contains(s)).toList();
      for (String s : nonTerminal) {
        boolean hasExit = effectiveFrom(s).stream().anyMatch(t -> !t.to().equals(s));
        if (!hasExit) {
          problems.add("non-terminal state '" + s + "' is a dead end: it has no transition to another state");
        }
      }
      if (initials.size() == 1 && known.contains(initials.get(0))) {
        Set<String> reachable = reachableFrom(initials.get(0), terminal);
        List<String> unreachable = known.stream().filter(s -> !reachable.contains(s)).toList();
        if (!unreachable.isEmpty()) {
          problems.add("states " + unreachable + " cannot be reached from the initial state '" + initials.get(0) + "'");
        }
      }
      if (!problems.isEmpty()) {
        throw new StateMachineDefinitionException(name, problems);
      }
      return new StateMachine<>(name, List.copyOf(known), initials.get(0), terminal, transitions);
    }

    private List<String> ambiguities() {
      List<String> problems = new ArrayList<>();
      // grouped by (from, event); an empty from groups the transitions from any non-terminal state
      Map<List<Object>, List<Transition<C>>> groups = new LinkedHashMap<>();
      for (Transition<C> t : transitions) {
        groups.computeIfAbsent(List.of(t.from(), t.event()), k -> new ArrayList<>()).add(t);
      }
      for (List<Transition<C>> group : groups.values()) {
        for (int i = 0; i < group.size() - 1; i++) {
          if (group.get(i).guard().isEmpty()) {
            Transition<C> first = group.get(i);
            String shadowed = group.subList(i + 1, group.size()).stream()
                .map(Transition::describe).collect(Collectors.joining(", "));
            problems.add("ambiguous transitions: " + first.describe() + " has no guard, so the later "
                + shadowed + " can never fire");
            break;
          }
        }
      }
      return problems;
    }

    /**
     * The transitions that can fire from non-terminal state {@code s}: those declared for it, and those from
     * any non-terminal state that an unguarded transition declared for {@code s} does not override.
     */
    private List<Transition<C>> effectiveFrom(String s) {
      Set<String> overridden = new HashSet<>();
      List<Transition<C>> result = new ArrayList<>();
      for (Transition<C> t : transitions) {
        if (t.from().isPresent() && t.from().get().equals(s)) {
          result.add(t);
          if (t.guard().isEmpty()) {
            overridden.add(t.event());
          }
        }
      }
      for (Transition<C> t : transitions) {
        if (t.isGeneral() && !overridden.contains(t.event())) {
          result.add(t);
        }
      }
      return result;
    }

    private Set<String> reachableFrom(String start, Set<String> terminal) {
      Set<String> seen = new HashSet<>();
      Deque<String> todo = new ArrayDeque<>();
      seen.add(start);
      todo.add(start);
      while (!todo.isEmpty()) {
        String s = todo.poll();
        if (terminal.contains(s)) {
          continue;
        }
        for (Transition<C> t : effectiveFrom(s)) {
          if (seen.add(t.to())) {
            todo.add(t.to());
          }
        }
      }
      return seen;
    }
  }
}
