package io.crmkit.core.statemachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.crmkit.core.IllegalTransitionException;
import io.crmkit.core.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StateMachineTest {
  /** The context the lead guards read. */
  record Lead(boolean budget, boolean owner) {}

  static final Guard<Lead> HAS_BUDGET = Guard.of("has_budget", Lead::budget, "the lead has no budget");
  static final Guard<Lead> HAS_OWNER = Guard.of("has_owner", Lead::owner, "the lead has no owner");

  static final StateMachine<Lead> LEAD =
      StateMachine.<Lead>builder("lead")
          .states("new", "working", "qualified", "disqualified", "converted")
          .initial("new")
          .terminal("disqualified", "converted")
          .transition("new", "work", "working")
          .transition("working", "qualify", "qualified", HAS_BUDGET, Effect.of("notify_owner"))
          .transition("qualified", "reopen", "working")
          .transition(
              "qualified", "convert", "converted", HAS_OWNER,
              Effect.of("create_opportunity", Map.of("stage", "prospecting")))
          .fromAnyNonTerminal("disqualify", "disqualified", Effect.of("notify_owner"))
          .build();

  static final Lead READY = new Lead(true, true);
  static final Lead EMPTY = new Lead(false, false);

  @Nested
  @DisplayName("a lead lifecycle")
  class LeadLifecycle {
    @Test
    @DisplayName("goes new, working, qualified, converted with the effects of each step")
    void happyPath() {
      String state = LEAD.initial();
      assertThat(state).isEqualTo("new");
      Decision.Accepted work = LEAD.fireOrThrow(state, "work", READY);
      assertThat(work.to()).isEqualTo("working");
      assertThat(work.effects()).isEmpty();
      Decision.Accepted qualify = LEAD.fireOrThrow(work.to(), "qualify", READY);
      assertThat(qualify.to()).isEqualTo("qualified");
      assertThat(qualify.effects()).containsExactly(Effect.of("notify_owner"));
      Decision.Accepted convert = LEAD.fireOrThrow(qualify.to(), "convert", READY);
      assertThat(convert).isEqualTo(
          new Decision.Accepted("qualified", "convert", "converted",
              List.of(new Effect("create_opportunity", Map.of("stage", "prospecting")))));
      assertThat(LEAD.isTerminal(convert.to())).isTrue();
    }

    @Test
    @DisplayName("can be disqualified from every non-terminal state, but not once converted")
    void disqualifyFromAnywhere() {
      for (String s : List.of("new", "working", "qualified")) {
        assertThat(LEAD.fire(s, "disqualify", EMPTY).state()).isEqualTo("disqualified");
      }
      assertThat(LEAD.fire("converted", "disqualify", READY)).isInstanceOf(Decision.Refused.class);
    }

    @Test
    @DisplayName("knows its states, events and terminals")
    void introspection() {
      assertThat(LEAD.name()).isEqualTo("lead");
      assertThat(LEAD.states()).containsExactly("new", "working", "qualified", "disqualified", "converted");
      assertThat(LEAD.terminals()).containsExactlyInAnyOrder("disqualified", "converted");
      assertThat(LEAD.events("working")).containsExactly("qualify", "disqualify");
      assertThat(LEAD.events("qualified")).containsExactly("reopen", "convert", "disqualify");
      assertThat(LEAD.events("converted")).isEmpty();
      assertThat(LEAD.isTerminal("working")).isFalse();
      assertThat(LEAD.hasState("lost")).isFalse();
      assertThatThrownBy(() -> LEAD.events("lost")).isInstanceOf(ValidationException.class).hasMessageContaining("lost");
      assertThatThrownBy(() -> LEAD.isTerminal("lost")).isInstanceOf(ValidationException.class);
    }

    @Test
    @DisplayName("offers only the events whose guards pass")
    void availableEvents() {
      assertThat(LEAD.availableEvents("working", EMPTY)).containsExactly("disqualify");
      assertThat(LEAD.availableEvents("working", READY)).containsExactly("qualify", "disqualify");
      assertThat(LEAD.availableEvents("qualified", new Lead(true, false))).containsExactly("reopen", "disqualify");
    }
  }

  @Nested
  @DisplayName("a refusal")
  class Refusals {
    @Test
    @DisplayName("names the guard and its reason, and leaves the state as it was")
    void guardRefuses() {
      Decision d = LEAD.fire("working", "qualify", EMPTY);
      assertThat(d).isInstanceOf(Decision.Refused.class);
      assertThat(d.state()).isEqualTo("working");
      assertThat(d.isAccepted()).isFalse();
      assertThat(((Decision.Refused) d).reason()).contains("has_budget").contains("the lead has no budget");
    }

    @Test
    @DisplayName("for an unknown state lists the states")
    void unknownState() {
      Decision d = LEAD.fire("lost", "work", READY);
      assertThat(d).asInstanceOf(type(Decision.Refused.class))
          .satisfies(r -> assertThat(r.reason()).contains("'lost' is not a state of lead").contains("working"));
    }

    @Test
    @DisplayName("for an event the state does not accept lists the events it does")
    void unknownEvent() {
      Decision d = LEAD.fire("new", "convert", READY);
      assertThat(d).asInstanceOf(type(Decision.Refused.class))
          .satisfies(r -> assertThat(r.reason()).contains("no transition on 'convert'").contains("work"));
    }

    @Test
    @DisplayName("in a terminal state says so")
    void terminalState() {
      Decision d = LEAD.fire("disqualified", "work", READY);
      assertThat(d).asInstanceOf(type(Decision.Refused.class))
          .satisfies(r -> assertThat(r.reason()).contains("terminal"));
    }

    @Test
    @DisplayName("thrown by fireOrThrow carries the state, the event and the reason")
    void fireOrThrow() {
      assertThatThrownBy(() -> LEAD.fireOrThrow("qualified", "convert", new Lead(true, false)))
          .asInstanceOf(type(IllegalTransitionException.class))
          .satisfies(e -> {
            assertThat(e.from()).isEqualTo("qualified");
            assertThat(e.event()).isEqualTo("convert");
            assertThat(e.reason()).contains("the lead has no owner");
          });
    }
  }

  @Nested
  @DisplayName("guarded alternatives")
  class Alternatives {
    record Deal(long amount) {}

    final Guard<Deal> large = Guard.of("large", d -> d.amount() >= 100_000, "the deal is under 100000");
    final Guard<Deal> medium = Guard.of("medium", d -> d.amount() >= 10_000, "the deal is under 10000");

    StateMachine<Deal> routing(boolean withFallback) {
      StateMachine.Builder<Deal> b = StateMachine.<Deal>builder("routing")
          .states("triage", "enterprise", "mid_market", "smb")
          .initial("triage")
          .terminal("enterprise", "mid_market", "smb")
          .transition("triage", "route", "enterprise", large)
          .transition("triage", "route", "mid_market", medium);
      if (withFallback) {
        b.transition("triage", "route", "smb");
      } else {
        b.transition("triage", "give_up", "smb");
      }
      return b.build();
    }

    @Test
    @DisplayName("are tried in declaration order and the first that passes wins")
    void firstPassingWins() {
      StateMachine<Deal> m = routing(true);
      assertThat(m.fire("triage", "route", new Deal(500_000)).state()).isEqualTo("enterprise");
      assertThat(m.fire("triage", "route", new Deal(50_000)).state()).isEqualTo("mid_market");
      assertThat(m.fire("triage", "route", new Deal(5)).state()).isEqualTo("smb");
    }

    @Test
    @DisplayName("when all refuse, the refusal gives every guard's reason")
    void allRefuse() {
      Decision d = routing(false).fire("triage", "route", new Deal(5));
      assertThat(d).asInstanceOf(type(Decision.Refused.class))
          .satisfies(r -> assertThat(r.reason())
              .contains("large: the deal is under 100000")
              .contains("medium: the deal is under 10000"));
    }

    @Test
    @DisplayName("a transition declared for a state overrides one from any non-terminal state")
    void specificOverridesGeneral() {
      StateMachine<Deal> m = StateMachine.<Deal>builder("case_status")
          .states("open", "waiting", "closed", "recycled")
          .initial("open")
          .terminal("closed", "recycled")
          .transition("open", "wait", "waiting")
          .transition("waiting", "cancel", "recycled")
          .fromAnyNonTerminal("cancel", "closed")
          .build();
      assertThat(m.fire("open", "cancel", new Deal(1)).state()).isEqualTo("closed");
      assertThat(m.fire("waiting", "cancel", new Deal(1)).state()).isEqualTo("recycled");
    }
  }

  @Nested
  @DisplayName("build() rejects")
  class Validation {
    StateMachineDefinitionException failure(StateMachine.Builder<Lead> b) {
      try {
        b.build();
      } catch (StateMachineDefinitionException e) {
        return e;
      }
      throw new AssertionError("build() accepted an invalid definition");
    }

    StateMachine.Builder<Lead> base() {
      return StateMachine.<Lead>builder("lead")
          .states("new", "working", "done")
          .initial("new")
          .terminal("done")
          .transition("new", "work", "working")
          .transition("working", "finish", "done");
    }

    @Test
    @DisplayName("nothing in the valid base definition")
    void baseIsValid() {
      assertThat(base().build().states()).hasSize(3);
    }

    @Test
    @DisplayName("a definition without an initial state")
    void noInitial() {
      StateMachine.Builder<Lead> b = StateMachine.<Lead>builder("lead").states("a", "b").terminal("b").transition("a", "go", "b");
      assertThat(failure(b).problems()).anySatisfy(p -> assertThat(p).contains("no initial state"));
    }

    @Test
    @DisplayName("an initial state that is not declared")
    void unknownInitial() {
      assertThat(failure(base().initial("start")).problems())
          .anySatisfy(p -> assertThat(p).contains("initial state 'start' is not a declared state"));
    }

    @Test
    @DisplayName("transitions between unknown states")
    void unknownStatesInTransitions() {
      assertThat(failure(base().transition("limbo", "go", "working").transition("working", "go", "heaven")).problems())
          .anySatisfy(p -> assertThat(p).contains("unknown state 'limbo'"))
          .anySatisfy(p -> assertThat(p).contains("unknown state 'heaven'"));
    }

    @Test
    @DisplayName("states that cannot be reached from the initial state")
    void unreachable() {
      assertThat(failure(base().state("orphan").transition("orphan", "go", "done")).problems())
          .containsExactly("states [orphan] cannot be reached from the initial state 'new'");
    }

    @Test
    @DisplayName("terminal states with an exit")
    void terminalWithExit() {
      assertThat(failure(base().transition("done", "reopen", "working")).problems())
          .anySatisfy(p -> assertThat(p).startsWith("terminal state 'done' has an exit"));
    }

    @Test
    @DisplayName("non-terminal states without an exit to another state")
    void deadEnd() {
      StateMachine.Builder<Lead> b = base().state("stuck").transition("working", "park", "stuck").transition("stuck", "poke", "stuck");
      assertThat(failure(b).problems()).containsExactly(
          "non-terminal state 'stuck' is a dead end: it has no transition to another state");
    }

    @Test
    @DisplayName("a state whose only exit is a general transition it overrides with a self-loop")
    void overriddenExit() {
      StateMachine.Builder<Lead> b = base().state("parked").transition("working", "park", "parked")
          .transition("parked", "cancel", "parked").fromAnyNonTerminal("cancel", "done");
      assertThat(failure(b).problems()).containsExactly(
          "non-terminal state 'parked' is a dead end: it has no transition to another state");
    }

    @Test
    @DisplayName("a transition that an earlier unguarded one hides")
    void ambiguous() {
      assertThat(failure(base().transition("working", "finish", "new", HAS_BUDGET)).problems())
          .singleElement().asString()
          .contains("ambiguous").contains("'working' --finish--> 'done'").contains("'working' --finish--> 'new' [has_budget]");
    }

    @Test
    @DisplayName("two general transitions for one event where the first has no guard")
    void ambiguousGeneral() {
      assertThat(failure(base().fromAnyNonTerminal("cancel", "done").fromAnyNonTerminal("cancel", "new")).problems())
          .singleElement().asString().contains("ambiguous");
    }

    @Test
    @DisplayName("badly named or duplicate states, and two guards under one name")
    void namesAndDuplicates() {
      Guard<Lead> otherBudget = Guard.of("has_budget", l -> true, "never");
      StateMachine.Builder<Lead> b = base().state("Working").state("new")
          .transition("new", "Go", "working", HAS_BUDGET).transition("new", "go", "working", otherBudget);
      assertThat(failure(b).problems())
          .anySatisfy(p -> assertThat(p).contains("state 'Working' is not lower snake case"))
          .anySatisfy(p -> assertThat(p).contains("state 'new' is declared more than once"))
          .anySatisfy(p -> assertThat(p).contains("event 'Go'"))
          .anySatisfy(p -> assertThat(p).contains("two different guards are named 'has_budget'"));
    }

    @Test
    @DisplayName("everything wrong at once, in one exception that is a ValidationException")
    void allProblemsAtOnce() {
      StateMachine.Builder<Lead> b = StateMachine.<Lead>builder("lead")
          .states("new", "working", "done", "orphan")
          .initial("new")
          .terminal("done", "gone")
          .transition("new", "work", "working")
          .transition("done", "reopen", "new")
          .transition("working", "finish", "done")
          .transition("working", "finish", "new");
      StateMachineDefinitionException e = failure(b);
      assertThat(e).isInstanceOf(ValidationException.class);
      assertThat(e.machine()).isEqualTo("lead");
      assertThat(e.problems()).hasSize(5);
      assertThat(e.getMessage()).contains("5 problems").contains("gone").contains("orphan").contains("ambiguous")
          .contains("'done' has an exit").contains("'orphan' is a dead end");
    }

    @Test
    @DisplayName("a machine name that is not lower snake case, at once")
    void badName() {
      assertThatThrownBy(() -> StateMachine.builder("Lead Status"))
          .isInstanceOf(ValidationException.class).hasMessageContaining("Lead Status");
    }
  }

  @Nested
  @DisplayName("a spec")
  class Specs {
    @Test
    @DisplayName("gives the definition back as data, with guard names")
    void specOfLead() {
      StateMachineSpec spec = LEAD.spec();
      assertThat(spec.name()).isEqualTo("lead");
      assertThat(spec.initial()).isEqualTo("new");
      assertThat(spec.guardNames()).containsExactly("has_budget", "has_owner");
      assertThat(spec.transitions()).contains(new StateMachineSpec.TransitionSpec(
          "working", "qualify", "qualified", Optional.of("has_budget"), List.of(Effect.of("notify_owner"))));
      assertThat(spec.fromAnyNonTerminal()).containsExactly(new StateMachineSpec.AnyNonTerminalSpec(
          "disqualify", "disqualified", Optional.empty(), List.of(Effect.of("notify_owner"))));
    }

    @Test
    @DisplayName("compiles with its guards into a machine that decides the same")
    void compile() {
      StateMachine<Lead> copy = LEAD.spec().compile(Map.of("has_budget", HAS_BUDGET, "has_owner", HAS_OWNER));
      assertThat(copy.spec()).isEqualTo(LEAD.spec());
      assertThat(copy.fire("working", "qualify", EMPTY)).isEqualTo(LEAD.fire("working", "qualify", EMPTY));
      assertThat(copy.fire("working", "qualify", READY)).isEqualTo(LEAD.fire("working", "qualify", READY));
    }

    @Test
    @DisplayName("refuses to compile when a guard name is not supplied")
    void unknownGuard() {
      assertThatThrownBy(() -> LEAD.spec().compile(Map.of("has_budget", HAS_BUDGET)))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("[has_owner]");
    }

    @Test
    @DisplayName("refuses a guard registered under another name")
    void mismatchedGuardKey() {
      assertThatThrownBy(() -> LEAD.spec().compile(Map.of("has_budget", HAS_OWNER, "has_owner", HAS_OWNER)))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("registered under the other name 'has_budget'");
    }

    @Test
    @DisplayName("that is invalid fails to compile with every problem")
    void invalidSpec() {
      StateMachineSpec spec = new StateMachineSpec("lead", List.of("new", "done"), "nowhere", List.of("done"),
          List.of(new StateMachineSpec.TransitionSpec("new", "finish", "gone", Optional.empty(), List.of())),
          List.of());
      assertThatThrownBy(spec::compile)
          .asInstanceOf(type(StateMachineDefinitionException.class))
          .satisfies(e -> assertThat(e.problems()).containsExactly(
              "initial state 'nowhere' is not a declared state",
              "transition 'new' --finish--> 'gone' leads to unknown state 'gone'"));
    }
  }

  @Nested
  @DisplayName("values")
  class Values {
    @Test
    @DisplayName("an effect copies its parameters and checks its name")
    void effect() {
      Effect e = Effect.of("create_task").withParam("subject", "Call back");
      assertThat(e.params()).containsExactly(Map.entry("subject", "Call back"));
      assertThatThrownBy(() -> Effect.of("Create Task")).isInstanceOf(ValidationException.class);
      assertThatThrownBy(() -> Effect.of("x", Map.of(" ", "v"))).isInstanceOf(ValidationException.class);
      assertThatThrownBy(() -> new Effect("x", null)).isInstanceOf(NullPointerException.class).hasMessage("params");
    }

    @Test
    @DisplayName("a guard needs a name and a reason")
    void guard() {
      assertThatThrownBy(() -> Guard.of("has budget", x -> true, "r")).isInstanceOf(ValidationException.class);
      assertThatThrownBy(() -> Guard.of("ok", x -> true, " ")).isInstanceOf(ValidationException.class);
      assertThat(HAS_BUDGET.refusal(READY)).isEmpty();
      assertThat(HAS_BUDGET.refusal(EMPTY)).contains("the lead has no budget");
    }

    @Test
    @DisplayName("firing is pure: the same arguments give equal decisions")
    void pure() {
      assertThat(LEAD.fire("qualified", "convert", READY)).isEqualTo(LEAD.fire("qualified", "convert", READY));
      assertThat(LEAD.fire("qualified", "convert", EMPTY)).isEqualTo(LEAD.fire("qualified", "convert", EMPTY));
    }
  }
}
