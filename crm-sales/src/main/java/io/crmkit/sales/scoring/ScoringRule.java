package io.crmkit.sales.scoring;

import io.crmkit.core.ValidationException;
import io.crmkit.core.query.Criteria;
import java.util.Objects;
import java.util.Set;

/**
 * A rule of a rule-based score: when it applies, it adds (or, when negative, takes away) points. A
 * {@link Fit} rule looks at the record's fields; an {@link Engagement} rule earns points per matching event.
 *
 * <p>{@code ScoringRule.fit("in-germany", Criteria.eq(FieldRef.text("country"), "DE"), 10)}
 */
public sealed interface ScoringRule {

  /** The rule's name, unique within its model. */
  String name();

  /** Points per application; never zero. */
  double points();

  /** A fit rule: {@code points} when the record's features match {@code condition}. */
  static Fit fit(String name, Criteria condition, double points) {
    return new Fit(name, condition, points);
  }

  /** An engagement rule: {@code pointsPerEvent} for each event whose type is one of {@code eventTypes}. */
  static Engagement engagement(String name, Set<String> eventTypes, double pointsPerEvent) {
    return new Engagement(name, eventTypes, pointsPerEvent);
  }

  /**
   * Points for who the record is: the condition is a criteria tree of the query model, evaluated on the
   * values the {@link ScoringExtractor} gives (the same semantics as a store query: any-match on
   * multi-valued fields, two-valued logic).
   */
  record Fit(String name, Criteria condition, double points) implements ScoringRule {
    public Fit {
      checkName(name);
      Objects.requireNonNull(condition, "condition");
      checkPoints(points);
    }
  }

  /** Points for what the record did: each event of one of {@code eventTypes} earns {@code points}. */
  record Engagement(String name, Set<String> eventTypes, double points) implements ScoringRule {
    public Engagement {
      checkName(name);
      eventTypes = Set.copyOf(eventTypes);
      ValidationException.check(!eventTypes.isEmpty(), "eventTypes", "an engagement rule needs at least one event type");
      for (String t : eventTypes) {
        ValidationException.check(!t.isBlank(), "eventTypes", "event types must not be blank");
      }
      checkPoints(points);
    }
  }

  private static void checkName(String name) {
    Objects.requireNonNull(name, "name");
    ValidationException.check(!name.isBlank() && name.length() <= 128, "name", "a rule needs a name of 1 to 128 characters, not blank");
  }

  private static void checkPoints(double points) {
    ValidationException.check(Double.isFinite(points), "points", "must be a finite number but was " + points);
    ValidationException.check(points != 0, "points", "must not be zero (a rule worth nothing is a mistake)");
  }
}
