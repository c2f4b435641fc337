package io.crmkit.marketing.schedule.internal;

import io.crmkit.core.ValidationException;
import io.crmkit.core.annotation.Internal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.Freq;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;

/**
 * Parses an RFC 5545 RRULE with lib-recur (strict mode) and expands it in floating local time, so a rule keeps
 * its wall-clock time across daylight-saving changes; placing the local times in a zone is the caller's
 * business ({@link io.crmkit.marketing.schedule.DstPolicy}). Same semantics as crm-sales' follow-up
 * recurrence, which crm-marketing does not depend on. A UTC {@code UNTIL} is compared as a UTC local time.
 */
@Internal
public final class RuleExpansion {
  private final String text;
  private final RecurrenceRule unbounded;
  private final Optional<DateTime> until;

  private RuleExpansion(String text, RecurrenceRule unbounded, Optional<DateTime> until) {
    this.text = text;
    this.unbounded = unbounded;
    this.until = until;
  }

  /**
   * Parses {@code rule}, with or without {@code RRULE:}.
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
      throw new ValidationException("rule", "'" + rule + "' is not a valid RFC 5545 RRULE: " + e.getMessage());
    }
    if (parsed.getFreq() == Freq.SECONDLY || parsed.getFreq() == Freq.MINUTELY) {
      throw new ValidationException("rule", "'" + rule + "' repeats " + parsed.getFreq() + "; sends recur at most hourly");
    }
    String normalised = parsed.toString();
    Optional<DateTime> until = Optional.ofNullable(parsed.getUntil());
    if (until.isPresent()) {
      parsed.setUntil(null);
    }
    return new RuleExpansion(normalised, parsed, until);
  }

  /** The rule in lib-recur's normal form, e.g. {@code FREQ=WEEKLY;BYDAY=MO}. */
  public String text() {
    return text;
  }

  /**
   * The local occurrences of the series from {@code start} that lie in [{@code from}, {@code to}], in order;
   * {@code COUNT} counts from {@code start}.
   */
  public List<LocalDateTime> between(LocalDateTime start, LocalDateTime from, LocalDateTime to) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    List<LocalDateTime> out = new ArrayList<>();
    try {
      RecurrenceRuleIterator it = unbounded.iterator(floating(start));
      if (from.isAfter(start) && unbounded.getCount() == null) {
        it.fastForward(floating(from));
      }
      while (it.hasNext()) {
        LocalDateTime t = local(it.nextDateTime());
        if (t.isAfter(to) || beyondUntil(t)) {
          break;
        }
        if (!t.isBefore(from)) {
          out.add(t);
        }
      }
    } catch (IllegalArgumentException e) {
      // lib-recur gives up on rules that filter away every candidate (e.g. BYMONTH=2;BYMONTHDAY=30)
      return List.copyOf(out);
    }
    return List.copyOf(out);
  }

  private boolean beyondUntil(LocalDateTime t) {
    if (until.isEmpty()) {
      return false;
    }
    DateTime u = until.get();
    if (u.isAllDay()) {
      return t.toLocalDate().isAfter(LocalDate.of(u.getYear(), u.getMonth() + 1, u.getDayOfMonth()));
    }
    return t.isAfter(local(u));
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
