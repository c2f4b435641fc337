package io.crmkit.sales.followup;

import io.crmkit.core.ValidationException;
import io.crmkit.sales.followup.internal.RuleExpansion;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a {@link FollowUp} repeats: an RFC 5545 {@code RRULE} (parsed and expanded with lib-recur), e.g.
 * {@code Recurrence.of("FREQ=WEEKLY;BYDAY=MO;COUNT=10")}.
 *
 * <p>The rule is expanded in the follow-up's local time and zone, so a weekly 09:00 Europe/Berlin task stays at
 * 09:00 local time across daylight-saving changes; a local time that does not exist (the spring gap) moves
 * forward by the length of the gap, as RFC 5545 says. {@code COUNT} and {@code UNTIL} end the series. Rules
 * repeating more often than hourly are refused.
 *
 * @param rule the rule in normal form ({@code FREQ=...;...}, without {@code RRULE:})
 */
public record Recurrence(String rule) {
  public Recurrence {
    Objects.requireNonNull(rule, "rule");
    rule = RuleExpansion.parse(rule).text();
  }

  /**
   * Parses {@code rule}; an {@code RRULE:} prefix is accepted.
   *
   * @throws ValidationException naming the rule and what is wrong with it
   */
  public static Recurrence of(String rule) {
    return new Recurrence(rule);
  }

  /** Whether the series ends by itself (the rule has a {@code COUNT} or an {@code UNTIL}). */
  public boolean isFinite() {
    return RuleExpansion.parse(rule).isFinite();
  }

  /**
   * The first {@code limit} occurrences of the series starting at {@code start} in {@code zone}, strictly
   * increasing; fewer when the rule ends.
   */
  public List<ZonedDateTime> occurrences(LocalDateTime start, ZoneId zone, int limit) {
    ValidationException.check(limit >= 0, "limit", "must not be negative but was " + limit);
    List<ZonedDateTime> out = new ArrayList<>();
    Iterator<LocalDateTime> it = RuleExpansion.parse(rule).localOccurrences(start, zone);
    while (out.size() < limit && it.hasNext()) {
      out.add(RuleExpansion.place(it.next(), zone));
    }
    return List.copyOf(out);
  }

  /**
   * The rule's first occurrence at or after {@code from}, as the nominal local time a follow-up starts at
   * (RFC 5545's DTSTART must be an occurrence); empty when the rule has none.
   */
  public Optional<LocalDateTime> firstOccurrence(LocalDateTime from, ZoneId zone) {
    Iterator<LocalDateTime> it = localOccurrences(from, zone);
    return it.hasNext() ? Optional.of(it.next()) : Optional.empty();
  }

  /** The nominal local occurrences from {@code start}; see {@link RuleExpansion#localOccurrences}. */
  Iterator<LocalDateTime> localOccurrences(LocalDateTime start, ZoneId zone) {
    return RuleExpansion.parse(rule).localOccurrences(start, zone);
  }

  @Override
  public String toString() {
    return "RRULE:" + rule;
  }
}
