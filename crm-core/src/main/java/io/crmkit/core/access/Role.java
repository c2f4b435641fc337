package io.crmkit.core.access;

import io.crmkit.core.EntityId;
import io.crmkit.core.ValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * A role of the internal role hierarchy: its id, a display name and the role it reports to (none for the
 * top). Users in a role see, where the entity type grants access using hierarchies, the records owned by users
 * in the roles below it. {@link Directory} checks that parents exist and that there are no cycles.
 *
 * <p>{@code Role.under("emea-rep", "EMEA sales rep", "emea-vp")}
 */
public record Role(String id, String name, Optional<String> parent) {
  public Role {
    EntityId.checked(id, "role.id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(parent, "parent");
    ValidationException.check(!name.isBlank(), "role.name", "must not be blank (role " + id + ")");
    parent.ifPresent(p -> {
      EntityId.checked(p, "role.parent");
      ValidationException.check(!p.equals(id), "role.parent", "role " + id + " cannot report to itself");
    });
  }

  /** A top role, reporting to nobody. */
  public static Role top(String id, String name) {
    return new Role(id, name, Optional.empty());
  }

  /** A role reporting to {@code parent}. */
  public static Role under(String id, String name, String parent) {
    return new Role(id, name, Optional.of(parent));
  }
}
