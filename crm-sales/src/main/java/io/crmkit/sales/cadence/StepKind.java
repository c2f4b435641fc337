package io.crmkit.sales.cadence;

/**
 * What a {@link CadenceStep} asks for. E-mail, call and task steps are work for the owner; a wait step is only
 * a pause, done by itself when its delay has passed.
 *
 * <p>{@code step.kind() == StepKind.WAIT}
 */
public enum StepKind {
  EMAIL,
  CALL,
  TASK,
  WAIT;

  /** Whether the step is work someone does (everything but {@link #WAIT}). */
  public boolean isActionable() {
    return this != WAIT;
  }
}
