package io.crmkit.core.statemachine;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A named condition on a transition: the transition may fire only when {@link #refusal} is empty for the
 * caller's context. The name is how a stored {@link StateMachineSpec} refers to the guard, so within one
 * machine a name means one guard.
 *
 * <p>{@code Guard<Lead> hasBudget = Guard.of("has_budget", l -> l.budget().isPresent(), "the lead has no budget");}
 *
 * @param <C> the context the guard reads (usually the aggregate whose state changes)
 */
public interface Guard<C> {
  /** The guard's name, lower snake case, e.g. {@code has_budget}. */
  String name();

  /** Empty when the transition may fire in {@code context}; otherwise why not, in words for a person. */
  Optional<String> refusal(C context);

  /**
   * A guard that passes when {@code test} holds and otherwise refuses with {@code reason}.
   *
   * @throws io.crmkit.core.ValidationException if the name is not lower snake case or the reason is blank
   */
  static <C> Guard<C> of(String name, Predicate<? super C> test, String reason) {
    return new PredicateGuard<>(name, test, reason);
  }
}
