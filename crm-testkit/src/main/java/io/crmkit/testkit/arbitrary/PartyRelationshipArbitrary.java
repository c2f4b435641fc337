package io.crmkit.testkit.arbitrary;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.party.PartyRelationship;
import io.crmkit.core.party.RelationshipId;
import io.crmkit.core.party.RelationshipRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * New {@link PartyRelationship}s (version 0) of every {@link RelationshipRole}, between parties of the
 * types the role allows, never a party with itself; open-ended, dated on one side or both
 * ({@code fromDate ≤ thruDate}, equal among the edge cases), with or without a title.
 *
 * <p>{@code CrmArbitraries.partyRelationships().inTenant(t).withRole(RelationshipRole.REPORTS_TO)}
 */
public final class PartyRelationshipArbitrary extends ArbitraryDecorator<PartyRelationship> {
  private Optional<TenantId> tenant = Optional.empty();
  private Optional<RelationshipRole> role = Optional.empty();

  PartyRelationshipArbitrary() {}

  /** Relationships of {@code tenant} only. */
  public PartyRelationshipArbitrary inTenant(TenantId tenant) {
    PartyRelationshipArbitrary clone = typedClone();
    clone.tenant = Optional.of(Objects.requireNonNull(tenant, "tenant"));
    return clone;
  }

  /** Relationships of {@code role} only. */
  public PartyRelationshipArbitrary withRole(RelationshipRole role) {
    PartyRelationshipArbitrary clone = typedClone();
    clone.role = Optional.of(Objects.requireNonNull(role, "role"));
    return clone;
  }

  @Override
  protected Arbitrary<PartyRelationship> arbitrary() {
    Arbitrary<TenantId> tenants = tenant.<Arbitrary<TenantId>>map(Arbitraries::just).orElseGet(Records::tenantIds);
    Arbitrary<RelationshipRole> roles = role.<Arbitrary<RelationshipRole>>map(Arbitraries::just).orElseGet(() -> Arbitraries.of(RelationshipRole.class));
    return Combinators.combine(
            Texts.idTexts().map(RelationshipId::new),
            tenants,
            roles,
            Times.dates().optional(0.5),
            Times.dates().optional(0.5),
            Texts.phrases(3).optional(0.4),
            Texts.idTexts(),
            Texts.idTexts())
        .as(
            (id, t, r, d1, d2, title, fromId, toId) -> {
              RecordRef from = new RecordRef(pick(r.fromTypes(), fromId), fromId);
              RecordRef to = Records.other(from, new RecordRef(pick(r.toTypes(), toId), toId));
              Optional<LocalDate> fromDate = d1;
              Optional<LocalDate> thruDate = d2;
              if (d1.isPresent() && d2.isPresent() && d2.get().isBefore(d1.get())) {
                fromDate = d2;
                thruDate = d1;
              }
              return new PartyRelationship(id, t, 0, from, to, r, fromDate, thruDate, title);
            });
  }

  /** One of {@code types}, chosen by the id's hash so that PARTNER_OF mixes contacts and accounts. */
  private static String pick(java.util.Set<String> types, String id) {
    List<String> sorted = new ArrayList<>(new java.util.TreeSet<>(types));
    return sorted.get(Math.floorMod(id.hashCode(), sorted.size()));
  }
}
