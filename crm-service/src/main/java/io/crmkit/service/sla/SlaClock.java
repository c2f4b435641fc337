package io.crmkit.service.sla;

import io.crmkit.core.ValidationException;
import io.crmkit.service.calendar.BusinessCalendar;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads SLA clocks: a pure function of the policy (all its versions), the calendars (all their versions), a
 * case's {@link SlaTimeline} and an instant. Nothing is stored between reads, so a clock is right whenever
 * it is read, not only after the case's next update.
 *
 * <p>The timeline is cut at every event, every policy version change and the read instant; in each piece the
 * version then in force decides whether each clock counts (status not a pause or stop status), pauses, or
 * has no target, and its target's calendar measures the piece. Counted and paused business time carry across
 * version changes. A clock breaches when its counted time exceeds the target in force; a reply exactly at the
 * due instant meets it.
 *
 * <p>{@code SlaEvaluation e = SlaClock.of(policy, calendars, clock).read(timeline);}
 */
public final class SlaClock {
  private final SlaPolicy policy;
  private final SlaCalendars calendars;
  private final Clock clock;
  private final BusinessCalendar always;

  private SlaClock(SlaPolicy policy, SlaCalendars calendars, Clock clock) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.calendars = Objects.requireNonNull(calendars, "calendars");
    this.clock = Objects.requireNonNull(clock, "clock");
    ValidationException.check(calendars.tenantId().equals(policy.tenantId()), "calendars",
        "must belong to the policy's tenant " + policy.tenantId() + " but belong to " + calendars.tenantId());
    for (SlaPolicyVersion v : policy.versions()) {
      for (SlaTarget t : v.targets()) {
        t.calendarKey().ifPresent(k -> ValidationException.check(calendars.get(k).isPresent(), "calendarKey",
            "must name a known calendar but '" + k + "' is not among " + calendars.byKey().keySet()));
      }
    }
    this.always = BusinessCalendar.twentyFourSeven(policy.tenantId(), "24x7");
  }

  /** A reader for {@code policy} whose targets' calendars are all in {@code calendars}; {@link #read} asks {@code clock} for now. */
  public static SlaClock of(SlaPolicy policy, SlaCalendars calendars, Clock clock) {
    return new SlaClock(policy, calendars, clock);
  }

  /** The case's clocks now. */
  public SlaEvaluation read(SlaTimeline timeline) {
    return readAt(timeline, clock.instant());
  }

  /** The case's clocks as they stand at {@code at} (events after it are ignored). */
  public SlaEvaluation readAt(SlaTimeline timeline, Instant at) {
    Objects.requireNonNull(timeline, "timeline");
    Objects.requireNonNull(at, "at");
    ValidationException.check(timeline.tenantId().equals(policy.tenantId()), "timeline.tenantId",
        "must be the policy's tenant " + policy.tenantId() + " but was " + timeline.tenantId());
    return new Sweep(timeline, at).run();
  }

  private BusinessCalendar calendar(SlaTarget t) {
    return t.calendarKey().flatMap(calendars::get).orElse(always);
  }

  /** One cycle of one metric being counted. */
  private static final class Cycle {
    final SlaMetric metric;
    final int index;
    final Instant startedAt;
    long actual;
    long paused;
    boolean done;
    boolean frozen;
    Instant completedAt;
    Instant warnedAt;
    Instant breachedAt;
    SlaTarget lastTarget;

    Cycle(SlaMetric metric, int index, Instant startedAt) {
      this.metric = metric;
      this.index = index;
      this.startedAt = startedAt;
    }
  }

  private final class Sweep {
    final SlaTimeline tl;
    final Instant now;
    final List<Cycle> cycles = new ArrayList<>();
    Cycle first;
    Cycle resolution;
    Cycle next;
    int nextCount;
    String status;

    Sweep(SlaTimeline tl, Instant now) {
      this.tl = tl;
      this.now = now;
      this.status = tl.initialStatus();
    }

    SlaEvaluation run() {
      if (now.isBefore(tl.openedAt())) {
        return new SlaEvaluation(tl.tenantId(), tl.caseId(), now, List.of());
      }
      Instant p = tl.openedAt();
      first = start(SlaMetric.FIRST_RESPONSE, 0, p);
      resolution = start(SlaMetric.RESOLUTION, 0, p);
      if (policy.versionAt(p).stopStatuses().contains(status)) {
        complete(first, p);
        complete(resolution, p);
      }
      List<SlaPolicyVersion> versions = policy.versions();
      int vi = 0;
      for (SlaEvent e : tl.events()) {
        if (e.at().isAfter(now)) {
          break;
        }
        while (vi < versions.size() && !versions.get(vi).effectiveFrom().isAfter(e.at())) {
          Instant b = versions.get(vi++).effectiveFrom();
          if (b.isAfter(p)) {
            advance(p, b);
            p = b;
          }
        }
        advance(p, e.at());
        p = e.at();
        apply(e);
      }
      while (vi < versions.size() && !versions.get(vi).effectiveFrom().isAfter(now)) {
        Instant b = versions.get(vi++).effectiveFrom();
        if (b.isAfter(p)) {
          advance(p, b);
          p = b;
        }
      }
      advance(p, now);
      SlaPolicyVersion v = policy.versionAt(now);
      List<SlaClockReading> out = new ArrayList<>();
      for (SlaMetric m : SlaMetric.values()) {
        for (Cycle c : cycles) {
          if (c.metric == m) {
            reading(c, v).ifPresent(out::add);
          }
        }
      }
      return new SlaEvaluation(tl.tenantId(), tl.caseId(), now, out);
    }

    Cycle start(SlaMetric m, int index, Instant at) {
      Cycle c = new Cycle(m, index, at);
      cycles.add(c);
      return c;
    }

    void advance(Instant p, Instant q) {
      if (!q.isAfter(p)) {
        return;
      }
      SlaPolicyVersion v = policy.versionAt(p);
      boolean pausedNow = v.pauseStatuses().contains(status);
      for (Cycle c : cycles) {
        if (c.done) {
          continue;
        }
        Optional<SlaTarget> ot = v.target(c.metric, tl.priority(), tl.type(), tl.tier());
        if (ot.isEmpty()) {
          continue;
        }
        SlaTarget t = ot.get();
        c.lastTarget = t;
        BusinessCalendar cal = calendar(t);
        long d = cal.diff(p, q).toNanos();
        if (pausedNow) {
          c.paused += d;
          continue;
        }
        long target = t.target().toNanos();
        long warn = target / 100 * v.warnAtPercent() + target % 100 * v.warnAtPercent() / 100;
        if (c.warnedAt == null && d > 0 && c.actual + d >= warn) {
          c.warnedAt = reach(cal, p, warn - c.actual);
        }
        if (c.breachedAt == null && d > 0 && c.actual + d > target) {
          c.breachedAt = reach(cal, p, target - c.actual);
        }
        c.actual += d;
      }
    }

    /** When {@code left} more business time will have been counted from {@code p}; {@code p} itself when none is left. */
    Instant reach(BusinessCalendar cal, Instant p, long left) {
      if (left < 0) {
        return p;
      }
      return left == 0 ? cal.nextOpen(p) : cal.add(p, Duration.ofNanos(left));
    }

    void apply(SlaEvent e) {
      SlaPolicyVersion v = policy.versionAt(e.at());
      if (e instanceof SlaEvent.StatusChanged s) {
        boolean wasStopped = v.stopStatuses().contains(status);
        status = s.status();
        boolean stopped = v.stopStatuses().contains(status);
        if (stopped) {
          for (Cycle c : cycles) {
            complete(c, e.at());
          }
        } else if (wasStopped && resolution.done && !resolution.frozen) {
          switch (v.reopen()) {
            case RESUME -> {
              resolution.done = false;
              resolution.completedAt = null;
            }
            case RESTART -> resolution = start(SlaMetric.RESOLUTION, resolution.index + 1, e.at());
            case FINAL -> resolution.frozen = true;
          }
        }
      } else if (e instanceof SlaEvent.AgentReplied) {
        complete(first, e.at());
        if (next != null) {
          complete(next, e.at());
        }
      } else if (first.done && (next == null || next.done) && !v.stopStatuses().contains(status)) {
        next = start(SlaMetric.NEXT_RESPONSE, nextCount++, e.at());
      }
    }

    void complete(Cycle c, Instant at) {
      if (!c.done) {
        c.done = true;
        c.completedAt = at;
      }
    }

    Optional<SlaClockReading> reading(Cycle c, SlaPolicyVersion v) {
      SlaTarget t = v.target(c.metric, tl.priority(), tl.type(), tl.tier()).orElse(c.lastTarget);
      if (t == null) {
        return Optional.empty();
      }
      long target = t.target().toNanos();
      boolean breached = c.breachedAt != null;
      boolean pausedNow = !c.done && v.pauseStatuses().contains(status);
      SlaState state = breached ? SlaState.BREACHED : c.done ? SlaState.MET : pausedNow ? SlaState.PAUSED : SlaState.RUNNING;
      Optional<Instant> due = breached ? Optional.of(c.breachedAt)
          : state == SlaState.RUNNING ? Optional.of(reach(calendar(t), now, target - c.actual)) : Optional.empty();
      return Optional.of(new SlaClockReading(c.metric, c.index, state, t.target(),
          Duration.ofNanos(c.actual + c.paused), Duration.ofNanos(c.paused), Duration.ofNanos(c.actual),
          Duration.ofNanos(Math.max(0, target - c.actual)), c.startedAt,
          Optional.ofNullable(c.completedAt), due, Optional.ofNullable(c.warnedAt), Optional.ofNullable(c.breachedAt)));
    }
  }
}
