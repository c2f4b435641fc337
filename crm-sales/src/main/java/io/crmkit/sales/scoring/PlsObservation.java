package io.crmkit.sales.scoring;

import io.crmkit.core.ValidationException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What predictive lead scoring knows of one lead: its sales team, its stage, the values of the model's
 * variables (as text) and when it was created. Made by {@link PredictiveScoringModel#observe} or directly.
 *
 * <p>{@code new PlsObservation(Optional.of("team-eu"), Optional.of("proposal"), Map.of("country_id", List.of("BE")), Optional.of(created))}
 *
 * @param team the sales team; empty for a lead without team (scored against all teams)
 * @param stage the current stage id; a lead without stage scores 0
 * @param values variable name → values (one for single-valued variables); variables without value are absent
 * @param createdAt when the lead was created; a closed lead without it is not learnt from
 */
public record PlsObservation(Optional<String> team, Optional<String> stage, Map<String, List<String>> values, Optional<Instant> createdAt) {
  public PlsObservation {
    Objects.requireNonNull(team, "team");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(createdAt, "createdAt");
    team.ifPresent(t -> ValidationException.check(!t.isBlank(), "team", "must not be blank"));
    stage.ifPresent(s -> ValidationException.check(!s.isBlank(), "stage", "must not be blank"));
    LinkedHashMap<String, List<String>> copy = new LinkedHashMap<>();
    values.forEach((k, v) -> {
      List<String> vs = List.copyOf(v);
      ValidationException.check(!vs.isEmpty(), "values." + k, "a listed variable needs at least one value");
      copy.put(k, vs);
    });
    values = java.util.Collections.unmodifiableMap(copy);
  }

  /** The values of {@code variable}, empty when it has none. */
  public List<String> values(String variable) {
    return values.getOrDefault(variable, List.of());
  }
}
