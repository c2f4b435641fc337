package io.crmkit.sales.followup;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.sales.lead.LeadId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class FollowUpProperties {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Instant CREATED = Instant.parse("2020-01-01T00:00:00Z");

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of("Europe/Berlin", "America/New_York", "Australia/Sydney", "America/Sao_Paulo", "Asia/Tokyo", "UTC")
        .map(ZoneId::of);
  }

  /** Local starts that include times inside and around the 01:00-03:00 DST switches. */
  @Provide
  Arbitrary<LocalDateTime> starts() {
    Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 3 * 365).map(d -> LocalDate.of(2025, 1, 1).plusDays(d));
    Arbitrary<LocalTime> times = Arbitraries.oneOf(
        Arbitraries.integers().between(0, 23 * 4).map(q -> LocalTime.of(q / 4, (q % 4) * 15)),
        Arbitraries.of(LocalTime.of(2, 30), LocalTime.of(1, 30), LocalTime.of(0, 0), LocalTime.of(3, 0)));
    return Combinators.combine(dates, times).as(LocalDateTime::of);
  }

  /** Daily, weekly and monthly rules with intervals and counts; synchronised with any start. */
  @Provide
  Arbitrary<Recurrence> wallClockRules() {
    Arbitrary<String> freq = Arbitraries.of("DAILY", "WEEKLY", "MONTHLY", "YEARLY");
    Arbitrary<Integer> interval = Arbitraries.integers().between(1, 3);
    Arbitrary<String> end = Arbitraries.oneOf(
        Arbitraries.just(""), Arbitraries.integers().between(1, 30).map(c -> ";COUNT=" + c));
    return Combinators.combine(freq, interval, end).as((f, i, e) -> Recurrence.of("FREQ=" + f + ";INTERVAL=" + i + e));
  }

  /** Rules of every frequency a follow-up accepts, hourly included, some with BY parts. */
  @Provide
  Arbitrary<Recurrence> anyRules() {
    return Arbitraries.oneOf(
        wallClockRules(),
        Arbitraries.integers().between(1, 5).map(i -> Recurrence.of("FREQ=HOURLY;INTERVAL=" + i)),
        Arbitraries.of("FREQ=WEEKLY;BYDAY=MO,WE,FR", "FREQ=MONTHLY;BYMONTHDAY=1,15", "FREQ=DAILY;BYHOUR=1,2,3")
            .map(Recurrence::of));
  }

  private static FollowUp series(LocalDateTime start, ZoneId zone, Recurrence rule, List<Duration> reminders) {
    FollowUp.Builder b = FollowUp.builder(new FollowUpId("f"), ACME).target(FollowUpTarget.lead(new LeadId("l")))
        .subject("s").owner(Owner.user("u")).due(start, zone).recurrence(rule).createdAt(CREATED);
    reminders.forEach(b::reminder);
    return b.build();
  }

  /** The rule's first occurrence from a start, which the series must start at. */
  private static LocalDateTime synchronised(Recurrence rule, LocalDateTime start, ZoneId zone) {
    return rule.localOccurrences(start, zone).next();
  }

  @Property(tries = 150)
  void occurrencesAreStrictlyIncreasing(
      @ForAll("anyRules") Recurrence rule, @ForAll("starts") LocalDateTime from, @ForAll("zones") ZoneId zone) {
    List<ZonedDateTime> occurrences = rule.occurrences(from, zone, 40);

    for (int i = 1; i < occurrences.size(); i++) {
      assertThat(occurrences.get(i).toInstant()).isAfter(occurrences.get(i - 1).toInstant());
    }
  }

  @Property(tries = 150)
  void occurrencesKeepTheStartsLocalTimeAcrossDaylightSavingChanges(
      @ForAll("wallClockRules") Recurrence rule, @ForAll("starts") LocalDateTime start, @ForAll("zones") ZoneId zone) {
    for (ZonedDateTime o : rule.occurrences(start, zone, 40)) {
      LocalDateTime nominal = o.toLocalDate().atTime(start.toLocalTime());
      boolean inGap = zone.getRules().getValidOffsets(nominal).isEmpty();
      if (inGap) {
        // RFC 5545: a nonexistent local time moves forward by the length of the gap
        Duration gap = zone.getRules().getTransition(nominal).getDuration();
        assertThat(o.toLocalDateTime()).isEqualTo(nominal.plus(gap));
      } else {
        assertThat(o.toLocalTime()).isEqualTo(start.toLocalTime());
      }
    }
  }

  @Property(tries = 150)
  void remindersAreNeverAfterTheDueTime(
      @ForAll("anyRules") Recurrence rule, @ForAll("starts") LocalDateTime from, @ForAll("zones") ZoneId zone,
      @ForAll @IntRange(min = 0, max = 3) int count, @ForAll @IntRange(min = 0, max = 10_000) int minutes) {
    List<Duration> offsets = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      offsets.add(Duration.ofMinutes((long) minutes * (i + 1) / (count)));
    }
    FollowUp f = series(synchronised(rule, from, zone), zone, rule, offsets.stream().distinct().toList());

    for (int step = 0; step < 5 && f.isOpen(); step++) {
      Instant due = f.dueAt().orElseThrow().toInstant();
      assertThat(f.openReminders()).allSatisfy(r -> assertThat(r.remindAt()).isBeforeOrEqualTo(due));
      f = f.skip(CREATED);
    }
  }

  @Property(tries = 100)
  void completingWalksThroughExactlyTheRulesOccurrences(
      @ForAll("wallClockRules") Recurrence rule, @ForAll("starts") LocalDateTime from, @ForAll("zones") ZoneId zone) {
    LocalDateTime start = synchronised(rule, from, zone);
    FollowUp f = series(start, zone, rule, List.of());
    List<ZonedDateTime> expected = rule.occurrences(start, zone, 35);

    List<ZonedDateTime> walked = new ArrayList<>();
    int n = 0;
    while (f.isOpen() && walked.size() < 35) {
      walked.add(f.dueAt().orElseThrow());
      f = f.complete(new ActivityId("a-" + n++), CREATED).followUp();
    }

    assertThat(walked).isEqualTo(expected);
    if (expected.size() < 35) {
      assertThat(f.status()).isEqualTo(FollowUpStatus.ENDED);
    }
  }
}
