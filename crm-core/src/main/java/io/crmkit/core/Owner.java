package io.crmkit.core;

import java.util.Objects;

/**
 * Who owns a record: a user or a team of the host application, by the host's own id.
 * Every CRM record has one, e.g. {@code Owner.user("u-42")}.
 */
public record Owner(Kind kind, String id) {
  /** Whether the owner is a single user or a team (queue). */
  public enum Kind {
    USER,
    TEAM
  }

  public Owner {
    Objects.requireNonNull(kind, "kind");
    EntityId.checked(id, "owner.id");
  }

  public static Owner user(String id) {
    return new Owner(Kind.USER, id);
  }

  public static Owner team(String id) {
    return new Owner(Kind.TEAM, id);
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
  }
}
