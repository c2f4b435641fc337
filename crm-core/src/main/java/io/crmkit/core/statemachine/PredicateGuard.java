package io.crmkit.core.statemachine;

import io.crmkit.core.ValidationException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/** The guard {@link Guard#of} builds: a predicate and the reason given when it fails. */
record PredicateGuard<C>(String name, Predicate<? super C> test, String reason) implements Guard<C> {
  PredicateGuard {
    Names.checked(name, "guard.name");
    Objects.requireNonNull(test, "test");
    Objects.requireNonNull(reason, "reason");
    ValidationException.check(!reason.isBlank(), "guard." + name + ".reason", "must not be blank");
  }

  @Override
  public Optional<String> refusal(C context) {
    return test.test(context) ? Optional.empty() : Optional.of(reason);
  }

  @Override
  public String toString() {
    return "Guard[" + name + "]";
  }
}
