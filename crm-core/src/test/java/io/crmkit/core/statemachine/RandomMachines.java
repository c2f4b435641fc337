package io.crmkit.core.statemachine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generates valid state-machine specs over a small pool of events and integer-context guards. Raw random
 * ingredients (shrinkable integer lists) are repaired into a valid definition: a spanning tree from the
 * initial state makes every state reachable, every dead end gets an exit, transitions never leave terminal
 * states, and within a (state, event) group only the last transition may lack a guard.
 */
final class RandomMachines {
  static final List<String> EVENTS = List.of("e0", "e1", "e2", "e3");
  /** An event no generated machine knows. */
  static final String UNKNOWN_EVENT = "never_declared";

  static final Map<String, Guard<Integer>> GUARDS = guards();

  private RandomMachines() {}

  private static Map<String, Guard<Integer>> guards() {
    Map<String, Guard<Integer>> g = new LinkedHashMap<>();
    g.put("even", Guard.of("even", c -> c % 2 == 0, "the context is odd"));
    g.put("third", Guard.of("third", c -> c % 3 == 0, "the context is not a multiple of 3"));
    g.put("small", Guard.of("small", c -> c < 50, "the context is 50 or more"));
    return Map.copyOf(g);
  }

  private static final List<String> GUARD_NAMES = List.of("even", "third", "small");

  static Arbitrary<StateMachineSpec> specs() {
    return Arbitraries.integers().between(1, 7).flatMap(n -> {
      Arbitrary<List<Boolean>> terminal = Arbitraries.of(true, false).list().ofSize(n);
      Arbitrary<List<Integer>> parents = Arbitraries.integers().between(0, 99).list().ofSize(n);
      Arbitrary<List<List<Integer>>> extras =
          Arbitraries.integers().between(0, 99).list().ofSize(5).list().ofMaxSize(12);
      Arbitrary<List<List<Integer>>> general =
          Arbitraries.integers().between(0, 99).list().ofSize(4).list().ofMaxSize(2);
      return Combinators.combine(terminal, parents, extras, general)
          .as((t, p, x, w) -> repair(n, t, p, x, w));
    });
  }

  /** The event at {@code step % 5} (the fifth being unknown) and the context {@code step / 5}. */
  static String eventOf(int step) {
    int i = step % (EVENTS.size() + 1);
    return i < EVENTS.size() ? EVENTS.get(i) : UNKNOWN_EVENT;
  }

  static int contextOf(int step) {
    return step / (EVENTS.size() + 1);
  }

  static List<String> allEvents() {
    List<String> all = new ArrayList<>(EVENTS);
    all.add(UNKNOWN_EVENT);
    return all;
  }

  private static StateMachineSpec repair(
      int n, List<Boolean> terminalFlags, List<Integer> parents, List<List<Integer>> extras, List<List<Integer>> general) {
    List<String> states = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      states.add("s" + i);
    }
    boolean[] terminal = new boolean[n];
    for (int i = 0; i < n; i++) {
      // the initial state is terminal only in a one-state machine (which cannot have an exit)
      terminal[i] = n == 1 || (i > 0 && terminalFlags.get(i));
    }
    List<Raw> raws = new ArrayList<>();
    for (int i = 1; i < n; i++) {
      List<Integer> before = new ArrayList<>();
      for (int j = 0; j < i; j++) {
        if (!terminal[j]) {
          before.add(j);
        }
      }
      int parent = before.get(parents.get(i) % before.size());
      raws.add(new Raw(parent, parents.get(i) % EVENTS.size(), i, -1, parents.get(i) % 3 == 0));
    }
    List<Integer> nonTerminal = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (!terminal[i]) {
        nonTerminal.add(i);
      }
    }
    for (List<Integer> x : extras) {
      if (nonTerminal.isEmpty()) {
        break;
      }
      int from = nonTerminal.get(x.get(0) % nonTerminal.size());
      int guard = x.get(3) % 4 - 1; // -1 is "no guard"
      raws.add(new Raw(from, x.get(1) % EVENTS.size(), x.get(2) % n, guard, x.get(4) % 2 == 0));
    }
    // every non-terminal state needs an exit to another state
    for (int s : nonTerminal) {
      final int state = s;
      if (raws.stream().noneMatch(r -> r.from == state && r.to != state)) {
        raws.add(new Raw(s, 0, s == 0 ? 1 : 0, -1, false));
      }
    }
    List<StateMachineSpec.TransitionSpec> transitions = new ArrayList<>();
    for (int i = 0; i < raws.size(); i++) {
      Raw r = raws.get(i);
      transitions.add(new StateMachineSpec.TransitionSpec(
          states.get(r.from), EVENTS.get(r.event), states.get(r.to), guardOf(r.guard, i, unguardedAllowed(raws, i)),
          r.effect ? List.of(Effect.of("effect_" + i).withParam("n", String.valueOf(i))) : List.of()));
    }
    List<StateMachineSpec.AnyNonTerminalSpec> anyNonTerminal = new ArrayList<>();
    for (int i = 0; i < general.size(); i++) {
      List<Integer> w = general.get(i);
      String event = EVENTS.get(w.get(0) % EVENTS.size());
      boolean laterSameEvent = false;
      for (int j = i + 1; j < general.size(); j++) {
        laterSameEvent |= EVENTS.get(general.get(j).get(0) % EVENTS.size()).equals(event);
      }
      anyNonTerminal.add(new StateMachineSpec.AnyNonTerminalSpec(
          event, states.get(w.get(1) % n), guardOf(w.get(2) % 4 - 1, i, !laterSameEvent), List.of()));
    }
    List<String> terminals = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (terminal[i]) {
        terminals.add(states.get(i));
      }
    }
    return new StateMachineSpec("random", states, "s0", terminals, transitions, anyNonTerminal);
  }

  /** Only the last transition of a (from, event) group may go unguarded. */
  private static boolean unguardedAllowed(List<Raw> raws, int i) {
    for (int j = i + 1; j < raws.size(); j++) {
      if (raws.get(j).from == raws.get(i).from && raws.get(j).event == raws.get(i).event) {
        return false;
      }
    }
    return true;
  }

  private static Optional<String> guardOf(int guard, int salt, boolean unguardedAllowed) {
    if (guard < 0 && unguardedAllowed) {
      return Optional.empty();
    }
    return Optional.of(GUARD_NAMES.get(Math.floorMod(guard < 0 ? salt : guard, GUARD_NAMES.size())));
  }

  private record Raw(int from, int event, int to, int guard, boolean effect) {}
}
