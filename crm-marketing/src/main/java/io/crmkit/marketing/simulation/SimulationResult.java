package io.crmkit.marketing.simulation;

import io.crmkit.core.party.ContactId;
import io.crmkit.marketing.channel.EngagementEvent;
import io.crmkit.marketing.channel.OutboundMessage;
import io.crmkit.marketing.journey.Enrolment;
import io.crmkit.marketing.journey.StepId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a simulation produced: every send in time order, the messages as the channel recorded them, every
 * simulated engagement fed back, the final enrolment of each contact that entered, why the others did not
 * enter, and a timeline in words. {@code result.sendsTo(ada.id())}
 */
public record SimulationResult(
    List<SimulatedSend> sends, List<OutboundMessage> messages, List<EngagementEvent> engagements, Map<ContactId, Enrolment> enrolments,
    Map<ContactId, String> notEntered, List<String> timeline) {
  public SimulationResult {
    sends = List.copyOf(Objects.requireNonNull(sends, "sends"));
    messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
    engagements = List.copyOf(Objects.requireNonNull(engagements, "engagements"));
    enrolments = Map.copyOf(Objects.requireNonNull(enrolments, "enrolments"));
    notEntered = Map.copyOf(Objects.requireNonNull(notEntered, "notEntered"));
    timeline = List.copyOf(Objects.requireNonNull(timeline, "timeline"));
  }

  /** The sends to {@code contact}, in time order. */
  public List<SimulatedSend> sendsTo(ContactId contact) {
    Objects.requireNonNull(contact, "contact");
    return sends.stream().filter(s -> s.recipient().equals(contact)).toList();
  }

  /** The sends of {@code step}, in time order. */
  public List<SimulatedSend> sendsOf(StepId step) {
    Objects.requireNonNull(step, "step");
    return sends.stream().filter(s -> s.step().equals(step)).toList();
  }
}
