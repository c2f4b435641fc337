package io.crmkit.core.statemachine;

import io.crmkit.core.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The states a record has been in and when, kept by the caller's aggregate next to its current state: the
 * basis of time-in-stage analytics. Immutable; {@link #record} returns a longer history.
 *
 * <pre>{@code
 * StateHistory h = StateHistory.start(LEAD.initial(), clock.instant());
 * h = h.record(LEAD.fireOrThrow(h.current(), "work", lead), clock.instant());
 * Duration working = h.timeIn("working", clock.instant());
 * }</pre>
 *
 * <p>The entries form a chain: the first is a {@linkplain StateChange#isStart() start}, each later one leaves
 * the state the previous one entered, and times never go backwards.
 *
 * @param changes the entries, oldest first; never empty
 */
public record StateHistory(List<StateChange> changes) {
  public StateHistory {
    changes = List.copyOf(changes);
    ValidationException.check(!changes.isEmpty(), "changes", "a history starts with a start entry, so it cannot be empty");
    ValidationException.check(
        changes.get(0).isStart(), "changes[0]", "must be a start entry (no 'from') but came from " + changes.get(0).from());
    for (int i = 1; i < changes.size(); i++) {
      StateChange prev = changes.get(i - 1);
      StateChange next = changes.get(i);
      String field = "changes[" + i + "]";
      ValidationException.check(
          next.from().isPresent() && next.from().get().equals(prev.to()),
          field,
          "must leave '" + prev.to() + "', the state the previous entry entered, but leaves "
              + next.from().map(f -> "'" + f + "'").orElse("nothing (a second start)"));
      ValidationException.check(
          !next.at().isBefore(prev.at()), field, "happened at " + next.at() + ", before the previous entry at " + prev.at());
    }
  }

  /** A history that starts in {@code state} at {@code at}, e.g. {@code StateHistory.start(machine.initial(), now)}. */
  public static StateHistory start(String state, Instant at) {
    return new StateHistory(List.of(new StateChange(Optional.empty(), state, StateChange.START, at)));
  }

  /**
   * This history with the accepted decision appended at {@code at}.
   *
   * @throws ValidationException if the decision was not made from {@link #current()} or {@code at} is before
   *     {@link #enteredAt()}
   */
  public StateHistory record(Decision.Accepted decision, Instant at) {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(at, "at");
    ValidationException.check(
        decision.from().equals(current()),
        "decision.from",
        "the decision was made in '" + decision.from() + "' but the history is in '" + current() + "'");
    ValidationException.check(
        !at.isBefore(enteredAt()), "at", "time must not go backwards: " + at + " is before " + enteredAt());
    List<StateChange> longer = new ArrayList<>(changes);
    longer.add(new StateChange(Optional.of(decision.from()), decision.to(), decision.event(), at));
    return new StateHistory(longer);
  }

  /** The state the record is in now. */
  public String current() {
    return last().to();
  }

  /** When the record entered its current state. */
  public Instant enteredAt() {
    return last().at();
  }

  /** When the history started. */
  public Instant startedAt() {
    return changes.get(0).at();
  }

  /**
   * The total time spent in {@code state} over all stays up to {@code now}; zero if it was never entered.
   *
   * @throws ValidationException if {@code now} is before {@link #enteredAt()}
   */
  public Duration timeIn(String state, Instant now) {
    Objects.requireNonNull(state, "state");
    return timeInStates(now).getOrDefault(state, Duration.ZERO);
  }

  /**
   * The total time spent in each state entered so far, up to {@code now}, in order of first entry. The
   * durations add up to {@code now} minus {@link #startedAt()}.
   *
   * @throws ValidationException if {@code now} is before {@link #enteredAt()}
   */
  public Map<String, Duration> timeInStates(Instant now) {
    Objects.requireNonNull(now, "now");
    ValidationException.check(
        !now.isBefore(enteredAt()), "now", now + " is before the last change of the history at " + enteredAt());
    Map<String, Duration> totals = new LinkedHashMap<>();
    for (int i = 0; i < changes.size(); i++) {
      StateChange c = changes.get(i);
      Instant end = i + 1 < changes.size() ? changes.get(i + 1).at() : now;
      totals.merge(c.to(), Duration.between(c.at(), end), Duration::plus);
    }
    return Collections.unmodifiableMap(totals);
  }

  private StateChange last() {
    return changes.get(changes.size() - 1);
  }
}
