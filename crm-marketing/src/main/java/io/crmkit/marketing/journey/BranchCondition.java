package io.crmkit.marketing.journey;

import io.crmkit.core.ValidationException;
import io.crmkit.core.query.Criteria;
import io.crmkit.marketing.channel.EngagementKind;
import java.time.Duration;
import java.util.Objects;

/**
 * What a {@link JourneyStep.Branch} tests: the contact against criteria (at once), or whether the message of an
 * earlier send step was engaged with (opened, clicked, ...) within a window after it was sent — the recipient
 * stays at the branch until the engagement or the end of the window.
 *
 * <p>{@code BranchCondition.engaged(new StepId("welcome"), EngagementKind.OPENED, Duration.ofDays(3))}
 */
public sealed interface BranchCondition {

  /** The contact matches {@code criteria} (over {@link io.crmkit.core.party.Contact#TYPE}'s fields). */
  static BranchCondition matches(Criteria criteria) {
    return new Matches(criteria);
  }

  /** The latest message of {@code sendStep} saw {@code kind} (a click or reply counts as an open) within {@code within}. */
  static BranchCondition engaged(StepId sendStep, EngagementKind kind, Duration within) {
    return new Engaged(sendStep, kind, within);
  }

  /** A criteria test on the contact as it is when the branch is reached. */
  record Matches(Criteria criteria) implements BranchCondition {
    public Matches {
      Objects.requireNonNull(criteria, "criteria");
    }
  }

  /** An engagement test with a window counted from the send. */
  record Engaged(StepId sendStep, EngagementKind kind, Duration within) implements BranchCondition {
    public Engaged {
      Objects.requireNonNull(sendStep, "sendStep");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(within, "within");
      ValidationException.check(!within.isNegative() && !within.isZero(), "within", "must be positive but was " + within);
    }
  }
}
