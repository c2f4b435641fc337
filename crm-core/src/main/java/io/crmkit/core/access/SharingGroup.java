package io.crmkit.core.access;

import io.crmkit.core.EntityId;
import io.crmkit.core.ValidationException;
import java.util.Locale;
import java.util.Objects;

/**
 * A set of users named by the directory: one user, the users of one role, of a role and every role below it,
 * or the members of a team. Sharing rules take records owned by a group's members and share them with another
 * group; manual shares grant to a group. Its text form is {@code user:u-1}, {@code role:rep},
 * {@code role-and-subordinates:emea} or {@code team:t-1} ({@link #parse}).
 */
public record SharingGroup(Kind kind, String id) {
  /** What the id names. */
  public enum Kind {
    USER,
    ROLE,
    ROLE_AND_SUBORDINATES,
    TEAM;

    String prefix() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  public SharingGroup {
    Objects.requireNonNull(kind, "kind");
    EntityId.checked(id, "group.id");
  }

  public static SharingGroup user(String id) {
    return new SharingGroup(Kind.USER, id);
  }

  public static SharingGroup role(String id) {
    return new SharingGroup(Kind.ROLE, id);
  }

  public static SharingGroup roleAndSubordinates(String id) {
    return new SharingGroup(Kind.ROLE_AND_SUBORDINATES, id);
  }

  public static SharingGroup team(String id) {
    return new SharingGroup(Kind.TEAM, id);
  }

  /** Reads the text form, e.g. {@code role-and-subordinates:emea}. */
  public static SharingGroup parse(String text) {
    Objects.requireNonNull(text, "text");
    int colon = text.indexOf(':');
    ValidationException.check(colon > 0, "group", "must be kind:id (user:, role:, role-and-subordinates:, team:) but was '" + text + "'");
    String prefix = text.substring(0, colon);
    for (Kind k : Kind.values()) {
      if (k.prefix().equals(prefix)) {
        return new SharingGroup(k, text.substring(colon + 1));
      }
    }
    throw new ValidationException("group", "has the unknown kind '" + prefix + "' (user, role, role-and-subordinates, team) in '" + text + "'");
  }

  @Override
  public String toString() {
    return kind.prefix() + ":" + id;
  }
}
