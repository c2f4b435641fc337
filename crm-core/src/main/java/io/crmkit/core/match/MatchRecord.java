package io.crmkit.core.match;

import io.crmkit.core.EntityId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A record as the matcher sees it: an id and its field values as text (absent or blank = no value), e.g.
 * {@code new MatchRecord("c-1", Map.of("first", "Ada", "email", "ada@example.com"))}. Contacts, accounts and
 * any host record become one through a {@link RecordExtractor}.
 */
public record MatchRecord(String id, Map<String, String> values) {
  public MatchRecord {
    EntityId.checked(id, "id");
    Objects.requireNonNull(values, "values");
    values = Map.copyOf(values);
  }

  /** The value of field {@code name}, when present and not blank. */
  public Optional<String> value(String name) {
    String v = values.get(name);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
  }

  /** A copy with field {@code name} set to {@code value}. */
  public MatchRecord withValue(String name, String value) {
    java.util.HashMap<String, String> copy = new java.util.HashMap<>(values);
    copy.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    return new MatchRecord(id, copy);
  }
}
