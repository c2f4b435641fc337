package io.crmkit.marketing.segment;

import io.crmkit.core.query.Criteria;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A segment condition compiled at an instant into one core {@link Criteria} over the target's entity type,
 * which the store evaluates (an index lookup or scan in memory, a query in SQL). When the condition has a
 * radius, the criteria selects the bounding box and {@link #refinement()} is the exact check to run on each
 * record the store returns; otherwise the criteria is exact and there is no refinement. {@link #notes()} say
 * how each part was resolved, for logs and "why is this contact in the segment" screens.
 *
 * <pre>{@code
 * CompiledSegment compiled = segments.compile(segment, clock.instant());
 * long size = compiled.exact() ? contacts.count(compiled.criteria()) : segments.members(segment, at).size();
 * }</pre>
 */
public final class CompiledSegment {
  private final SegmentTarget target;
  private final Instant at;
  private final Criteria criteria;
  private final Optional<Predicate<Object>> refinement;
  private final List<String> notes;

  CompiledSegment(SegmentTarget target, Instant at, Criteria criteria, Optional<Predicate<Object>> refinement, List<String> notes) {
    this.target = Objects.requireNonNull(target, "target");
    this.at = Objects.requireNonNull(at, "at");
    this.criteria = Objects.requireNonNull(criteria, "criteria");
    this.refinement = Objects.requireNonNull(refinement, "refinement");
    this.notes = List.copyOf(notes);
  }

  public SegmentTarget target() {
    return target;
  }

  /** The instant consent and activity history were read at. */
  public Instant at() {
    return at;
  }

  /** The criteria for the store: exactly the members, or a superset of them when {@link #exact()} is false. */
  public Criteria criteria() {
    return criteria;
  }

  /** Whether {@link #criteria()} alone selects exactly the members. */
  public boolean exact() {
    return refinement.isEmpty();
  }

  /** The second-pass check of a record the store returned (records of the target's Java type). */
  public Optional<Predicate<Object>> refinement() {
    return refinement;
  }

  /** Whether {@code record} (returned by the store for {@link #criteria()}) is a member. */
  public boolean admits(Object record) {
    return refinement.map(p -> p.test(record)).orElse(true);
  }

  /** How each part of the condition was resolved, in order. */
  public List<String> notes() {
    return notes;
  }

  @Override
  public String toString() {
    return "CompiledSegment[" + target + ", exact=" + exact() + ", " + criteria + "]";
  }
}
