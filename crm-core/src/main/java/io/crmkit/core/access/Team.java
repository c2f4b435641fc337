package io.crmkit.core.access;

import io.crmkit.core.EntityId;
import io.crmkit.core.ValidationException;
import java.util.Objects;

/**
 * A team (a queue or public group) that can own records ({@code Owner.team(id)}) and be shared with. Its members
 * are the {@link DirectoryUser}s that list it in their {@code teams}; {@link Directory#membersOf} answers them.
 *
 * <p>{@code new Team("t-support", "Support queue")}
 */
public record Team(String id, String name) {
  public Team {
    EntityId.checked(id, "team.id");
    Objects.requireNonNull(name, "name");
    ValidationException.check(!name.isBlank(), "team.name", "must not be blank (team " + id + ")");
  }
}
