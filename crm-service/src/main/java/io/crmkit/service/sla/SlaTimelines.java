package io.crmkit.service.sla;

import io.crmkit.core.ValidationException;
import io.crmkit.core.statemachine.StateChange;
import io.crmkit.service.cases.Case;
import io.crmkit.service.cases.CaseComment;
import io.crmkit.service.cases.CasePriority;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * Maps a stored {@link Case} onto the {@link SlaTimeline} its SLA clocks read, so a host never assembles
 * timelines by hand:
 *
 * <ul>
 *   <li>priority: {@link #priorityKey(CasePriority)}, the enum name in lower case ({@code "high"}), the key
 *       {@link SlaTarget#forPriority} expects;
 *   <li>type: the case type, or {@link #UNTYPED} for a case without one; tier: what the host's tier function says
 *       of the case (usually read from its account);
 *   <li>opening: the start of the status history, in its first status; every later status change is a {@link
 *       SlaEvent.StatusChanged};
 *   <li>replies: a public comment that came from an inbound message (it has a {@linkplain CaseComment#channel()
 *       channel}, as intake writes them) is a {@link SlaEvent.CustomerReplied}; a public comment written in the
 *       product is an {@link SlaEvent.AgentReplied}. Internal notes do not count, nor do comments that a merge
 *       moved here from a duplicate ({@link CaseComment#originalCase()}): they answered the duplicate's clocks.
 * </ul>
 *
 * <p>{@code SlaEvaluation e = slaClock.read(SlaTimelines.of(supportCase, c -> tiers.of(c.account())));}
 */
public final class SlaTimelines {
  /** The type of a case that has none, for targets and routing alike. */
  public static final String UNTYPED = "untyped";

  private SlaTimelines() {}

  /**
   * The timeline of {@code supportCase}, with the customer tier {@code tier} gives for it.
   *
   * @throws ValidationException when the tier is blank, or a counted comment is older than the case's opening
   */
  public static SlaTimeline of(Case supportCase, Function<? super Case, String> tier) {
    Objects.requireNonNull(supportCase, "supportCase");
    Objects.requireNonNull(tier, "tier");
    String customerTier = Objects.requireNonNull(tier.apply(supportCase), "tier of case " + supportCase.id());
    ValidationException.check(!customerTier.isBlank(), "tier", "must not be blank for case " + supportCase.id());
    List<StateChange> changes = supportCase.statusChanges();
    StateChange start = changes.get(0);
    List<SlaEvent> events = new ArrayList<>();
    for (StateChange change : changes.subList(1, changes.size())) {
      events.add(new SlaEvent.StatusChanged(change.at(), change.to()));
    }
    for (CaseComment c : supportCase.comments()) {
      if (!c.isPublic() || c.originalCase().isPresent()) {
        continue;
      }
      ValidationException.check(!c.at().isBefore(start.at()), "comments",
          "comment '" + c.id() + "' at " + c.at() + " is older than the opening of case " + supportCase.id() + " at " + start.at());
      events.add(c.channel().isPresent() ? new SlaEvent.CustomerReplied(c.at()) : new SlaEvent.AgentReplied(c.at()));
    }
    return new SlaTimeline(supportCase.tenantId(), supportCase.id(), priorityKey(supportCase.priority()),
        typeOf(supportCase), customerTier, start.at(), start.to(), events);
  }

  /** The timeline of {@code supportCase} for a tenant that has one customer tier, {@code tier}. */
  public static SlaTimeline of(Case supportCase, String tier) {
    Objects.requireNonNull(tier, "tier");
    return of(supportCase, c -> tier);
  }

  /** The priority as SLA targets name it: {@code CasePriority.HIGH} is {@code "high"}. */
  public static String priorityKey(CasePriority priority) {
    return Objects.requireNonNull(priority, "priority").name().toLowerCase(Locale.ROOT);
  }

  /** The case's type, or {@link #UNTYPED}. */
  public static String typeOf(Case supportCase) {
    return Objects.requireNonNull(supportCase, "supportCase").caseType().orElse(UNTYPED);
  }
}
