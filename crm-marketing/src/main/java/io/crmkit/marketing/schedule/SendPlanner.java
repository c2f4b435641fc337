package io.crmkit.marketing.schedule;

import io.crmkit.core.RecordRef;
import io.crmkit.marketing.schedule.internal.RuleExpansion;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import org.jspecify.annotations.Nullable;

/**
 * The pure planning function: {@code SendPlan plan = SendPlanner.plan(request);} then
 * {@code plan.planned().forEach(p -> jobs.enqueue(p.toJob(tenant)))}.
 *
 * <p>For every step and recipient, the nominal fires in [now, horizon) are the schedule's local times placed
 * in the recipient's zone by the {@link DstPolicy}. Each fire then:
 *
 * <ol>
 *   <li>moves to the window's next start if it is outside the step's {@link SendWindow}, and to the end of
 *       the {@link QuietHours} if they hold it (policy {@code DEFER}) — or is dropped (policy {@code DROP});
 *   <li>is throttled: per channel, fires are taken in time order (higher priority first at the same instant)
 *       and at most {@link Throttle#perSecond()} are given each second; a fire pushed to a later second is
 *       checked against window and quiet hours again;
 *   <li>is counted against the {@link FrequencyCap}s of its channel together with the messages already sent:
 *       per recipient, fires are admitted by priority (then time), and one that would exceed a cap is dropped.
 * </ol>
 *
 * <p>Nothing here reads a clock or mutates the request; the same request gives the same plan.
 */
public final class SendPlanner {
  private static final int MAX_MOVES = 8;

  private SendPlanner() {}

  /** A fire of one step for one zone after window and quiet hours: planned at {@code at}, or dropped. */
  private record Shaped(Instant nominal, Instant at, List<String> reasons, DroppedSend.@Nullable Reason drop, String detail) {}

  /** A shaped fire with its nominal time formatted once for all recipients of the zone. */
  private record ZoneFire(Shaped shaped, String nominalText) {}

  /** One fire in flight. */
  private static final class Fire {
    final int recipient;
    final int step;
    final int priority;
    final Instant nominal;
    final String nominalText;
    Instant at;
    List<String> reasons;
    DroppedSend.@Nullable Reason drop;
    String detail;

    Fire(int recipient, int step, int priority, ZoneFire z) {
      this.recipient = recipient;
      this.step = step;
      this.priority = priority;
      this.nominal = z.shaped().nominal();
      this.nominalText = z.nominalText();
      this.at = z.shaped().at();
      this.reasons = z.shaped().reasons();
      this.drop = z.shaped().drop();
      this.detail = z.shaped().detail();
    }
  }

  /** Plans {@code request}; see the class description for the rules. */
  public static SendPlan plan(PlanRequest request) {
    Objects.requireNonNull(request, "request");
    List<SendStep> steps = request.steps();
    List<Recipient> recipients = request.recipients();
    DstPolicy dst = request.dst();
    List<List<LocalDateTime>> localFires = new ArrayList<>();
    for (SendStep s : steps) {
      localFires.add(localFires(s.schedule(), request));
    }
    List<Map<ZoneId, List<ZoneFire>>> shapedCache = new ArrayList<>();
    steps.forEach(s -> shapedCache.add(new HashMap<>()));

    List<Fire> fires = new ArrayList<>(recipients.size() * Math.max(1, steps.size()));
    int[] firstFire = new int[recipients.size() + 1];
    for (int r = 0; r < recipients.size(); r++) {
      firstFire[r] = fires.size();
      ZoneId zone = recipients.get(r).zone();
      for (int s = 0; s < steps.size(); s++) {
        final int si = s;
        List<ZoneFire> shaped = shapedCache.get(s).computeIfAbsent(
            zone, z -> shape(steps.get(si), localFires.get(si), z, dst, request.now(), request.horizon()).stream()
                .map(sh -> new ZoneFire(sh, sh.nominal().toString())).toList());
        int priority = steps.get(s).priority();
        for (ZoneFire zf : shaped) {
          fires.add(new Fire(r, s, priority, zf));
        }
      }
    }
    firstFire[recipients.size()] = fires.size();

    for (Throttle t : request.throttles()) {
      throttle(t, fires, steps, recipients, dst);
    }
    applyCaps(request, fires, firstFire, steps, recipients);

    List<PlannedSend> planned = new ArrayList<>(fires.size());
    List<DroppedSend> dropped = new ArrayList<>();
    int lastRecipient = -1;
    String refText = "";
    for (Fire f : fires) {
      SendStep step = steps.get(f.step);
      RecordRef ref = recipients.get(f.recipient).ref();
      if (f.recipient != lastRecipient) {
        lastRecipient = f.recipient;
        refText = ref.toString();
      }
      JobKey key = new JobKey(JobKey.compose(step.stepId(), refText, f.nominalText));
      if (f.drop != null) {
        dropped.add(new DroppedSend(key, step.stepId(), step.channel(), ref, f.nominal, f.drop, f.detail));
      } else {
        planned.add(new PlannedSend(key, step.stepId(), step.campaign(), step.channel(), ref, f.nominal, f.at, f.reasons));
      }
    }
    planned.sort(Comparator.comparing(PlannedSend::at));
    return new SendPlan(planned, dropped);
  }

  private static List<LocalDateTime> localFires(SendSchedule schedule, PlanRequest request) {
    // every zone's local time lies within UTC-18h .. UTC+18h
    LocalDateTime from = LocalDateTime.ofInstant(request.now(), ZoneOffset.UTC).minusHours(19);
    LocalDateTime to = LocalDateTime.ofInstant(request.horizon(), ZoneOffset.UTC).plusHours(19);
    if (schedule instanceof SendSchedule.AtLocal a) {
      return List.of(a.local());
    }
    if (schedule instanceof SendSchedule.Recurring r) {
      return RuleExpansion.parse(r.rule()).between(r.start(), from, to);
    }
    return List.of();
  }

  private static List<Shaped> shape(
      SendStep step, List<LocalDateTime> localFires, ZoneId zone, DstPolicy dst, Instant now, Instant horizon) {
    List<Instant> nominals = new ArrayList<>();
    String origin;
    if (step.schedule() instanceof SendSchedule.AtInstant a) {
      nominals.add(a.instant());
      origin = "once at " + a.instant();
    } else {
      for (LocalDateTime local : localFires) {
        Instant at = dst.place(local, zone).toInstant();
        // two local times in one DST gap land on one instant: one fire
        if (nominals.isEmpty() || at.isAfter(nominals.get(nominals.size() - 1))) {
          nominals.add(at);
        }
      }
      origin = step.schedule() instanceof SendSchedule.Recurring r
          ? "recurring " + r.rule() + " from " + r.start() + " local in " + zone
          : "once at " + ((SendSchedule.AtLocal) step.schedule()).local() + " local in " + zone;
    }
    List<Shaped> out = new ArrayList<>();
    for (Instant nominal : nominals) {
      if (nominal.isBefore(now) || !nominal.isBefore(horizon)) {
        continue;
      }
      List<String> reasons = new ArrayList<>();
      reasons.add(origin + ": nominal " + nominal);
      out.add(fit(step, zone, dst, nominal, nominal, reasons));
    }
    return List.copyOf(out);
  }

  /** Moves {@code at} until window and quiet hours allow it, or says why it is dropped. */
  private static Shaped fit(SendStep step, ZoneId zone, DstPolicy dst, Instant nominal, Instant at, List<String> reasons) {
    Instant t = at;
    for (int i = 0; i < MAX_MOVES; i++) {
      LocalDateTime local = LocalDateTime.ofInstant(t, zone);
      if (step.window().isPresent() && !step.window().get().contains(local.toLocalTime())) {
        SendWindow w = step.window().get();
        Instant next = dst.placeAfter(DailyTimeRange.next(local, w.start()), zone, t);
        reasons.add("outside send window " + w.start() + "–" + w.end() + " " + zone + " at " + local.toLocalTime()
            + ": moved to " + LocalDateTime.ofInstant(next, zone));
        t = next;
        continue;
      }
      if (step.quietHours().isPresent() && step.quietHours().get().contains(local.toLocalTime())) {
        QuietHours q = step.quietHours().get();
        String where = "in quiet hours " + q.start() + "–" + q.end() + " " + zone + " at " + local.toLocalTime();
        if (q.policy() == QuietHours.Policy.DROP) {
          return new Shaped(nominal, t, List.copyOf(reasons), DroppedSend.Reason.QUIET_HOURS, where + " (policy DROP)");
        }
        Instant next = dst.placeAfter(DailyTimeRange.next(local, q.end()), zone, t);
        reasons.add(where + ": deferred to " + LocalDateTime.ofInstant(next, zone));
        t = next;
        continue;
      }
      return new Shaped(nominal, t, List.copyOf(reasons), null, "");
    }
    return new Shaped(nominal, t, List.copyOf(reasons), DroppedSend.Reason.NO_ALLOWED_TIME,
        "no local time in " + zone + " is inside the send window and outside the quiet hours");
  }

  private static void throttle(Throttle t, List<Fire> fires, List<SendStep> steps, List<Recipient> recipients, DstPolicy dst) {
    Comparator<Fire> order = (a, b) -> {
      int c = a.at.compareTo(b.at);
      if (c != 0) {
        return c;
      }
      c = Integer.compare(b.priority, a.priority);
      if (c != 0) {
        return c;
      }
      c = Integer.compare(a.recipient, b.recipient);
      return c != 0 ? c : Integer.compare(a.step, b.step);
    };
    List<Fire> mine = new ArrayList<>();
    for (Fire f : fires) {
      if (f.drop == null && steps.get(f.step).channel().equals(t.channel())) {
        mine.add(f);
      }
    }
    PriorityQueue<Fire> queue = new PriorityQueue<>(Math.max(1, mine.size()), order);
    queue.addAll(mine);
    long second = Long.MIN_VALUE;
    int used = 0;
    Instant lastSlot = Instant.MIN;
    String lastReason = "";
    Map<List<String>, List<String>> sharedReasons = new java.util.IdentityHashMap<>();
    while (!queue.isEmpty()) {
      Fire f = queue.poll();
      long s = f.at.getEpochSecond();
      if (s > second) {
        second = s;
        used = 0;
      } else if (used >= t.perSecond()) {
        second++;
        used = 0;
      }
      Instant slot = s == second ? f.at : Instant.ofEpochSecond(second);
      if (!slot.equals(f.at)) {
        if (!slot.equals(lastSlot)) {
          lastSlot = slot;
          lastReason = "throttled to " + t.perSecond() + "/s on " + t.channel() + ": moved to " + slot;
          sharedReasons.clear();
        }
        // fires of one step and zone share their reasons list, so they share the extended one too
        final String reason = lastReason;
        List<String> reasons = sharedReasons.computeIfAbsent(f.reasons, base -> {
          List<String> extended = new ArrayList<>(base.size() + 1);
          extended.addAll(base);
          extended.add(reason);
          return List.copyOf(extended);
        });
        SendStep step = steps.get(f.step);
        if (step.window().isEmpty() && step.quietHours().isEmpty()) {
          f.reasons = reasons;
          f.at = slot;
          used++;
          continue;
        }
        Shaped refit = fit(step, recipients.get(f.recipient).zone(), dst, f.nominal, slot, new ArrayList<>(reasons));
        f.reasons = refit.reasons();
        if (refit.drop() != null) {
          f.drop = refit.drop();
          f.detail = "after throttling: " + refit.detail();
          continue;
        }
        if (!refit.at().equals(slot)) {
          f.at = refit.at();
          queue.add(f);
          continue;
        }
        f.at = slot;
      }
      used++;
    }
  }

  private static void applyCaps(PlanRequest request, List<Fire> fires, int[] firstFire, List<SendStep> steps, List<Recipient> recipients) {
    if (request.caps().isEmpty()) {
      return;
    }
    Map<String, List<FrequencyCap>> capsByChannel = new HashMap<>();
    request.caps().forEach(c -> capsByChannel.computeIfAbsent(c.channel(), k -> new ArrayList<>()).add(c));
    Map<RecordRef, List<SentMessage>> sentByRecipient = new HashMap<>();
    for (SentMessage m : request.sent()) {
      if (capsByChannel.containsKey(m.channel())) {
        sentByRecipient.computeIfAbsent(m.recipient(), k -> new ArrayList<>()).add(m);
      }
    }
    Comparator<Fire> admission = (a, b) -> {
      int c = Integer.compare(b.priority, a.priority);
      if (c != 0) {
        return c;
      }
      c = a.at.compareTo(b.at);
      return c != 0 ? c : Integer.compare(a.step, b.step);
    };
    List<Fire> candidates = new ArrayList<>();
    Map<String, List<Instant>> counted = new HashMap<>();
    for (int r = 0; r < recipients.size(); r++) {
      int from = firstFire[r];
      int to = firstFire[r + 1];
      if (from == to) {
        continue;
      }
      Recipient recipient = recipients.get(r);
      candidates.clear();
      for (int i = from; i < to; i++) {
        Fire f = fires.get(i);
        if (f.drop == null && capsByChannel.containsKey(steps.get(f.step).channel())) {
          candidates.add(f);
        }
      }
      if (candidates.isEmpty()) {
        continue;
      }
      if (candidates.size() > 1) {
        candidates.sort(admission);
      }
      counted.values().forEach(List::clear);
      for (SentMessage m : sentByRecipient.getOrDefault(recipient.ref(), List.of())) {
        counted.computeIfAbsent(m.channel(), k -> new ArrayList<>()).add(m.at());
      }
      for (Fire f : candidates) {
        String channel = steps.get(f.step).channel();
        List<Instant> times = counted.computeIfAbsent(channel, k -> new ArrayList<>());
        for (FrequencyCap cap : capsByChannel.get(channel)) {
          if (!admits(cap, times, f.at, recipient.zone())) {
            f.drop = DroppedSend.Reason.FREQUENCY_CAP;
            f.detail = "cap " + cap + " already reached for " + recipient.ref() + " around "
                + LocalDateTime.ofInstant(f.at, recipient.zone()) + " " + recipient.zone()
                + " (counting sent messages and sends of priority ≥ " + steps.get(f.step).priority() + ")";
            break;
          }
        }
        if (f.drop == null) {
          times.add(f.at);
        }
      }
    }
  }

  /** Whether one more send at {@code at} keeps {@code cap} given the {@code times} already counted. */
  static boolean admits(FrequencyCap cap, List<Instant> times, Instant at, ZoneId zone) {
    if (times.size() < cap.max()) {
      return true;
    }
    if (cap.period() instanceof CapPeriod.Rolling rolling) {
      long d = rolling.length().toMillis();
      long t = at.toEpochMilli();
      long[] sorted = times.stream().mapToLong(Instant::toEpochMilli).sorted().toArray();
      // every window [s, s + d) that holds t starts in (t - d, t]; the fullest starts at a counted time or at t
      long[] starts = Arrays.copyOf(sorted, sorted.length + 1);
      starts[sorted.length] = t;
      for (long s : starts) {
        if (s <= t - d || s > t) {
          continue;
        }
        int inWindow = 0;
        for (long e : sorted) {
          if (e >= s && e < s + d) {
            inWindow++;
          }
        }
        if (inWindow + 1 > cap.max()) {
          return false;
        }
      }
      return true;
    }
    LocalDate day = LocalDate.ofInstant(at, zone);
    int sameDay = 0;
    for (Instant e : times) {
      if (LocalDate.ofInstant(e, zone).equals(day)) {
        sameDay++;
      }
    }
    return sameDay + 1 <= cap.max();
  }
}
