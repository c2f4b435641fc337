package io.crmkit.marketing.journey;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of {@link JourneyEngine#advance}: the new enrolment state, the actions to carry out, and when the
 * enrolment next needs an advance if nothing happens before (the end of a wait or an engagement window).
 */
public record JourneyAdvance(Enrolment enrolment, List<JourneyAction> actions, Optional<Instant> wakeUpAt) {
  public JourneyAdvance {
    Objects.requireNonNull(enrolment, "enrolment");
    actions = List.copyOf(Objects.requireNonNull(actions, "actions"));
    Objects.requireNonNull(wakeUpAt, "wakeUpAt");
  }
}
