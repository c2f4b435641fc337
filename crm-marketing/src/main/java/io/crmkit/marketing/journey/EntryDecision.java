package io.crmkit.marketing.journey;

import java.util.Objects;
import java.util.Optional;

/** Whether a contact entered a journey, and why (or why not): {@code decision.enrolment().ifPresent(store::insert)}. */
public record EntryDecision(Optional<Enrolment> enrolment, String reason) {
  public EntryDecision {
    Objects.requireNonNull(enrolment, "enrolment");
    Objects.requireNonNull(reason, "reason");
  }

  /** Whether the contact entered. */
  public boolean entered() {
    return enrolment.isPresent();
  }
}
