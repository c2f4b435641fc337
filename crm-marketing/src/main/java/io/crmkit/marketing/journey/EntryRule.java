package io.crmkit.marketing.journey;

import io.crmkit.core.query.Criteria;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may enter a journey and when: contacts matching criteria (if any), on one of the trigger events (if any
 * are named; otherwise on enrolment by the host or the simulator), subject to a {@link ReEntryPolicy}.
 *
 * <p>{@code EntryRule.onTrigger("signup").withCriteria(Criteria.isPresent(ContactFields.EMAIL))}
 */
public record EntryRule(Optional<Criteria> criteria, Set<String> triggers, ReEntryPolicy reEntry) {
  public EntryRule {
    Objects.requireNonNull(criteria, "criteria");
    Objects.requireNonNull(triggers, "triggers");
    Objects.requireNonNull(reEntry, "reEntry");
    triggers.forEach(t -> JourneyEvent.checkName(t, "triggers"));
    triggers = Set.copyOf(triggers);
  }

  /** Anyone the host enrols, once. */
  public static EntryRule anyone() {
    return new EntryRule(Optional.empty(), Set.of(), ReEntryPolicy.NEVER);
  }

  /** Anyone on one of {@code triggers}, once. */
  public static EntryRule onTrigger(String... triggers) {
    return new EntryRule(Optional.empty(), Set.of(triggers), ReEntryPolicy.NEVER);
  }

  /** The same rule, also requiring {@code value}. */
  public EntryRule withCriteria(Criteria value) {
    return new EntryRule(Optional.of(value), triggers, reEntry);
  }

  /** The same rule with {@code value} as re-entry policy. */
  public EntryRule withReEntry(ReEntryPolicy value) {
    return new EntryRule(criteria, triggers, value);
  }

  /** The triggers in name order, for explanations. */
  String describeTriggers() {
    return String.join(", ", new TreeSet<>(triggers));
  }
}
