package io.crmkit.marketing.journey;

/** Whether an {@link Enrolment} is still moving through its journey. */
public enum EnrolmentStatus {
  /** In the journey, at {@link Enrolment#currentStep()}. */
  ACTIVE,
  /** Out of the journey, through an exit step or a goal. */
  EXITED
}
