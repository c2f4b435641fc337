package io.crmkit.sales.partner;

import java.util.Objects;

/**
 * A stored change of a deal registration: the registration at its new version and the event published for it.
 *
 * <p>{@code long next = registrations.submit(id, version, "p-1").registration().version();}
 */
public record RegistrationChange(DealRegistration registration, DealRegistrationEvent event) {
  public RegistrationChange {
    Objects.requireNonNull(registration, "registration");
    Objects.requireNonNull(event, "event");
  }
}
