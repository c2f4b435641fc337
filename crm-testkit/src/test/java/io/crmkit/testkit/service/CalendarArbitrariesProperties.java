package io.crmkit.testkit.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.service.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;

/** The generators give valid, varied calendars, and the calendars they give obey add-then-diff. */
class CalendarArbitrariesProperties {
  @Provide
  Arbitrary<BusinessCalendar> calendars() {
    return CalendarArbitraries.calendars();
  }

  @Provide
  Arbitrary<Instant> instants() {
    return CalendarArbitraries.instants();
  }

  @Provide
  Arbitrary<Duration> durations() {
    return CalendarArbitraries.durations();
  }

  @Property(tries = 100)
  void generatedCalendarsObeyAddThenDiff(@ForAll("calendars") BusinessCalendar c, @ForAll("instants") Instant t, @ForAll("durations") Duration d) {
    assertThat(c.diff(t, c.add(t, d))).isEqualTo(d);
  }

  @Example
  void calendarsAreVaried() {
    List<BusinessCalendar> sample = CalendarArbitraries.calendars().sampleStream().limit(200).toList();
    Set<String> zones = new HashSet<>();
    sample.forEach(c -> c.versions().forEach(v -> zones.add(v.zone().getId())));
    assertThat(zones).hasSizeGreaterThan(5);
    assertThat(sample).anyMatch(c -> c.versions().size() > 1);
    assertThat(sample).anyMatch(c -> c.versions().stream().anyMatch(v -> !v.holidays().isEmpty()));
    assertThat(sample).anyMatch(c -> c.versions().stream().anyMatch(v -> !v.specialHours().isEmpty()));
  }
}
