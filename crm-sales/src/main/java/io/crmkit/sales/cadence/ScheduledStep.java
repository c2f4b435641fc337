package io.crmkit.sales.cadence;

import io.crmkit.core.ValidationException;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The next step of an enrolment to work on and when it is due (in the owner's zone), from
 * {@link Enrolment#nextStep(Cadence)}: {@code enrolment.dueStep(cadence, clock).ifPresent(s -> queue(s));}
 *
 * @param index the step's position in the cadence, from 0
 */
public record ScheduledStep(int index, CadenceStep step, ZonedDateTime dueAt) {
  public ScheduledStep {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(dueAt, "dueAt");
    ValidationException.check(index >= 0, "index", "must not be negative but was " + index);
    ValidationException.check(step.kind().isActionable(), "step", "a wait step is never worked on");
  }
}
