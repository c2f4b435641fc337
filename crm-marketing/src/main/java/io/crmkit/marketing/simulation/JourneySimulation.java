package io.crmkit.marketing.simulation;

import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.marketing.channel.EngagementEvent;
import io.crmkit.marketing.channel.EngagementKind;
import io.crmkit.marketing.channel.OutboundMessage;
import io.crmkit.marketing.channel.OutboundMessages;
import io.crmkit.marketing.channel.RecordingChannel;
import io.crmkit.marketing.journey.Enrolment;
import io.crmkit.marketing.journey.EnrolmentId;
import io.crmkit.marketing.journey.EntryDecision;
import io.crmkit.marketing.journey.JourneyAction;
import io.crmkit.marketing.journey.JourneyAdvance;
import io.crmkit.marketing.journey.JourneyEngine;
import io.crmkit.marketing.journey.JourneyEvent;
import io.crmkit.marketing.template.MergeContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * Runs a {@link io.crmkit.marketing.journey.Journey} for a population on a {@link VirtualClock}: contacts enter at
 * their arrival, every {@link JourneyEngine#advance} happens exactly when something is due (an arrival, the end of
 * a wait or an engagement window, a trigger, a simulated engagement), sends are rendered and delivered to a
 * {@link RecordingChannel}, and the {@link EngagementModel} answers each message with opens, clicks and replies
 * that are fed back into the journey. The same setup and seed give the same result.
 *
 * <p>{@code SimulationResult result = JourneySimulation.run(setup); result.sends().forEach(s -> System.out.println(s.at() + " " + s.reason()));}
 *
 * <p>The simulation checks no consent and no frequency caps: it shows what the journey itself does.
 */
public final class JourneySimulation {
  private JourneySimulation() {}

  /** Runs {@code setup} from its start to its end and returns everything that happened. */
  public static SimulationResult run(SimulationSetup setup) {
    Objects.requireNonNull(setup, "setup");
    return new Run(setup).run();
  }

  /** Something due at an instant; {@code seq} keeps equal instants in the order they were scheduled. */
  private record Agendum(Instant at, long seq, ContactId contact, Optional<Arrival> arrival, Optional<JourneyEvent> event) {}

  private static final class Run {
    private final SimulationSetup setup;
    private final VirtualClock clock;
    private final RecordingChannel channel = new RecordingChannel();
    private final PriorityQueue<Agendum> agenda =
        new PriorityQueue<>(Comparator.comparing(Agendum::at).thenComparingLong(Agendum::seq));
    private final Map<ContactId, Contact> contacts = new LinkedHashMap<>();
    private final Map<ContactId, Enrolment> enrolments = new LinkedHashMap<>();
    private final Map<ContactId, String> notEntered = new LinkedHashMap<>();
    private final List<SimulatedSend> sends = new ArrayList<>();
    private final List<EngagementEvent> engagements = new ArrayList<>();
    private final List<String> timeline = new ArrayList<>();
    private long seq;

    Run(SimulationSetup setup) {
      this.setup = setup;
      this.clock = VirtualClock.at(setup.start());
    }

    SimulationResult run() {
      for (Arrival a : setup.population()) {
        contacts.put(a.contact().id(), a.contact());
        schedule(a.at(), a.contact().id(), Optional.of(a), Optional.empty());
      }
      for (JourneyEvent e : setup.events()) {
        schedule(e.at(), e.contact(), Optional.empty(), Optional.of(e));
      }
      while (!agenda.isEmpty()) {
        Agendum next = agenda.poll();
        clock.moveTo(next.at());
        if (next.arrival().isPresent()) {
          arrive(next.arrival().get());
        } else {
          advance(next.contact(), next.event());
        }
      }
      clock.moveTo(setup.end());
      engagements.sort(Comparator.comparing(EngagementEvent::occurredAt));
      return new SimulationResult(sends, channel.sent(), engagements, enrolments, notEntered, timeline);
    }

    private void schedule(Instant at, ContactId contact, Optional<Arrival> arrival, Optional<JourneyEvent> event) {
      if (at.isBefore(setup.end())) {
        agenda.add(new Agendum(at, seq++, contact, arrival, event));
      }
    }

    private void arrive(Arrival a) {
      Instant now = clock.instant();
      ContactId who = a.contact().id();
      EntryDecision entry = JourneyEngine.enter(setup.journey(), a.contact(), a.zone(), List.of(), a.trigger(),
          new EnrolmentId("sim-" + who.value()), now);
      timeline.add(now + " " + who + ": " + entry.reason());
      if (entry.enrolment().isEmpty()) {
        notEntered.put(who, entry.reason());
        return;
      }
      enrolments.put(who, entry.enrolment().get());
      advance(who, Optional.empty());
    }

    private void advance(ContactId who, Optional<JourneyEvent> event) {
      Instant now = clock.instant();
      Enrolment current = enrolments.get(who);
      if (current == null) {
        event.ifPresent(e -> timeline.add(now + " " + who + ": ignored " + describe(e) + ", not enrolled"));
        return;
      }
      if (!current.isActive()) {
        return;
      }
      JourneyAdvance step = JourneyEngine.advance(setup.journey(), current, contacts.get(who), event.map(List::of).orElse(List.of()), now);
      enrolments.put(who, step.enrolment());
      for (JourneyAction action : step.actions()) {
        if (action instanceof JourneyAction.SendMessage s) {
          send(s);
        } else if (action instanceof JourneyAction.Exited x) {
          timeline.add(now + " " + who + ": exited at " + x.at() + ": " + x.reason());
        }
      }
      step.wakeUpAt().ifPresent(at -> schedule(at.isBefore(now) ? now : at, who, Optional.empty(), Optional.empty()));
    }

    private void send(JourneyAction.SendMessage s) {
      Instant now = clock.instant();
      Contact contact = contacts.get(s.contact());
      OutboundMessage message;
      try {
        message = OutboundMessages.to(contact, s.channel(), s.messageId(),
            setup.templates().get(s.template()).render(MergeContext.of(contact)), s.nominalAt(), s.reason());
      } catch (RuntimeException e) {
        timeline.add(now + " " + s.contact() + ": could not send " + s.messageId() + ": " + e.getMessage());
        return;
      }
      channel.deliver(message);
      sends.add(new SimulatedSend(now, s.contact(), s.step(), s.messageId(), s.channel(), s.reason()));
      timeline.add(now + " " + s.contact() + ": sent " + s.messageId() + ": " + s.reason());
      react(message, s.contact(), now);
    }

    /** Draws the recipient's reactions from a generator seeded by the simulation's seed and the message id. */
    private void react(OutboundMessage message, ContactId who, Instant sentAt) {
      EngagementModel model = setup.engagement();
      SplittableRandom random = new SplittableRandom(setup.seed() * 1_000_003L + message.id().value().hashCode());
      if (random.nextDouble() >= model.probabilityOf(EngagementKind.OPENED)) {
        return;
      }
      Instant openedAt = sentAt.plus(delay(random, model.maxDelay()));
      engage(message, who, EngagementKind.OPENED, openedAt);
      for (EngagementKind kind : List.of(EngagementKind.CLICKED, EngagementKind.REPLIED)) {
        if (random.nextDouble() < model.probabilityOf(kind)) {
          engage(message, who, kind, openedAt.plus(delay(random, model.maxDelay())));
        }
      }
    }

    private void engage(OutboundMessage message, ContactId who, EngagementKind kind, Instant at) {
      if (!at.isBefore(setup.end())) {
        return;
      }
      EngagementEvent e = EngagementEvent.of(message.tenantId(), message.id(), who, kind, at);
      engagements.add(e);
      schedule(at, who, Optional.empty(), Optional.of(JourneyEvent.engaged(e)));
    }

    private static Duration delay(SplittableRandom random, Duration max) {
      return Duration.ofSeconds(1 + random.nextLong(max.toSeconds()));
    }

    private static String describe(JourneyEvent e) {
      if (e instanceof JourneyEvent.Triggered t) {
        return "trigger '" + t.name() + "'";
      }
      EngagementEvent x = ((JourneyEvent.Engaged) e).event();
      return x.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + x.messageId();
    }
  }
}
