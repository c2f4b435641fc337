package io.crmkit.service.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The business-time laws on random calendars, zones (DST, half-hour shifts, midnight changes) and instants. */
class BusinessCalendarProperties {
  @Provide
  Arbitrary<BusinessCalendar> calendars() {
    return Calendars.calendars();
  }

  @Provide
  Arbitrary<Instant> instants() {
    return Calendars.instants();
  }

  @Provide
  Arbitrary<Duration> durations() {
    return Calendars.durations();
  }

  @Property(tries = 200)
  void addThenDiffReturnsTheDuration(@ForAll("calendars") BusinessCalendar c, @ForAll("instants") Instant t,
      @ForAll("durations") Duration d) {
    Instant u = c.add(t, d);
    assertThat(u).isAfterOrEqualTo(t);
    assertThat(c.diff(t, u)).isEqualTo(d);
  }

  @Property(tries = 200)
  void diffIsAdditiveAndAntisymmetric(@ForAll("calendars") BusinessCalendar c, @ForAll("instants") Instant a,
      @ForAll("instants") Instant b, @ForAll("instants") Instant x) {
    assertThat(c.diff(a, b).plus(c.diff(b, x))).isEqualTo(c.diff(a, x));
    assertThat(c.diff(b, a)).isEqualTo(c.diff(a, b).negated());
    assertThat(c.diff(a, a)).isZero();
  }

  @Property(tries = 200)
  void addIsMonotonicInBothArguments(@ForAll("calendars") BusinessCalendar c, @ForAll("instants") Instant a,
      @ForAll("instants") Instant b, @ForAll("durations") Duration d, @ForAll("durations") Duration e) {
    Instant early = a.isBefore(b) ? a : b;
    Instant late = a.isBefore(b) ? b : a;
    Duration small = d.compareTo(e) <= 0 ? d : e;
    Duration big = d.compareTo(e) <= 0 ? e : d;
    assertThat(c.add(early, small)).isBeforeOrEqualTo(c.add(early, big));
    assertThat(c.add(early, small)).isBeforeOrEqualTo(c.add(late, small));
  }

  @Property(tries = 200)
  void addEndsInOpenTimeOrExactlyAtTheEndOfAnInterval(@ForAll("calendars") BusinessCalendar c,
      @ForAll("instants") Instant t, @ForAll("durations") Duration d) {
    Instant u = c.add(t, d);
    if (d.isZero()) {
      assertThat(u).isEqualTo(t);
    } else {
      // the nanosecond before the result was business time: u is open, or the end of the interval that used d up
      assertThat(c.isOpen(u.minusNanos(1))).isTrue();
      // and it is the earliest such instant: one nanosecond of business time less ends strictly earlier
      assertThat(c.add(t, d.minusNanos(1))).isBefore(u);
    }
  }

  @Property(tries = 200)
  void nextOpenIsOpenAndNothingBeforeItIs(@ForAll("calendars") BusinessCalendar c, @ForAll("instants") Instant t) {
    Instant n = c.nextOpen(t);
    assertThat(n).isAfterOrEqualTo(t);
    assertThat(c.isOpen(n)).isTrue();
    assertThat(c.diff(t, n)).isZero();
    assertThat(c.isOpen(t)).isEqualTo(n.equals(t));
  }

  @Property(tries = 150)
  void isOpenAgreesWithDiffOverOneNanosecond(@ForAll("calendars") BusinessCalendar c, @ForAll("instants") Instant t) {
    assertThat(c.diff(t, t.plusNanos(1))).isEqualTo(c.isOpen(t) ? Duration.ofNanos(1) : Duration.ZERO);
  }
}
