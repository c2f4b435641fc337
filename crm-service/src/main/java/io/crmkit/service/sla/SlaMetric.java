package io.crmkit.service.sla;

/** What an SLA target measures: {@code SlaTarget.of(SlaMetric.RESOLUTION, Duration.ofHours(24))}. */
public enum SlaMetric {
  /** From the case's opening to the first agent reply (or to a stop status). Measured once per case. */
  FIRST_RESPONSE,
  /** From a customer message that waits for an answer (after the first response) to the next agent reply; one cycle per message. */
  NEXT_RESPONSE,
  /** From the case's opening to a stop status (solved); a reopen resumes, restarts or leaves it per {@link ReopenRule}. */
  RESOLUTION
}
