package io.crmkit.core.access;

import java.util.Objects;
import java.util.Set;

/**
 * Field-level security for one principal on one entity type: the fields (by their query-field names, e.g.
 * {@code email}, {@code birth_date}, {@code custom.salary}) it may not see, and those it may see but not change.
 * Hidden fields are also read-only; {@link #all()} hides nothing.
 */
public record FieldAccess(Set<String> hidden, Set<String> readOnly) {
  public FieldAccess {
    hidden = Set.copyOf(Objects.requireNonNull(hidden, "hidden"));
    readOnly = Set.copyOf(Objects.requireNonNull(readOnly, "readOnly"));
  }

  /** Every field visible and editable. */
  public static FieldAccess all() {
    return new FieldAccess(Set.of(), Set.of());
  }

  public boolean mayRead(String field) {
    return !hidden.contains(field);
  }

  public boolean mayEdit(String field) {
    return !hidden.contains(field) && !readOnly.contains(field);
  }
}
