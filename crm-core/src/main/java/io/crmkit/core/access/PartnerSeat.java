package io.crmkit.core.access;

import io.crmkit.core.EntityId;
import java.util.Objects;

/**
 * Makes a directory user an external partner user: the partner account it belongs to (the id that records
 * carry in their partner field, e.g. {@code partner}) and its role within that account.
 *
 * <p>{@code new PartnerSeat("acc-reseller-1", PartnerRole.MANAGER)}
 */
public record PartnerSeat(String account, PartnerRole role) {
  public PartnerSeat {
    EntityId.checked(account, "partner.account");
    Objects.requireNonNull(role, "role");
  }
}
