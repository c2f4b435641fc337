package io.crmkit.marketing.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * How a local send time is placed on the time line when daylight saving makes it ambiguous, named
 * explicitly: a local time in a gap (spring forward) moves forward by the length of the gap, as RFC 5545
 * says; a local time in an overlap (fall back) takes the {@link Overlap#EARLIER first} or the later
 * occurrence. {@code DstPolicy.STANDARD} is shift-forward and first occurrence, so a daily 09:00 send is
 * neither skipped nor sent twice.
 */
public record DstPolicy(Gap gap, Overlap overlap) {
  /** Shift forward in a gap, first occurrence in an overlap. */
  public static final DstPolicy STANDARD = new DstPolicy(Gap.SHIFT_FORWARD, Overlap.EARLIER);

  /** What happens to a local time that does not exist. */
  public enum Gap {
    /** Move forward by the length of the gap (02:30 on a spring-forward night becomes 03:30). */
    SHIFT_FORWARD
  }

  /** Which of two instants a local time that happens twice means. */
  public enum Overlap {
    /** The first occurrence (the offset before the change). */
    EARLIER,
    /** The second occurrence (the offset after the change). */
    LATER
  }

  public DstPolicy {
    Objects.requireNonNull(gap, "gap");
    Objects.requireNonNull(overlap, "overlap");
  }

  /** {@code local} in {@code zone} under this policy. */
  public ZonedDateTime place(LocalDateTime local, ZoneId zone) {
    ZonedDateTime z = ZonedDateTime.of(local, zone); // gap: forward by the gap; overlap: earlier offset
    return overlap == Overlap.LATER ? z.withLaterOffsetAtOverlap() : z;
  }

  /** {@code local} in {@code zone} under this policy, but strictly after {@code after} if an overlap allows it. */
  Instant placeAfter(LocalDateTime local, ZoneId zone, Instant after) {
    ZonedDateTime z = place(local, zone);
    if (!z.toInstant().isAfter(after)) {
      z = z.withLaterOffsetAtOverlap();
    }
    return z.toInstant().isAfter(after) ? z.toInstant() : after.plusSeconds(1);
  }
}
