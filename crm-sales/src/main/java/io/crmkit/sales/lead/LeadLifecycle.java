package io.crmkit.sales.lead;

import io.crmkit.core.ValidationException;
import io.crmkit.core.statemachine.Guard;
import io.crmkit.core.statemachine.StateMachine;
import io.crmkit.core.statemachine.StateMachineSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A tenant's lead status lifecycle: a {@link StateMachine} over {@link Lead}s with the rules conversion relies
 * on. The {@linkplain #standard() standard} one is Salesforce's:
 *
 * <pre>
 * new --work--> working --qualify--> qualified --convert--> converted
 *  |               |                    |
 *  +--disqualify---+----disqualify------+--> disqualified --reopen--> working
 * </pre>
 *
 * <p>Any definition must have a terminal state {@link #CONVERTED} entered only by the event {@link #CONVERT}
 * (which leads nowhere else) and a non-converted initial state; {@link LeadService} never fires {@code convert}
 * — only {@link LeadConversion} does, inside its transaction. Build your own with the core builder and wrap
 * it: {@code LeadLifecycle.of(StateMachine.<Lead>builder("lead")...build())}, or load a stored
 * {@link StateMachineSpec} with {@link #of(StateMachineSpec, Map)}.
 */
public final class LeadLifecycle {
  /** The standard initial status. */
  public static final String NEW = "new";
  /** Someone is working the lead. */
  public static final String WORKING = "working";
  /** The lead is ready to convert. */
  public static final String QUALIFIED = "qualified";
  /** The lead will not be pursued (it can be reopened in the standard lifecycle). */
  public static final String DISQUALIFIED = "disqualified";
  /** The status of a converted lead, required in every lifecycle and terminal. */
  public static final String CONVERTED = "converted";
  /** The event that converts a lead; fired by {@link LeadConversion} only. */
  public static final String CONVERT = "convert";

  private static final LeadLifecycle STANDARD = of(
      StateMachine.<Lead>builder("lead")
          .states(NEW, WORKING, QUALIFIED, DISQUALIFIED, CONVERTED)
          .initial(NEW)
          .terminal(CONVERTED)
          .transition(NEW, "work", WORKING)
          .transition(NEW, "disqualify", DISQUALIFIED)
          .transition(WORKING, "qualify", QUALIFIED)
          .transition(WORKING, "disqualify", DISQUALIFIED)
          .transition(QUALIFIED, "disqualify", DISQUALIFIED)
          .transition(QUALIFIED, CONVERT, CONVERTED)
          .transition(DISQUALIFIED, "reopen", WORKING)
          .build());

  private final StateMachine<Lead> machine;

  private LeadLifecycle(StateMachine<Lead> machine) {
    this.machine = machine;
  }

  /** The standard lifecycle (above). */
  public static LeadLifecycle standard() {
    return STANDARD;
  }

  /**
   * A lifecycle on {@code machine}.
   *
   * @throws ValidationException listing every broken lead rule: no {@link #CONVERTED} state, a non-terminal
   *     one, a converted initial state, a transition into it on another event than {@link #CONVERT}, or a
   *     {@code convert} event leading elsewhere
   */
  public static LeadLifecycle of(StateMachine<Lead> machine) {
    Objects.requireNonNull(machine, "machine");
    List<String> problems = new ArrayList<>();
    StateMachineSpec spec = machine.spec();
    if (!machine.hasState(CONVERTED)) {
      problems.add("it has no state '" + CONVERTED + "', which conversion moves leads to");
    } else if (!machine.isTerminal(CONVERTED)) {
      problems.add("state '" + CONVERTED + "' must be terminal: converted leads are read-only");
    }
    if (machine.initial().equals(CONVERTED)) {
      problems.add("the initial state must not be '" + CONVERTED + "'");
    }
    for (StateMachineSpec.TransitionSpec t : spec.transitions()) {
      check(t.from(), t.event(), t.to(), problems);
    }
    for (StateMachineSpec.AnyNonTerminalSpec t : spec.fromAnyNonTerminal()) {
      check("*", t.event(), t.to(), problems);
    }
    boolean convertible = spec.transitions().stream().anyMatch(t -> t.event().equals(CONVERT))
        || spec.fromAnyNonTerminal().stream().anyMatch(t -> t.event().equals(CONVERT));
    if (!convertible) {
      problems.add("no state has a '" + CONVERT + "' transition, so no lead could ever be converted");
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(
          "leadLifecycle[" + machine.name() + "]", "is not a valid lead lifecycle: " + String.join("; ", problems));
    }
    return new LeadLifecycle(machine);
  }

  /** A lifecycle compiled from a stored spec with its named guards (see {@link StateMachineSpec#compile}). */
  public static LeadLifecycle of(StateMachineSpec spec, Map<String, ? extends Guard<Lead>> guards) {
    Objects.requireNonNull(spec, "spec");
    return of(spec.compile(guards));
  }

  private static void check(String from, String event, String to, List<String> problems) {
    if (to.equals(CONVERTED) && !event.equals(CONVERT)) {
      problems.add("'" + from + "' --" + event + "--> '" + CONVERTED + "': only the '" + CONVERT + "' event may convert a lead");
    }
    if (event.equals(CONVERT) && !to.equals(CONVERTED)) {
      problems.add("'" + from + "' --" + CONVERT + "--> '" + to + "': the '" + CONVERT + "' event must lead to '" + CONVERTED + "'");
    }
  }

  /** The state machine underneath. */
  public StateMachine<Lead> machine() {
    return machine;
  }

  /** The status of a new lead. */
  public String initial() {
    return machine.initial();
  }

  /** Whether {@code lead} can be converted now: its status accepts {@link #CONVERT} and the guards pass. */
  public boolean canConvert(Lead lead) {
    Objects.requireNonNull(lead, "lead");
    return machine.hasState(lead.status()) && machine.availableEvents(lead.status(), lead).contains(CONVERT);
  }

  /** The events a person may fire on {@code lead} now ({@code convert} excluded: that is a conversion). */
  public List<String> availableEvents(Lead lead) {
    Objects.requireNonNull(lead, "lead");
    if (!machine.hasState(lead.status())) {
      return List.of();
    }
    return machine.availableEvents(lead.status(), lead).stream().filter(e -> !e.equals(CONVERT)).toList();
  }

  @Override
  public String toString() {
    return "LeadLifecycle[" + machine + "]";
  }
}
