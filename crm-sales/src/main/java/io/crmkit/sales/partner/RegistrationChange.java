package io.crmkit.sales.partner;

import java.util.Objects;

/** A stored change of a deal registration: the registration at its new version and the event published for it. */
public record RegistrationChange(DealRegistration registration, DealRegistrationEvent event) {
  public RegistrationChange {
    Objects.requireNonNull(registration, "registration");
    Objects.requireNonNull(event, "event");
  }
}
