package io.crmkit.marketing.simulation;

import io.crmkit.core.party.Contact;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * One member of a simulated population: the contact, their zone, when they turn up and with which trigger event
 * (the journey's entry trigger, e.g. {@code signup}). {@code Arrival.of(ada, ZoneId.of("Europe/Berlin"), monday, "signup")}
 */
public record Arrival(Contact contact, ZoneId zone, Instant at, Optional<String> trigger) {
  public Arrival {
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(trigger, "trigger");
  }

  /** An arrival with the trigger {@code trigger}. */
  public static Arrival of(Contact contact, ZoneId zone, Instant at, String trigger) {
    return new Arrival(contact, zone, at, Optional.of(trigger));
  }
}
