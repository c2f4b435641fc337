package io.crmkit.service.routing;

import io.crmkit.core.Owner;
import io.crmkit.core.ValidationException;
import io.crmkit.service.cases.Case;
import io.crmkit.service.cases.CasePriority;
import io.crmkit.service.sla.SlaClockReading;
import io.crmkit.service.sla.SlaEvaluation;
import io.crmkit.service.sla.SlaState;
import io.crmkit.service.sla.SlaTimelines;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * Maps a stored {@link Case} onto the {@link WorkItem} that routing and escalation see: same case id and tenant,
 * the queue (given, or the team the case is queued for), the {@linkplain #priority(CasePriority) priority}
 * (the two enums have the same four levels; the mapping is by level and exhaustive), the type (or {@link
 * SlaTimelines#UNTYPED}, as SLA targets see it), the product, the case's creation as the instant it entered the
 * queue, and — from an {@link SlaEvaluation} — the SLA due instant. Size and skills are the host's to add on the
 * returned builder.
 *
 * <pre>{@code
 * WorkItem item = WorkItems.builder(supportCase, slaClock.read(SlaTimelines.of(supportCase, tiers)))
 *     .requiring(SkillRequirement.of("router", 4)).build();
 * }</pre>
 */
public final class WorkItems {
  private WorkItems() {}

  /** A builder pre-filled from {@code supportCase} for {@code queue}, without an SLA due instant. */
  public static WorkItem.Builder builder(Case supportCase, String queue) {
    Objects.requireNonNull(supportCase, "supportCase");
    Objects.requireNonNull(queue, "queue");
    WorkItem.Builder b = WorkItem.builder(supportCase.tenantId(), supportCase.id(), queue, supportCase.createdAt())
        .priority(priority(supportCase.priority()))
        .type(SlaTimelines.typeOf(supportCase));
    supportCase.product().ifPresent(b::product);
    return b;
  }

  /**
   * A builder pre-filled from {@code supportCase}, in the queue it is owned by, due when {@code sla} says.
   *
   * @throws ValidationException when the case is not owned by a team (a queue), or the evaluation is another case's
   */
  public static WorkItem.Builder builder(Case supportCase, SlaEvaluation sla) {
    Objects.requireNonNull(supportCase, "supportCase");
    Objects.requireNonNull(sla, "sla");
    WorkItem.Builder b = builder(supportCase, queueOf(supportCase));
    slaDueAt(supportCase, sla).ifPresent(b::slaDueAt);
    return b;
  }

  /**
   * The queue {@code supportCase} waits in: the id of the team that owns it.
   *
   * @throws ValidationException when it is owned by a user or by nobody
   */
  public static String queueOf(Case supportCase) {
    Objects.requireNonNull(supportCase, "supportCase");
    Optional<Owner> owner = supportCase.owner();
    ValidationException.check(owner.isPresent() && owner.get().kind() == Owner.Kind.TEAM, "owner",
        "case " + supportCase.id() + " must be queued for a team (Owner.team) to become a work item, but its owner is "
            + owner.map(Owner::toString).orElse("nobody"));
    return owner.get().id();
  }

  /**
   * When the case's SLA is due, read from {@code sla}: the earliest due instant of its running and breached
   * clocks (a breached clock is overdue, so it is the most urgent); empty when no clock is counting (all met,
   * paused, or the policy sets no target).
   *
   * @throws ValidationException when the evaluation is of another case
   */
  public static Optional<Instant> slaDueAt(Case supportCase, SlaEvaluation sla) {
    Objects.requireNonNull(supportCase, "supportCase");
    Objects.requireNonNull(sla, "sla");
    ValidationException.check(sla.caseId().equals(supportCase.id()) && sla.tenantId().equals(supportCase.tenantId()), "sla",
        "must be an evaluation of case " + supportCase.id() + " but is of case " + sla.caseId() + " of tenant " + sla.tenantId());
    return sla.clocks().stream()
        .filter(r -> r.state() == SlaState.RUNNING || r.state() == SlaState.BREACHED)
        .map(SlaClockReading::due)
        .flatMap(Optional::stream)
        .min(Comparator.naturalOrder());
  }

  /** The routing priority of a case priority: the same level ({@code HIGH} is {@code HIGH}). */
  public static WorkPriority priority(CasePriority priority) {
    return switch (Objects.requireNonNull(priority, "priority")) {
      case LOW -> WorkPriority.LOW;
      case NORMAL -> WorkPriority.NORMAL;
      case HIGH -> WorkPriority.HIGH;
      case URGENT -> WorkPriority.URGENT;
    };
  }

  /** The case priority of a routing priority, the inverse of {@link #priority(CasePriority)} (for a host applying {@code RaisePriority}). */
  public static CasePriority casePriority(WorkPriority priority) {
    return switch (Objects.requireNonNull(priority, "priority")) {
      case LOW -> CasePriority.LOW;
      case NORMAL -> CasePriority.NORMAL;
      case HIGH -> CasePriority.HIGH;
      case URGENT -> CasePriority.URGENT;
    };
  }
}
