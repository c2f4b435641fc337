package io.crmkit.marketing.schedule;

import java.util.List;

/**
 * What {@link SendPlanner#plan} decided: the planned sends in order of time (each with its reasons; the
 * {@link #deferred()} ones were moved from their nominal time) and the dropped fires with theirs.
 */
public record SendPlan(List<PlannedSend> planned, List<DroppedSend> dropped) {
  public SendPlan {
    planned = List.copyOf(planned);
    dropped = List.copyOf(dropped);
  }

  /** The planned sends moved from their nominal time. */
  public List<PlannedSend> deferred() {
    return planned.stream().filter(PlannedSend::deferred).toList();
  }
}
