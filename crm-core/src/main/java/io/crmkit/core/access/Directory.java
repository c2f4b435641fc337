package io.crmkit.core.access;

import io.crmkit.core.ValidationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The people a {@link SharingModel} decides for: roles in a hierarchy, teams and users, as immutable data.
 * Validated when built: ids unique per kind, every parent role, user role and user team known, and no cycle in
 * the hierarchy (each error names the offending id).
 *
 * <pre>{@code
 * Directory d = Directory.builder()
 *     .role(Role.top("ceo", "CEO")).role(Role.under("rep", "Sales rep", "ceo"))
 *     .team(new Team("t-1", "Queue"))
 *     .user(DirectoryUser.internal("u-1", "rep", Set.of("t-1")))
 *     .build();
 * }</pre>
 */
public record Directory(List<Role> roles, List<Team> teams, List<DirectoryUser> users) {
  public Directory {
    roles = List.copyOf(Objects.requireNonNull(roles, "roles"));
    teams = List.copyOf(Objects.requireNonNull(teams, "teams"));
    users = List.copyOf(Objects.requireNonNull(users, "users"));
    Map<String, Role> byId = new HashMap<>();
    for (Role r : roles) {
      ValidationException.check(byId.putIfAbsent(r.id(), r) == null, "roles", "role " + r.id() + " is defined twice");
    }
    for (Role r : roles) {
      r.parent().ifPresent(p -> ValidationException.check(
          byId.containsKey(p), "roles." + r.id() + ".parent", "names the unknown role " + p));
    }
    for (Role r : roles) {
      Set<String> seen = new LinkedHashSet<>();
      Optional<String> at = Optional.of(r.id());
      while (at.isPresent()) {
        if (!seen.add(at.get())) {
          throw new ValidationException("roles." + r.id() + ".parent", "makes a cycle in the role hierarchy: " + String.join(" -> ", seen) + " -> " + at.get());
        }
        at = byId.get(at.get()).parent();
      }
    }
    Set<String> teamIds = new HashSet<>();
    for (Team t : teams) {
      ValidationException.check(teamIds.add(t.id()), "teams", "team " + t.id() + " is defined twice");
    }
    Set<String> userIds = new HashSet<>();
    for (DirectoryUser u : users) {
      ValidationException.check(userIds.add(u.id()), "users", "user " + u.id() + " is defined twice");
      u.role().ifPresent(r -> ValidationException.check(
          byId.containsKey(r), "users." + u.id() + ".role", "names the unknown role " + r));
      for (String t : u.teams()) {
        ValidationException.check(teamIds.contains(t), "users." + u.id() + ".teams", "names the unknown team " + t);
      }
    }
  }

  /** An empty directory. */
  public static Directory empty() {
    return new Directory(List.of(), List.of(), List.of());
  }

  public static Builder builder() {
    return new Builder();
  }

  public Optional<DirectoryUser> user(String id) {
    return users.stream().filter(u -> u.id().equals(id)).findFirst();
  }

  public Optional<Role> role(String id) {
    return roles.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  public Optional<Team> team(String id) {
    return teams.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /** The users that belong to team {@code teamId}, in directory order. */
  public List<DirectoryUser> membersOf(String teamId) {
    return users.stream().filter(u -> u.teams().contains(teamId)).toList();
  }

  /** The roles strictly below {@code roleId}, nearest first. */
  public List<String> subordinatesOf(String roleId) {
    List<String> out = new ArrayList<>();
    List<String> frontier = List.of(roleId);
    while (!frontier.isEmpty()) {
      List<String> next = new ArrayList<>();
      for (Role r : roles) {
        if (r.parent().isPresent() && frontier.contains(r.parent().get())) {
          next.add(r.id());
        }
      }
      out.addAll(next);
      frontier = next;
    }
    return out;
  }

  /** This directory with {@code user} added, or replacing the user with the same id. */
  public Directory withUser(DirectoryUser user) {
    Objects.requireNonNull(user, "user");
    List<DirectoryUser> copy = new ArrayList<>(users);
    copy.removeIf(u -> u.id().equals(user.id()));
    copy.add(user);
    return new Directory(roles, teams, copy);
  }

  /** Collects roles, teams and users; {@link #build()} validates them together. */
  public static final class Builder {
    private final List<Role> roles = new ArrayList<>();
    private final List<Team> teams = new ArrayList<>();
    private final List<DirectoryUser> users = new ArrayList<>();

    private Builder() {}

    public Builder role(Role role) {
      roles.add(Objects.requireNonNull(role, "role"));
      return this;
    }

    public Builder team(Team team) {
      teams.add(Objects.requireNonNull(team, "team"));
      return this;
    }

    public Builder user(DirectoryUser user) {
      users.add(Objects.requireNonNull(user, "user"));
      return this;
    }

    public Directory build() {
      return new Directory(roles, teams, users);
    }
  }
}
