package io.crmkit.marketing.journey;

import io.crmkit.core.ValidationException;
import io.crmkit.core.party.Contact;
import io.crmkit.marketing.abtest.WeightedBuckets;
import io.crmkit.marketing.channel.EngagementKind;
import io.crmkit.marketing.channel.MessageId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Entering and advancing journeys, as pure functions: (journey, enrolment, contact, events, now) → the next
 * enrolment state and the actions to carry out. Nothing is stored or sent here; the caller persists the
 * enrolment and carries out the actions together, and calls {@code advance} again at
 * {@link JourneyAdvance#wakeUpAt()} or when an event arrives. Advancing twice with the same input gives the same
 * output, and message ids are derived from (enrolment, step, visit), so a retry never sends twice.
 *
 * <p>Semantics: moves happen at the instant their condition became true (a wait's due time, an engagement's
 * time), not at {@code now}, so a late advance catches up exactly; goals are checked before every step and once
 * more at {@code now} while waiting (an engagement or trigger goal at the time of its event, a criteria goal
 * against the contact as given); the contact's state is the one given, as of {@code now}.
 *
 * <pre>{@code
 * JourneyAdvance next = JourneyEngine.advance(journey, enrolment, contact, List.of(JourneyEvent.engaged(opened)), clock.instant());
 * }</pre>
 */
public final class JourneyEngine {
  private JourneyEngine() {}

  /**
   * Decides whether {@code contact} enters {@code journey} now, given the contact's earlier enrolments in it and
   * the trigger (if any) that prompted the entry.
   */
  public static EntryDecision enter(Journey journey, Contact contact, ZoneId zone, Collection<Enrolment> previous,
      Optional<String> trigger, EnrolmentId id, Instant now) {
    Objects.requireNonNull(journey, "journey");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(now, "now");
    ValidationException.check(contact.tenantId().equals(journey.tenantId()), "contact",
        "belongs to tenant " + contact.tenantId() + ", the journey to " + journey.tenantId());
    EntryRule rule = journey.entry();
    List<Enrolment> mine = previous.stream()
        .filter(e -> e.journeyId().equals(journey.id()) && e.contact().equals(contact.id())).toList();
    if (!rule.triggers().isEmpty() && (trigger.isEmpty() || !rule.triggers().contains(trigger.get()))) {
      return new EntryDecision(Optional.empty(), "not entered: the journey starts on " + rule.describeTriggers()
          + ", not on " + trigger.map(t -> "'" + t + "'").orElse("no trigger"));
    }
    if (rule.criteria().isPresent() && !Contact.TYPE.matcher(rule.criteria().get()).test(contact)) {
      return new EntryDecision(Optional.empty(), "not entered: the contact does not match the entry criteria " + rule.criteria().get());
    }
    switch (rule.reEntry()) {
      case NEVER -> {
        if (!mine.isEmpty()) {
          return new EntryDecision(Optional.empty(), "not entered: re-entry is never allowed and the contact entered at " + mine.get(0).enteredAt());
        }
      }
      case AFTER_EXIT -> {
        Optional<Enrolment> active = mine.stream().filter(Enrolment::isActive).findFirst();
        if (active.isPresent()) {
          return new EntryDecision(Optional.empty(), "not entered: re-entry is allowed after exit and enrolment '"
              + active.get().id() + "' is still active");
        }
      }
      case ALWAYS -> { }
    }
    String why = "entered" + trigger.map(t -> " on '" + t + "'").orElse("")
        + rule.criteria().map(c -> ", matching " + c).orElse("")
        + (mine.isEmpty() ? "" : ", re-entry " + rule.reEntry().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
            + " (entered " + mine.size() + " time(s) before)");
    HistoryEntry entry = new HistoryEntry(now, Optional.empty(), Optional.of(journey.start()), why);
    Enrolment e = new Enrolment(id, journey.tenantId(), 0, journey.id(), contact.id(), zone, now, EnrolmentStatus.ACTIVE,
        journey.start(), now, Optional.empty(), "at '" + journey.start() + "' since " + now + ": " + why,
        List.of(entry), List.of(), List.of());
    return new EntryDecision(Optional.of(e), why);
  }

  /**
   * Advances {@code enrolment} as far as it can go at {@code now}, after taking in {@code events} (engagements with
   * other messages than its own and events of other contacts are ignored; an event seen before is not counted
   * twice). An exited enrolment is returned unchanged.
   */
  public static JourneyAdvance advance(Journey journey, Enrolment enrolment, Contact contact, List<JourneyEvent> events, Instant now) {
    Objects.requireNonNull(journey, "journey");
    Objects.requireNonNull(enrolment, "enrolment");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(now, "now");
    ValidationException.check(enrolment.journeyId().equals(journey.id()) && enrolment.tenantId().equals(journey.tenantId()),
        "enrolment", "belongs to journey '" + enrolment.journeyId() + "', not to '" + journey.id() + "'");
    ValidationException.check(contact.id().equals(enrolment.contact()), "contact",
        "is '" + contact.id() + "' but the enrolment is of '" + enrolment.contact() + "'");
    ValidationException.check(!now.isBefore(enrolment.stepEnteredAt()), "now",
        "is before the enrolment entered its step (" + enrolment.stepEnteredAt() + ")");
    Enrolment e = fold(enrolment, events);
    List<JourneyAction> actions = new ArrayList<>();
    if (!e.isActive()) {
      return new JourneyAdvance(e, actions, Optional.empty());
    }
    Instant cursor = e.stepEnteredAt();
    int guard = 0;
    int limit = 2 * journey.steps().size() + 2;
    while (true) {
      if (++guard > limit) {
        throw new IllegalStateException("journey '" + journey.id() + "' did not settle; validation should have prevented this");
      }
      Optional<Reached> goal = goalReached(journey, e, contact, cursor);
      if (goal.isPresent()) {
        return exited(e, goal.get().at(), goal.get().why(), actions);
      }
      JourneyStep step = journey.step(e.currentStep());
      if (step instanceof JourneyStep.Send s) {
        long visit = e.sent().stream().filter(m -> m.step().equals(s.id())).count() + 1;
        MessageId messageId = new MessageId(e.id().value() + ":" + s.id().value() + ":" + visit);
        String why = "journey '" + journey.name() + "', step '" + s.id() + "'" + (visit > 1 ? " (visit " + visit + ")" : "")
            + ": template '" + s.template() + "' by " + s.channel().name().toLowerCase(java.util.Locale.ROOT);
        actions.add(new JourneyAction.SendMessage(e.id(), e.contact(), s.id(), s.template(), s.channel(), s.purpose(),
            messageId, cursor, why));
        e = e.withSent(new SentMessage(messageId, s.id(), cursor)).moveTo(s.next(), cursor, "sent " + messageId + ": " + why);
      } else if (step instanceof JourneyStep.Wait w) {
        Instant due = w.until().dueAt(e.stepEnteredAt(), e.zone());
        if (due.isAfter(now)) {
          return waiting(journey, e, contact, now, due, actions,
              "waiting at '" + w.id() + "' until " + due + " (" + w.until().describe() + ")");
        }
        cursor = due.isBefore(cursor) ? cursor : due;
        e = e.moveTo(w.next(), cursor, "waited " + w.until().describe() + " at '" + w.id() + "' (due " + due + ")");
      } else if (step instanceof JourneyStep.Branch b) {
        if (b.condition() instanceof BranchCondition.Matches m) {
          boolean yes = Contact.TYPE.matcher(m.criteria()).test(contact);
          e = e.moveTo(yes ? b.ifTrue() : b.ifFalse(), cursor,
              "branch '" + b.id() + "': the contact " + (yes ? "matches " : "does not match ") + m.criteria());
        } else {
          BranchCondition.Engaged g = (BranchCondition.Engaged) b.condition();
          Optional<SentMessage> sent = e.lastSentAt(g.sendStep());
          String what = g.kind().name().toLowerCase(java.util.Locale.ROOT);
          if (sent.isEmpty()) {
            e = e.moveTo(b.ifFalse(), cursor, "branch '" + b.id() + "': no message was sent at '" + g.sendStep() + "'");
            continue;
          }
          Instant deadline = sent.get().at().plus(g.within());
          Optional<RecordedSignal> hit = e.signals().stream()
              .filter(x -> x.message().equals(Optional.of(sent.get().messageId())))
              .filter(x -> x.engagement().orElseThrow().implies(g.kind()))
              .filter(x -> !x.at().isAfter(deadline) && !x.at().isAfter(now))
              .min(java.util.Comparator.comparing(RecordedSignal::at));
          if (hit.isPresent()) {
            Instant at = hit.get().at().isBefore(cursor) ? cursor : hit.get().at();
            e = e.moveTo(b.ifTrue(), at, "branch '" + b.id() + "': " + hit.get().engagement().orElseThrow().name().toLowerCase(java.util.Locale.ROOT)
                + " " + sent.get().messageId() + " at " + hit.get().at() + ", within " + g.within() + " of sending");
            cursor = at;
          } else if (!deadline.isAfter(now)) {
            Instant at = deadline.isBefore(cursor) ? cursor : deadline;
            e = e.moveTo(b.ifFalse(), at, "branch '" + b.id() + "': not " + what + " within " + g.within() + " of sending " + sent.get().messageId());
            cursor = at;
          } else {
            return waiting(journey, e, contact, now, deadline, actions,
                "at branch '" + b.id() + "' until " + deadline + " unless " + sent.get().messageId() + " is " + what + " before");
          }
        }
      } else if (step instanceof JourneyStep.Split sp) {
        double point = WeightedBuckets.point(journey.tenantId().value(), journey.id().value(), sp.id().value(), e.contact().value());
        int arm = WeightedBuckets.bucketOf(sp.weights(), point);
        SplitArm chosen = sp.arms().get(arm);
        int total = sp.weights().stream().mapToInt(Integer::intValue).sum();
        e = e.moveTo(chosen.next(), cursor, String.format(java.util.Locale.ROOT,
            "split '%s': arm '%s' (weight %d of %d; the contact hashes to %.4f)", sp.id(), chosen.name(), chosen.weight(), total, point));
      } else {
        return exited(e, cursor, "reached the exit step '" + step.id() + "'", actions);
      }
    }
  }

  private record Reached(Instant at, String why) {}

  private static JourneyAdvance waiting(Journey journey, Enrolment e, Contact contact, Instant now, Instant wake,
      List<JourneyAction> actions, String position) {
    Optional<Reached> goal = goalReached(journey, e, contact, now);
    if (goal.isPresent()) {
      Instant at = goal.get().at().isBefore(e.stepEnteredAt()) ? e.stepEnteredAt() : goal.get().at();
      return exited(e, at, goal.get().why(), actions);
    }
    return new JourneyAdvance(e.withPosition(position), actions, Optional.of(wake));
  }

  private static JourneyAdvance exited(Enrolment e, Instant at, String why, List<JourneyAction> actions) {
    Enrolment out = e.exit(at, why);
    actions.add(new JourneyAction.Exited(e.id(), e.contact(), at, why));
    return new JourneyAdvance(out, actions, Optional.empty());
  }

  private static Optional<Reached> goalReached(Journey journey, Enrolment e, Contact contact, Instant upTo) {
    Optional<RecordedSignal> stop = e.signals().stream()
        .filter(x -> x.engagement().filter(EngagementKind::endsSending).isPresent() && !x.at().isAfter(upTo))
        .findFirst();
    if (stop.isPresent()) {
      return Optional.of(new Reached(max(stop.get().at(), e.stepEnteredAt()), "sending ended: "
          + stop.get().engagement().orElseThrow().name().toLowerCase(java.util.Locale.ROOT) + " on " + stop.get().message().orElseThrow()
          + " at " + stop.get().at()));
    }
    for (Goal g : journey.goals()) {
      if (g.condition() instanceof Goal.Condition.Matches m) {
        if (Contact.TYPE.matcher(m.criteria()).test(contact)) {
          return Optional.of(new Reached(upTo, "goal '" + g.name() + "' reached: the contact matches " + m.criteria()));
        }
      } else if (g.condition() instanceof Goal.Condition.Engaged en) {
        Optional<RecordedSignal> s = e.signals().stream()
            .filter(x -> x.engagement().filter(k -> k.implies(en.kind())).isPresent() && !x.at().isAfter(upTo))
            .min(java.util.Comparator.comparing(RecordedSignal::at));
        if (s.isPresent()) {
          return Optional.of(new Reached(max(s.get().at(), e.stepEnteredAt()), "goal '" + g.name() + "' reached: "
              + s.get().engagement().orElseThrow().name().toLowerCase(java.util.Locale.ROOT) + " " + s.get().message().orElseThrow() + " at " + s.get().at()));
        }
      } else if (g.condition() instanceof Goal.Condition.Triggered t) {
        Optional<RecordedSignal> s = e.signals().stream()
            .filter(x -> x.trigger().filter(t.event()::equals).isPresent() && !x.at().isAfter(upTo))
            .min(java.util.Comparator.comparing(RecordedSignal::at));
        if (s.isPresent()) {
          return Optional.of(new Reached(max(s.get().at(), e.stepEnteredAt()),
              "goal '" + g.name() + "' reached: '" + t.event() + "' at " + s.get().at()));
        }
      }
    }
    return Optional.empty();
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Enrolment fold(Enrolment e, List<JourneyEvent> events) {
    Set<MessageId> mine = new HashSet<>();
    e.sent().forEach(m -> mine.add(m.messageId()));
    List<RecordedSignal> signals = new ArrayList<>(e.signals());
    Set<RecordedSignal> seen = new HashSet<>(signals);
    for (JourneyEvent ev : events) {
      Objects.requireNonNull(ev, "event");
      if (!ev.contact().equals(e.contact())) {
        continue;
      }
      RecordedSignal s;
      if (ev instanceof JourneyEvent.Engaged en) {
        if (!mine.contains(en.event().messageId()) || !en.event().tenantId().equals(e.tenantId())) {
          continue;
        }
        s = RecordedSignal.engagement(en.event().messageId(), en.event().kind(), en.event().occurredAt());
      } else {
        JourneyEvent.Triggered t = (JourneyEvent.Triggered) ev;
        s = RecordedSignal.trigger(t.name(), t.at());
      }
      if (seen.add(s)) {
        signals.add(s);
      }
    }
    signals.sort(java.util.Comparator.comparing(RecordedSignal::at));
    return e.withSignals(signals);
  }
}
