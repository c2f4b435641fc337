package io.crmkit.sales.followup.internal;

import io.crmkit.core.ValidationException;
import io.crmkit.core.annotation.Internal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.Freq;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;

/**
 * Parses an RFC 5545 RRULE with lib-recur (strict mode) and expands it from a local start in an IANA zone.
 *
 * <p>The rule is expanded in floating local time, so a rule keeps its wall-clock time across daylight-saving
 * changes; each local occurrence is then placed in the zone as RFC 5545 (3.3.5) says: a local time in a gap
 * moves forward by the length of the gap, an ambiguous one takes the earlier offset. Occurrences that land on
 * an instant already produced (two local times in one gap) are produced once. {@code UNTIL} is applied here:
 * a UTC {@code UNTIL} bounds the instants, a floating one the local times, a date one the local dates.
 */
@Internal
public final class RuleExpansion {
  /** How far beyond the start an expansion looks at most; rules are for follow-ups, not centuries. */
  private static final int MAX_YEARS = 200;

  private final String text;
  private final RecurrenceRule unbounded;
  private final Optional<DateTime> until;

  private RuleExpansion(String text, RecurrenceRule unbounded, Optional<DateTime> until) {
    this.text = text;
    this.unbounded = unbounded;
    this.until = until;
  }

  /**
   * Parses {@code rule} (without the {@code RRULE:} prefix).
   *
   * @throws ValidationException naming the rule and what is wrong with it
   */
  public static RuleExpansion parse(String rule) {
    Objects.requireNonNull(rule, "rule");
    String body = rule.strip();
    if (body.regionMatches(true, 0, "RRULE:", 0, 6)) {
      body = body.substring(6);
    }
    RecurrenceRule parsed;
    try {
      parsed = new RecurrenceRule(body, RecurrenceRule.RfcMode.RFC5545_STRICT);
    } catch (InvalidRecurrenceRuleException | IllegalArgumentException e) {
      throw new ValidationException("recurrence", "'" + rule + "' is not a valid RFC 5545 RRULE: " + e.getMessage());
    }
    if (parsed.getFreq() == Freq.SECONDLY || parsed.getFreq() == Freq.MINUTELY) {
      throw new ValidationException(
          "recurrence", "'" + rule + "' repeats " + parsed.getFreq() + "; follow-ups recur at most hourly");
    }
    String normalised = parsed.toString();
    Optional<DateTime> until = Optional.ofNullable(parsed.getUntil());
    if (until.isPresent()) {
      // lib-recur drops COUNT along with UNTIL, but a valid rule never has both
      parsed.setUntil(null);
    }
    return new RuleExpansion(normalised, parsed, until);
  }

  /** The rule in lib-recur's normal form, e.g. {@code FREQ=WEEKLY;BYDAY=MO}. */
  public String text() {
    return text;
  }

  /** Whether the rule ends (it has a COUNT or an UNTIL). */
  public boolean isFinite() {
    return until.isPresent() || unbounded.getCount() != null;
  }

  /**
   * The occurrences from {@code start} on, in order and strictly increasing, each as the nominal local time the
   * rule gives (use {@link #place} for the instant). The first is {@code start} itself when the start is
   * synchronised with the rule.
   */
  public Iterator<LocalDateTime> localOccurrences(LocalDateTime start, ZoneId zone) {
    return localOccurrences(start, zone, Optional.empty());
  }

  /**
   * Like {@link #localOccurrences(LocalDateTime, ZoneId)}, but only the occurrences whose instant lies after
   * that of the local time {@code after} (fast-forwarded; {@code COUNT} still counts from {@code start}).
   */
  public Iterator<LocalDateTime> localOccurrences(LocalDateTime start, ZoneId zone, Optional<LocalDateTime> after) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(after, "after");
    RecurrenceRuleIterator it;
    try {
      it = unbounded.iterator(floating(start));
      if (after.isPresent()) {
        it.fastForward(floating(after.get()));
      }
    } catch (IllegalArgumentException e) {
      // lib-recur gives up on rules that filter away every candidate (e.g. BYMONTH=2;BYMONTHDAY=30)
      return java.util.Collections.emptyIterator();
    }
    LocalDateTime horizon = start.plusYears(MAX_YEARS);
    return new Iterator<>() {
      private Optional<LocalDateTime> next = Optional.empty();
      private Optional<Instant> lastInstant = after.map(a -> place(a, zone).toInstant());
      private boolean done;

      @Override
      public boolean hasNext() {
        while (next.isEmpty() && !done) {
          LocalDateTime candidate;
          try {
            if (!it.hasNext()) {
              done = true;
              break;
            }
            candidate = local(it.nextDateTime());
          } catch (IllegalArgumentException e) {
            done = true;
            break;
          }
          if (candidate.isAfter(horizon) || beyondUntil(candidate, zone)) {
            done = true;
            break;
          }
          Instant at = place(candidate, zone).toInstant();
          if (lastInstant.isPresent() && !at.isAfter(lastInstant.get())) {
            continue;
          }
          lastInstant = Optional.of(at);
          next = Optional.of(candidate);
        }
        return next.isPresent();
      }

      @Override
      public LocalDateTime next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        LocalDateTime n = next.get();
        next = Optional.empty();
        return n;
      }
    };
  }

  /** {@code local} placed in {@code zone}: a time in a gap moves forward by the gap, an overlap takes the earlier offset. */
  public static ZonedDateTime place(LocalDateTime local, ZoneId zone) {
    return ZonedDateTime.of(local, zone);
  }

  private boolean beyondUntil(LocalDateTime candidate, ZoneId zone) {
    if (until.isEmpty()) {
      return false;
    }
    DateTime u = until.get();
    if (u.isAllDay()) {
      return candidate.toLocalDate().isAfter(LocalDate.of(u.getYear(), u.getMonth() + 1, u.getDayOfMonth()));
    }
    if (u.isFloating()) {
      return candidate.isAfter(local(u));
    }
    return place(candidate, zone).toInstant().isAfter(Instant.ofEpochMilli(u.getTimestamp()));
  }

  private static DateTime floating(LocalDateTime t) {
    return new DateTime(t.getYear(), t.getMonthValue() - 1, t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond());
  }

  private static LocalDateTime local(DateTime d) {
    if (d.isAllDay()) {
      return LocalDate.of(d.getYear(), d.getMonth() + 1, d.getDayOfMonth()).atStartOfDay();
    }
    if (!d.isFloating()) {
      return LocalDateTime.ofInstant(Instant.ofEpochMilli(d.getTimestamp()), ZoneOffset.UTC);
    }
    return LocalDateTime.of(d.getYear(), d.getMonth() + 1, d.getDayOfMonth(), d.getHours(), d.getMinutes(), d.getSeconds());
  }
}
