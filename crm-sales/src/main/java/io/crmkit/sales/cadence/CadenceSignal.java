package io.crmkit.sales.cadence;

import io.crmkit.core.RecordRef;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityStatus;
import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.activity.Direction;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Something a record did that ends its cadences: it replied or booked a meeting, at {@code at}. Hosts feed
 * these from their own events (an e-mail webhook, a booking page) or derive them from logged activities with
 * {@link #of(Activity)}; {@link Enrolment#on(CadenceSignal)} unenrols.
 *
 * <p>{@code enrolment = enrolment.on(new CadenceSignal(lead.ref(), ExitReason.REPLIED, receivedAt));}
 */
public record CadenceSignal(RecordRef record, ExitReason reason, Instant at) {
  public CadenceSignal {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(at, "at");
  }

  /**
   * The signals an activity carries, one per linked record: an inbound e-mail is a reply (when it was sent), a
   * meeting that is not cancelled is a booked meeting (when it was created). Other activities carry none.
   */
  public static List<CadenceSignal> of(Activity activity) {
    Objects.requireNonNull(activity, "activity");
    boolean reply = activity.type() == ActivityType.EMAIL && activity.direction().filter(d -> d == Direction.INBOUND).isPresent();
    boolean meeting = activity.type() == ActivityType.MEETING && activity.status() != ActivityStatus.CANCELLED;
    if (!reply && !meeting) {
      return List.of();
    }
    ExitReason reason = reply ? ExitReason.REPLIED : ExitReason.MEETING_BOOKED;
    Instant at = reply ? activity.occurredAt() : activity.createdAt();
    return activity.links().stream().map(r -> new CadenceSignal(r, reason, at)).toList();
  }
}
