package io.crmkit.core.merge;

import io.crmkit.core.RecordRef;
import io.crmkit.core.ValidationException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the surviving value of one field path came from: the rule applied, the record that gave the value
 * (empty when no record had one), every candidate value considered and why the winner won, e.g.
 * {@code lineage.of("jobTitle").get().source()}.
 *
 * <p>Paths are field names ({@code jobTitle}), keys of keyed collections ({@code customFields.tier},
 * {@code externalIds.sap}), single contact points ({@code contactPoints[EMAIL ada@example.com]}) and the
 * primary of a kind ({@code contactPoints.primary.EMAIL}).
 */
public record FieldLineage(
    String path, SurvivorshipRule rule, Optional<RecordRef> source, List<Candidate> candidates, String reason) {

  /** One record's value for the path, as text. */
  public record Candidate(RecordRef record, String value) {
    public Candidate {
      Objects.requireNonNull(record, "record");
      Objects.requireNonNull(value, "value");
    }
  }

  public FieldLineage {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
    candidates = List.copyOf(candidates);
    ValidationException.check(!path.isBlank(), "path", "must name the field");
    ValidationException.check(
        source.isEmpty() || candidates.stream().anyMatch(c -> c.record().equals(source.get())),
        "source",
        source.map(RecordRef::toString).orElse("") + " must be one of the candidates " + candidates);
  }

  /** The winning value as text, when there is one (a union's own entry names its first holder). */
  public Optional<String> value() {
    return source.flatMap(s -> candidates.stream().filter(c -> c.record().equals(s)).map(Candidate::value).findFirst());
  }

  /** One line: {@code jobTitle ← contact:c-2 by MOST_RECENT (CTO; candidates: ...): reason}. */
  public String explain() {
    StringBuilder sb = new StringBuilder(path).append(" ← ");
    sb.append(source.map(RecordRef::toString).orElse("(none)")).append(" by ").append(rule);
    value().ifPresent(v -> sb.append(" = '").append(v).append('\''));
    if (candidates.size() > 1) {
      sb.append(" among ");
      for (int i = 0; i < candidates.size(); i++) {
        Candidate c = candidates.get(i);
        sb.append(i == 0 ? "" : ", ").append(c.record()).append("='").append(c.value()).append('\'');
      }
    }
    return sb.append(": ").append(reason).toString();
  }
}
