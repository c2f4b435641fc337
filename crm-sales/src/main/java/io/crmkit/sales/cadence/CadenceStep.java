package io.crmkit.sales.cadence;

import io.crmkit.core.ValidationException;
import java.util.Objects;

/**
 * One step of a {@link Cadence}: what to do ({@link StepKind}), a subject for the owner (the e-mail template's
 * name, the call's purpose, the task), and the delay after the previous step, e.g.
 * {@code CadenceStep.of(StepKind.CALL, "Intro call", StepDelay.businessDays(2))}.
 */
public record CadenceStep(StepKind kind, String subject, StepDelay delay) {
  public CadenceStep {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(delay, "delay");
    ValidationException.check(!subject.isBlank() && subject.length() <= 500, "subject", "must have 1 to 500 characters and not be blank");
  }

  public static CadenceStep of(StepKind kind, String subject, StepDelay delay) {
    return new CadenceStep(kind, subject, delay);
  }

  /** A wait step of {@code delay}. */
  public static CadenceStep waitFor(StepDelay delay) {
    return new CadenceStep(StepKind.WAIT, "Wait", delay);
  }
}
