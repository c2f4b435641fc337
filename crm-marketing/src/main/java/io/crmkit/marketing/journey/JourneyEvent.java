package io.crmkit.marketing.journey;

import io.crmkit.core.ValidationException;
import io.crmkit.core.party.ContactId;
import io.crmkit.marketing.channel.EngagementEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * Something that happened to an enrolled contact, fed to {@link JourneyEngine#advance}: an engagement with one
 * of the journey's messages, or a named trigger event from the host ({@code signup}, {@code purchase}).
 *
 * <p>{@code JourneyEvent.triggered("purchase", contactId, at)}
 */
public sealed interface JourneyEvent {

  /** The contact it happened to. */
  ContactId contact();

  /** When it happened. */
  Instant at();

  /** An engagement event as a journey event. */
  static JourneyEvent engaged(EngagementEvent event) {
    return new Engaged(event);
  }

  /** A named trigger event. */
  static JourneyEvent triggered(String name, ContactId contact, Instant at) {
    return new Triggered(name, contact, at);
  }

  /** Checks a trigger name: a lower-case slug. */
  static String checkName(String name, String field) {
    Objects.requireNonNull(name, field);
    ValidationException.check(name.matches("[a-z][a-z0-9_.-]{0,63}"), field,
        "must be a lower-case event name such as 'signup' but was '" + name + "'");
    return name;
  }

  /** An engagement with a message. */
  record Engaged(EngagementEvent event) implements JourneyEvent {
    public Engaged {
      Objects.requireNonNull(event, "event");
    }

    @Override
    public ContactId contact() {
      return event.contact();
    }

    @Override
    public Instant at() {
      return event.occurredAt();
    }
  }

  /** A named event from the host. */
  record Triggered(String name, ContactId contact, Instant at) implements JourneyEvent {
    public Triggered {
      checkName(name, "name");
      Objects.requireNonNull(contact, "contact");
      Objects.requireNonNull(at, "at");
    }
  }
}
