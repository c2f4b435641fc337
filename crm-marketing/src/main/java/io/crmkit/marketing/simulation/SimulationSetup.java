package io.crmkit.marketing.simulation;

import io.crmkit.core.ValidationException;
import io.crmkit.core.party.ContactId;
import io.crmkit.marketing.journey.Journey;
import io.crmkit.marketing.journey.JourneyEvent;
import io.crmkit.marketing.journey.JourneyStep;
import io.crmkit.marketing.template.CompiledTemplate;
import io.crmkit.marketing.template.TemplateId;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What to simulate: a journey with the compiled templates of its send steps, the population (one arrival per
 * contact), trigger events the host would report (a purchase that reaches a goal), the engagement model and its
 * seed, and the simulated period from {@code start} for {@code length}.
 *
 * <pre>{@code
 * SimulationSetup setup = new SimulationSetup(onboarding, Map.of(welcome.template().id(), welcome), arrivals,
 *     List.of(JourneyEvent.triggered("purchase", ada.id(), start.plus(Duration.ofDays(2)))),
 *     new EngagementModel(0.4, 0.2, 0.05, Duration.ofDays(1)), 42L, start, Duration.ofDays(28));
 * }</pre>
 */
public record SimulationSetup(
    Journey journey, Map<TemplateId, CompiledTemplate> templates, List<Arrival> population, List<JourneyEvent> events,
    EngagementModel engagement, long seed, Instant start, Duration length) {
  public SimulationSetup {
    Objects.requireNonNull(journey, "journey");
    templates = Map.copyOf(Objects.requireNonNull(templates, "templates"));
    population = List.copyOf(Objects.requireNonNull(population, "population"));
    events = List.copyOf(Objects.requireNonNull(events, "events"));
    Objects.requireNonNull(engagement, "engagement");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(length, "length");
    ValidationException.check(!length.isNegative() && !length.isZero(), "length", "must be positive but was " + length);
    for (JourneyStep step : journey.steps()) {
      if (step instanceof JourneyStep.Send s) {
        ValidationException.check(templates.containsKey(s.template()), "templates",
            "has no compiled template '" + s.template() + "' for send step '" + s.id() + "'");
      }
    }
    templates.forEach((id, t) -> ValidationException.check(t.template().id().equals(id) && t.template().tenantId().equals(journey.tenantId()),
        "templates", "maps '" + id + "' to template '" + t.template().id() + "' of tenant " + t.template().tenantId()));
    Instant end = start.plus(length);
    Set<ContactId> seen = new HashSet<>();
    for (Arrival a : population) {
      ValidationException.check(seen.add(a.contact().id()), "population", "has contact '" + a.contact().id() + "' twice");
      ValidationException.check(a.contact().tenantId().equals(journey.tenantId()), "population",
          "has contact '" + a.contact().id() + "' of tenant " + a.contact().tenantId() + ", the journey is of " + journey.tenantId());
      ValidationException.check(!a.at().isBefore(start) && a.at().isBefore(end), "population",
          "has '" + a.contact().id() + "' arriving at " + a.at() + ", outside [" + start + ", " + end + ")");
    }
    for (JourneyEvent e : events) {
      ValidationException.check(e instanceof JourneyEvent.Triggered, "events",
          "must be trigger events; engagements come from the engagement model, but got " + e);
      ValidationException.check(seen.contains(e.contact()), "events", "names '" + e.contact() + "', who is not in the population");
    }
  }

  /** When the simulated period ends (exclusive). */
  public Instant end() {
    return start.plus(length);
  }
}
