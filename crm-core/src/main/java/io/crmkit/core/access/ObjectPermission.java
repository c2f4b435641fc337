package io.crmkit.core.access;

import io.crmkit.core.EntityId;
import java.util.Objects;

/**
 * Salesforce's "view all" / "modify all" on one entity type for the users of one role (typically admin
 * roles): view all reads every record of the type; modify all also edits and deletes every record. These
 * override ownership, the defaults and sharing; decisions name them {@code view-all:<type>} and
 * {@code modify-all:<type>}.
 *
 * <p>{@code new ObjectPermission("admin", "contact", ObjectPermission.Scope.MODIFY_ALL)}
 */
public record ObjectPermission(String role, String entityType, Scope scope) {
  /** What the role may do with every record of the type. */
  public enum Scope {
    VIEW_ALL,
    MODIFY_ALL;

    AccessLevel level() {
      return this == VIEW_ALL ? AccessLevel.READ : AccessLevel.FULL;
    }

    String ruleName(String type) {
      return (this == VIEW_ALL ? "view-all:" : "modify-all:") + type;
    }
  }

  public ObjectPermission {
    EntityId.checked(role, "permission.role");
    Objects.requireNonNull(scope, "scope");
    TypeNames.checked(entityType, "permission.entityType");
  }
}
