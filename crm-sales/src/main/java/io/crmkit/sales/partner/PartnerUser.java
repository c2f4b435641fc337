package io.crmkit.sales.partner;

import io.crmkit.core.EntityId;
import io.crmkit.core.Owner;
import java.util.Objects;

/**
 * An external user of the host application who works for a partner: the host's user id and the role within the
 * partner. A user belongs to at most one partner of a tenant ({@link PartnerProgram} checks it).
 *
 * <p>{@code partner.withUser(PartnerUser.of("p-7", PartnerRole.USER))}
 */
public record PartnerUser(String userId, PartnerRole role) {
  public PartnerUser {
    EntityId.checked(userId, "userId");
    Objects.requireNonNull(role, "role");
  }

  public static PartnerUser of(String userId, PartnerRole role) {
    return new PartnerUser(userId, role);
  }

  /** This user as the owner of a record, {@code user:<id>}. */
  public Owner toOwner() {
    return Owner.user(userId);
  }
}
