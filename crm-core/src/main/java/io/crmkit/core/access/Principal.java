package io.crmkit.core.access;

import io.crmkit.core.EntityId;
import io.crmkit.core.TenantId;
import java.util.Objects;

/**
 * Who is asking: a user of the host application in one tenant, by the host's own user id, or the system
 * (batch jobs, migrations) which an access policy lets do everything and says so. Roles, teams and partner
 * accounts of users are facts of the policy's directory, not of the principal, so one principal value cannot
 * claim more than the directory grants.
 *
 * <p>{@code Principal rep = Principal.user(TenantId.of("acme"), "u-42");}
 */
public record Principal(TenantId tenant, String userId, Kind kind) {
  /** A user (internal or partner, as the directory says) or the system. */
  public enum Kind {
    USER,
    SYSTEM
  }

  public Principal {
    Objects.requireNonNull(tenant, "tenant");
    EntityId.checked(userId, "userId");
    Objects.requireNonNull(kind, "kind");
  }

  public static Principal user(TenantId tenant, String userId) {
    return new Principal(tenant, userId, Kind.USER);
  }

  /** The system principal of {@code tenant}: every policy allows it, naming the rule {@code system}. */
  public static Principal system(TenantId tenant) {
    return new Principal(tenant, "system", Kind.SYSTEM);
  }

  public boolean isSystem() {
    return kind == Kind.SYSTEM;
  }

  @Override
  public String toString() {
    return tenant.value() + "/" + (isSystem() ? "system" : "user:" + userId);
  }
}
