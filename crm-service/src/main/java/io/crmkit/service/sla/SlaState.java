package io.crmkit.service.sla;

/** The state of one SLA clock when read: {@code reading.state() == SlaState.BREACHED}. */
public enum SlaState {
  /** Counting business time, target not yet exceeded. */
  RUNNING,
  /** Not counting, because the case is in a pause status (pending customer, on hold), target not exceeded. */
  PAUSED,
  /** Completed within the target; final unless the case is reopened and the policy resumes or restarts it. */
  MET,
  /** More business time than the target has elapsed (the clock may still be open); final for its cycle. */
  BREACHED
}
