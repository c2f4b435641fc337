package io.crmkit.marketing.journey;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One move of an enrolment: at {@code at} it left {@code from} (empty on entry) for {@code to} (empty on exit),
 * and why: {@code "opened the message of 'welcome' at 2026-03-03T10:00:00Z, within 3 days"}.
 */
public record HistoryEntry(Instant at, Optional<StepId> from, Optional<StepId> to, String explanation) {
  public HistoryEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(explanation, "explanation");
  }
}
