package io.crmkit.marketing.journey;

/** Whether a contact may enter a journey again: {@code EntryRule.onTrigger("signup").withReEntry(ReEntryPolicy.AFTER_EXIT)}. */
public enum ReEntryPolicy {
  /** Once per contact, ever. */
  NEVER,
  /** Again once the previous enrolment has exited. */
  AFTER_EXIT,
  /** Any time, even while enrolled (each entry is its own enrolment). */
  ALWAYS
}
