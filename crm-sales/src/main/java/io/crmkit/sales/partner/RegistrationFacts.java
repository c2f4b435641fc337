package io.crmkit.sales.partner;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the guards of {@link DealRegistrationLifecycle#MACHINE} read: the registration, today's date in the
 * programme's zone, and the reason given with the event (required to reject).
 *
 * <p>{@code MACHINE.fire(reg.status(), "approve", new RegistrationFacts(reg, today, Optional.empty()))}
 */
public record RegistrationFacts(DealRegistration registration, LocalDate today, Optional<String> reason) {
  public RegistrationFacts {
    Objects.requireNonNull(registration, "registration");
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(reason, "reason");
  }

  /** Whether the approved registration's protection has run out (today is after its expiry date). */
  public boolean isExpired() {
    return registration.expiresOn().map(today::isAfter).orElse(false);
  }
}
