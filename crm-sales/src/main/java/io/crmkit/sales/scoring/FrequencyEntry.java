package io.crmkit.sales.scoring;

import io.crmkit.core.ValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a {@link FrequencyTable}, for persisting it (Odoo's {@code crm.lead.scoring.frequency}): team
 * (empty for leads without team), variable, value and the counts.
 *
 * <p>{@code table.entries().forEach(repository::save)}
 */
public record FrequencyEntry(Optional<String> team, String variable, String value, FrequencyCounts counts) {
  public FrequencyEntry {
    Objects.requireNonNull(team, "team");
    Objects.requireNonNull(variable, "variable");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(counts, "counts");
    team.ifPresent(t -> ValidationException.check(!t.isBlank(), "team", "must not be blank"));
    ValidationException.check(!variable.isBlank(), "variable", "must not be blank");
    ValidationException.check(!value.isEmpty(), "value", "must not be empty");
  }
}
