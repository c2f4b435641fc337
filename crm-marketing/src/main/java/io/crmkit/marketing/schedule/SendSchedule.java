package io.crmkit.marketing.schedule;

import io.crmkit.marketing.schedule.internal.RuleExpansion;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * When a step fires, nominally: once at an instant, once at a local time in each recipient's zone, or
 * recurring by an RFC 5545 RRULE from a local start in each recipient's zone (expanded with lib-recur), e.g.
 * {@code SendSchedule.recurring(LocalDateTime.parse("2026-03-02T09:00"), "FREQ=DAILY")}.
 */
public sealed interface SendSchedule {
  /** Once, at the same instant for everyone. */
  static SendSchedule at(Instant instant) {
    return new AtInstant(instant);
  }

  /** Once, at {@code local} in each recipient's zone. */
  static SendSchedule atLocal(LocalDateTime local) {
    return new AtLocal(local);
  }

  /** By {@code rule} (an RRULE, with or without {@code RRULE:}) from {@code start}, in each recipient's zone. */
  static SendSchedule recurring(LocalDateTime start, String rule) {
    return new Recurring(start, rule);
  }

  /** Once at an instant. */
  record AtInstant(Instant instant) implements SendSchedule {
    public AtInstant {
      Objects.requireNonNull(instant, "instant");
    }
  }

  /** Once at a local time in the recipient's zone. */
  record AtLocal(LocalDateTime local) implements SendSchedule {
    public AtLocal {
      Objects.requireNonNull(local, "local");
    }
  }

  /**
   * A recurring local schedule; {@code rule} is stored in lib-recur's normal form and rules more frequent
   * than hourly are refused with a {@link io.crmkit.core.ValidationException}.
   */
  record Recurring(LocalDateTime start, String rule) implements SendSchedule {
    public Recurring {
      Objects.requireNonNull(start, "start");
      rule = RuleExpansion.parse(Objects.requireNonNull(rule, "rule")).text();
    }
  }
}
