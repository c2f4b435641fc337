package io.crmkit.sales.assignment;

import io.crmkit.core.EntityId;
import io.crmkit.core.Owner;
import java.util.Locale;
import java.util.Objects;

/**
 * Whom a record is assigned to: a user, or a queue (a team whose members pick work up, or which a
 * {@link RoundRobin} or {@link CapacityAllocation} distributes further), by the host's own id, e.g.
 * {@code AssignmentTarget.queue("dach-inbound")}.
 */
public record AssignmentTarget(Kind kind, String id) {
  /** A single user or a queue. */
  public enum Kind {
    USER,
    QUEUE
  }

  public AssignmentTarget {
    Objects.requireNonNull(kind, "kind");
    EntityId.checked(id, "target.id");
  }

  public static AssignmentTarget user(String id) {
    return new AssignmentTarget(Kind.USER, id);
  }

  public static AssignmentTarget queue(String id) {
    return new AssignmentTarget(Kind.QUEUE, id);
  }

  /** The record owner this target stands for: a user, or a queue as a team. */
  public Owner toOwner() {
    return kind == Kind.USER ? Owner.user(id) : Owner.team(id);
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(Locale.ROOT) + ":" + id;
  }
}
