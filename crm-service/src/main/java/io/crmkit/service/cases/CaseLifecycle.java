package io.crmkit.service.cases;

import io.crmkit.core.ValidationException;
import io.crmkit.core.statemachine.Guard;
import io.crmkit.core.statemachine.StateMachine;
import io.crmkit.core.statemachine.StateMachineSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A tenant's case status lifecycle: a {@link StateMachine} over {@link Case}s with the rules merge and intake
 * rely on. The {@linkplain #standard() standard} one:
 *
 * <pre>
 * new --open--> open --await_customer--> pending_customer --customer_replied | resume--> open
 *                 |  --hold--> on_hold --resume--> open
 *  new, open, pending_customer, on_hold --solve--> solved --close--> closed (final)
 *                                                  solved --reopen | customer_replied--> open
 *  any state but closed --merge--> closed
 * </pre>
 *
 * <p>Any definition must have a terminal state {@link #CLOSED} and an unguarded {@link #MERGE} event leading
 * to it from every non-terminal state (a merged case is closed whatever its status); {@link CaseService}
 * never fires {@code merge} itself — only {@link CaseService#merge} does. Intake fires {@link #CUSTOMER_REPLIED} on
 * a customer's reply when the status accepts it. Build your own with the core builder and wrap it: {@code
 * CaseLifecycle.of(StateMachine.<Case>builder("case_status")...build())}, or load a stored spec with {@link
 * #of(StateMachineSpec, Map)}.
 */
public final class CaseLifecycle {
  /** The standard initial status. */
  public static final String NEW = "new";
  /** An agent works the case. */
  public static final String OPEN = "open";
  /** Waiting for the customer's answer. */
  public static final String PENDING_CUSTOMER = "pending_customer";
  /** Waiting on a third party or an internal team. */
  public static final String ON_HOLD = "on_hold";
  /** Solved; the customer may still reopen it. */
  public static final String SOLVED = "solved";
  /** Closed for good; required in every lifecycle and terminal. */
  public static final String CLOSED = "closed";
  /** The event that closes a case merged into another; fired by {@link CaseService#merge} only. */
  public static final String MERGE = "merge";
  /** The event intake fires when the customer replies. */
  public static final String CUSTOMER_REPLIED = "customer_replied";

  private static final CaseLifecycle STANDARD = of(
      StateMachine.<Case>builder("case_status")
          .states(NEW, OPEN, PENDING_CUSTOMER, ON_HOLD, SOLVED, CLOSED)
          .initial(NEW)
          .terminal(CLOSED)
          .transition(NEW, "open", OPEN)
          .transition(NEW, "solve", SOLVED)
          .transition(OPEN, "await_customer", PENDING_CUSTOMER)
          .transition(OPEN, "hold", ON_HOLD)
          .transition(OPEN, "solve", SOLVED)
          .transition(PENDING_CUSTOMER, CUSTOMER_REPLIED, OPEN)
          .transition(PENDING_CUSTOMER, "resume", OPEN)
          .transition(PENDING_CUSTOMER, "hold", ON_HOLD)
          .transition(PENDING_CUSTOMER, "solve", SOLVED)
          .transition(ON_HOLD, "resume", OPEN)
          .transition(ON_HOLD, "solve", SOLVED)
          .transition(SOLVED, "reopen", OPEN)
          .transition(SOLVED, CUSTOMER_REPLIED, OPEN)
          .transition(SOLVED, "close", CLOSED)
          .fromAnyNonTerminal(MERGE, CLOSED)
          .build());

  private final StateMachine<Case> machine;

  private CaseLifecycle(StateMachine<Case> machine) {
    this.machine = machine;
  }

  /** The standard lifecycle (above). */
  public static CaseLifecycle standard() {
    return STANDARD;
  }

  /**
   * A lifecycle on {@code machine}.
   *
   * @throws ValidationException listing every broken case rule: no terminal {@link #CLOSED} state, a closed
   *     initial state, a non-terminal state without an unguarded {@link #MERGE} to closed, or a {@code merge}
   *     event leading elsewhere
   */
  public static CaseLifecycle of(StateMachine<Case> machine) {
    Objects.requireNonNull(machine, "machine");
    List<String> problems = new ArrayList<>();
    StateMachineSpec spec = machine.spec();
    if (!machine.hasState(CLOSED)) {
      problems.add("it has no state '" + CLOSED + "', which merged cases move to");
    } else if (!machine.isTerminal(CLOSED)) {
      problems.add("state '" + CLOSED + "' must be terminal: closed is final");
    }
    if (machine.initial().equals(CLOSED)) {
      problems.add("the initial state must not be '" + CLOSED + "'");
    }
    boolean mergeFromAny = spec.fromAnyNonTerminal().stream()
        .anyMatch(t -> t.event().equals(MERGE) && t.to().equals(CLOSED) && t.guard().isEmpty());
    for (String state : machine.states()) {
      if (machine.isTerminal(state) || mergeFromAny) {
        continue;
      }
      boolean merges = spec.transitions().stream()
          .anyMatch(t -> t.from().equals(state) && t.event().equals(MERGE) && t.to().equals(CLOSED) && t.guard().isEmpty());
      if (!merges) {
        problems.add("state '" + state + "' has no unguarded '" + MERGE + "' transition to '" + CLOSED + "', so such a case could not be merged");
      }
    }
    spec.transitions().stream().filter(t -> t.event().equals(MERGE) && !t.to().equals(CLOSED))
        .forEach(t -> problems.add("'" + t.from() + "' --" + MERGE + "--> '" + t.to() + "': the '" + MERGE + "' event must lead to '" + CLOSED + "'"));
    spec.fromAnyNonTerminal().stream().filter(t -> t.event().equals(MERGE) && !t.to().equals(CLOSED))
        .forEach(t -> problems.add("'*' --" + MERGE + "--> '" + t.to() + "': the '" + MERGE + "' event must lead to '" + CLOSED + "'"));
    if (!problems.isEmpty()) {
      throw new ValidationException(
          "caseLifecycle[" + machine.name() + "]", "is not a valid case lifecycle: " + String.join("; ", problems));
    }
    return new CaseLifecycle(machine);
  }

  /** A lifecycle compiled from a stored spec with its named guards (see {@link StateMachineSpec#compile}). */
  public static CaseLifecycle of(StateMachineSpec spec, Map<String, ? extends Guard<Case>> guards) {
    Objects.requireNonNull(spec, "spec");
    return of(spec.compile(guards));
  }

  /** The state machine underneath. */
  public StateMachine<Case> machine() {
    return machine;
  }

  /** The status of a new case. */
  public String initial() {
    return machine.initial();
  }

  /** Whether {@code status} is final (closed, say). */
  public boolean isTerminal(String status) {
    return machine.isTerminal(Objects.requireNonNull(status, "status"));
  }

  /** Whether a customer's reply moves {@code kase} now (pending customer → open in the standard lifecycle). */
  public boolean reopensOnCustomerReply(Case kase) {
    Objects.requireNonNull(kase, "kase");
    return machine.hasState(kase.status()) && machine.availableEvents(kase.status(), kase).contains(CUSTOMER_REPLIED);
  }

  /** The events a person may fire on {@code kase} now ({@code merge} excluded: that is a merge). */
  public List<String> availableEvents(Case kase) {
    Objects.requireNonNull(kase, "kase");
    if (!machine.hasState(kase.status())) {
      return List.of();
    }
    return machine.availableEvents(kase.status(), kase).stream().filter(e -> !e.equals(MERGE)).toList();
  }

  @Override
  public String toString() {
    return "CaseLifecycle[" + machine + "]";
  }
}
