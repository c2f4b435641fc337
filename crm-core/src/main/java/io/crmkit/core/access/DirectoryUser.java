package io.crmkit.core.access;

import io.crmkit.core.EntityId;
import io.crmkit.core.ValidationException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A user of the host application as the sharing model knows it: the host's user id, the internal role (none
 * for users outside the hierarchy), the teams it belongs to, whether it is active (inactive users are denied
 * everything) and, for an external partner user, its {@link PartnerSeat}. Partner users have no internal role.
 *
 * <p>{@code DirectoryUser.internal("u-42", "emea-rep", Set.of("t-support"))}
 */
public record DirectoryUser(
    String id, Optional<String> role, Set<String> teams, boolean active, Optional<PartnerSeat> partner) {
  public DirectoryUser {
    EntityId.checked(id, "user.id");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(partner, "partner");
    teams = Set.copyOf(Objects.requireNonNull(teams, "teams"));
    role.ifPresent(r -> EntityId.checked(r, "user.role"));
    teams.forEach(t -> EntityId.checked(t, "user.teams"));
    ValidationException.check(
        role.isEmpty() || partner.isEmpty(),
        "user.role",
        "partner user " + id + " cannot hold the internal role " + role.orElse(""));
  }

  /** An active internal user in {@code role}. */
  public static DirectoryUser internal(String id, String role, Set<String> teams) {
    return new DirectoryUser(id, Optional.of(role), teams, true, Optional.empty());
  }

  /** An active partner user of {@code account} with {@code partnerRole}. */
  public static DirectoryUser partner(String id, String account, PartnerRole partnerRole) {
    return new DirectoryUser(id, Optional.empty(), Set.of(), true, Optional.of(new PartnerSeat(account, partnerRole)));
  }

  /** Whether this is an external partner user (named so that JSON sees no extra property). */
  public boolean hasPartnerSeat() {
    return partner.isPresent();
  }

  /** This user, inactive (or active again). */
  public DirectoryUser withActive(boolean value) {
    return new DirectoryUser(id, role, teams, value, partner);
  }
}
