package io.crmkit.marketing.journey;

import io.crmkit.core.consent.Purpose;
import io.crmkit.core.party.ContactId;
import io.crmkit.marketing.channel.ChannelKind;
import io.crmkit.marketing.channel.MessageId;
import io.crmkit.marketing.template.TemplateId;
import java.time.Instant;
import java.util.Objects;

/**
 * What the host must do after an advance, persisted together with the enrolment: send a message (after
 * checking consent and caps at send time) or note an exit. {@code for (JourneyAction a : advance.actions()) ...}
 */
public sealed interface JourneyAction {

  /** The enrolment it comes from. */
  EnrolmentId enrolment();

  /** Why, in words. */
  String reason();

  /**
   * Send {@code template} on {@code channel} to {@code contact}. {@code messageId} is derived from (enrolment,
   * step, visit), so it doubles as the idempotency key: a retried advance yields the same id.
   */
  record SendMessage(EnrolmentId enrolment, ContactId contact, StepId step, TemplateId template, ChannelKind channel,
      Purpose purpose, MessageId messageId, Instant nominalAt, String reason) implements JourneyAction {
    public SendMessage {
      Objects.requireNonNull(enrolment, "enrolment");
      Objects.requireNonNull(contact, "contact");
      Objects.requireNonNull(step, "step");
      Objects.requireNonNull(template, "template");
      Objects.requireNonNull(channel, "channel");
      Objects.requireNonNull(purpose, "purpose");
      Objects.requireNonNull(messageId, "messageId");
      Objects.requireNonNull(nominalAt, "nominalAt");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** The enrolment exited. */
  record Exited(EnrolmentId enrolment, ContactId contact, Instant at, String reason) implements JourneyAction {
    public Exited {
      Objects.requireNonNull(enrolment, "enrolment");
      Objects.requireNonNull(contact, "contact");
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
