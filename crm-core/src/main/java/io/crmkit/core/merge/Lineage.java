package io.crmkit.core.merge;

import io.crmkit.core.RecordRef;
import io.crmkit.core.ValidationException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The explanation of a golden record: for every field path, which merged record gave the surviving value,
 * by which rule, among which candidates. {@code lineage.sourceOf("jobTitle")} names the record; {@link
 * #explain()} renders it for a person.
 */
public record Lineage(List<FieldLineage> fields) {
  public Lineage {
    fields = List.copyOf(fields);
    Set<String> seen = new HashSet<>();
    for (FieldLineage f : fields) {
      ValidationException.check(seen.add(f.path()), "lineage", "names path '" + f.path() + "' twice");
    }
  }

  /** The lineage of {@code path}, when the golden record has an entry for it. */
  public Optional<FieldLineage> of(String path) {
    return fields.stream().filter(f -> f.path().equals(path)).findFirst();
  }

  /** The record that gave the surviving value at {@code path}; empty when no record had one. */
  public Optional<RecordRef> sourceOf(String path) {
    return of(path).flatMap(FieldLineage::source);
  }

  /** The entries whose path is {@code prefix} or starts with {@code prefix.} or {@code prefix[}. */
  public List<FieldLineage> under(String prefix) {
    return fields.stream()
        .filter(f -> f.path().equals(prefix) || f.path().startsWith(prefix + ".") || f.path().startsWith(prefix + "["))
        .toList();
  }

  /** One line per path, in field order. */
  public String explain() {
    return fields.stream().map(FieldLineage::explain).collect(Collectors.joining("\n"));
  }
}
