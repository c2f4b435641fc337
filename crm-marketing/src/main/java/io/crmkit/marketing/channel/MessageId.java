package io.crmkit.marketing.channel;

import io.crmkit.core.EntityId;

/**
 * The id of one outbound message, unique within a tenant. Journeys derive it from the enrolment, the step and
 * the visit, so a retried advance produces the same id: {@code new MessageId("e-1:welcome:1")}.
 */
public record MessageId(String value) implements EntityId {
  public MessageId {
    EntityId.checked(value, "messageId");
  }

  @Override
  public String toString() {
    return value;
  }
}
