package io.crmkit.marketing.journey;

import io.crmkit.core.ValidationException;
import io.crmkit.core.query.Criteria;
import io.crmkit.marketing.channel.EngagementKind;
import java.util.Objects;

/**
 * A journey's goal: whenever it is reached, wherever the recipient is, they exit with the goal named. Reached
 * when the contact matches criteria, when any message of the enrolment sees an engagement, or when a trigger
 * event arrives (a purchase, a demo booked).
 *
 * <p>{@code Goal.triggered("purchased", "purchase")}
 */
public record Goal(String name, Condition condition) {
  public Goal {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(condition, "condition");
    ValidationException.check(!name.isBlank(), "goal.name", "must not be blank");
  }

  /** Reached when the contact matches {@code criteria}. */
  public static Goal matches(String name, Criteria criteria) {
    return new Goal(name, new Condition.Matches(criteria));
  }

  /** Reached when any message sent in the enrolment sees {@code kind}. */
  public static Goal engaged(String name, EngagementKind kind) {
    return new Goal(name, new Condition.Engaged(kind));
  }

  /** Reached when the trigger event {@code event} arrives for the contact. */
  public static Goal triggered(String name, String event) {
    return new Goal(name, new Condition.Triggered(event));
  }

  /** What reaches a goal. */
  public sealed interface Condition {
    /** The contact matches criteria. */
    record Matches(Criteria criteria) implements Condition {
      public Matches {
        Objects.requireNonNull(criteria, "criteria");
      }
    }

    /** A message of the enrolment saw an engagement. */
    record Engaged(EngagementKind kind) implements Condition {
      public Engaged {
        Objects.requireNonNull(kind, "kind");
      }
    }

    /** A trigger event arrived. */
    record Triggered(String event) implements Condition {
      public Triggered {
        JourneyEvent.checkName(event, "goal.event");
      }
    }
  }
}
