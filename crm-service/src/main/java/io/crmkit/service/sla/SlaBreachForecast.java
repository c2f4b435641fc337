package io.crmkit.service.sla;

import io.crmkit.core.ValidationException;
import io.crmkit.service.calendar.BusinessCalendar;
import io.crmkit.service.cases.CaseId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Breach prediction for a queue: which running clocks will breach within the next {@code horizon} of the
 * queue's business hours, soonest first. Paused clocks are left out (they cannot breach while paused).
 *
 * <p>{@code SlaBreachForecast.within(evaluations, queueHours, now, Duration.ofHours(4))}
 */
public final class SlaBreachForecast {
  private SlaBreachForecast() {}

  /** A clock that will breach at {@code due} unless answered or paused first. */
  public record PredictedBreach(CaseId caseId, SlaMetric metric, int cycle, Instant due, Duration remaining) {
    public PredictedBreach {
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(metric, "metric");
      Objects.requireNonNull(due, "due");
      Objects.requireNonNull(remaining, "remaining");
    }
  }

  /** The running clocks of {@code evaluations} due within {@code horizon} of {@code queueHours} from {@code now}. */
  public static List<PredictedBreach> within(List<SlaEvaluation> evaluations, BusinessCalendar queueHours, Instant now, Duration horizon) {
    Objects.requireNonNull(evaluations, "evaluations");
    Objects.requireNonNull(queueHours, "queueHours");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(horizon, "horizon");
    ValidationException.check(!horizon.isNegative(), "horizon", "must not be negative but was " + horizon);
    Instant until = queueHours.add(now, horizon);
    List<PredictedBreach> out = new ArrayList<>();
    for (SlaEvaluation e : evaluations) {
      for (SlaClockReading r : e.clocks()) {
        if (r.state() == SlaState.RUNNING && r.due().isPresent() && !r.due().get().isAfter(until)) {
          out.add(new PredictedBreach(e.caseId(), r.metric(), r.cycle(), r.due().get(), r.remaining()));
        }
      }
    }
    out.sort(Comparator.comparing(PredictedBreach::due).thenComparing(b -> b.caseId().value()).thenComparing(PredictedBreach::metric));
    return List.copyOf(out);
  }
}
