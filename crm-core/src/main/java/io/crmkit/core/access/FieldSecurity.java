package io.crmkit.core.access;

import io.crmkit.core.EntityId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.query.FieldRef;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Field-level security on one entity type: fields (by query-field name, {@code custom.<key>} included) hidden
 * from, or read-only for, the users of one role — or every user when {@code role} is empty. A user's
 * {@link FieldAccess} is the union of every entry that applies to it; the system principal is not restricted.
 *
 * <p>{@code FieldSecurity.forRole("contact", "rep", Set.of("custom.salary"), Set.of("email"))}
 */
public record FieldSecurity(String entityType, Optional<String> role, Set<String> hidden, Set<String> readOnly) {
  public FieldSecurity {
    Objects.requireNonNull(role, "role");
    hidden = Set.copyOf(Objects.requireNonNull(hidden, "hidden"));
    readOnly = Set.copyOf(Objects.requireNonNull(readOnly, "readOnly"));
    TypeNames.checked(entityType, "fieldSecurity.entityType");
    role.ifPresent(r -> EntityId.checked(r, "fieldSecurity.role"));
    for (String f : hidden) {
      checkField(entityType, "hidden", f);
    }
    for (String f : readOnly) {
      checkField(entityType, "readOnly", f);
    }
  }

  private static void checkField(String entityType, String list, String field) {
    try {
      FieldRef.text(field);
    } catch (ValidationException e) {
      throw new ValidationException("fieldSecurity." + entityType + "." + list,
          "must hold query-field names such as 'email' or 'custom.salary' but holds '" + field + "'");
    }
  }

  public static FieldSecurity forRole(String entityType, String role, Set<String> hidden, Set<String> readOnly) {
    return new FieldSecurity(entityType, Optional.of(role), hidden, readOnly);
  }

  public static FieldSecurity forEveryone(String entityType, Set<String> hidden, Set<String> readOnly) {
    return new FieldSecurity(entityType, Optional.empty(), hidden, readOnly);
  }
}
