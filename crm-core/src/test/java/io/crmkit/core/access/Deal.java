package io.crmkit.core.access;

import io.crmkit.core.Aggregate;
import io.crmkit.core.EntityId;
import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.store.EntityType;
import java.util.Objects;
import java.util.Optional;

/** A small test aggregate with what the sharing model reads: an owner, an optional partner account, a region and an amount. */
record Deal(Deal.Id id, TenantId tenantId, long version, Owner owner, Optional<String> partner, String region, long amount)
    implements Aggregate<Deal.Id> {
  record Id(String value) implements EntityId {
    Id {
      EntityId.checked(value, "dealId");
    }
  }

  static final FieldRef<String> PARTNER = FieldRef.text("partner");
  static final FieldRef<String> REGION = FieldRef.text("region");
  static final FieldRef<Long> AMOUNT = FieldRef.number("amount");

  static final EntityType<Deal, Id> TYPE = EntityType.builder("deal", Deal.class, Id::new)
      .field(SharingModel.OWNER, d -> d.owner().toString())
      .optionalField(PARTNER, Deal::partner)
      .field(REGION, Deal::region)
      .field(AMOUNT, Deal::amount)
      .build();

  /** A type with no owner field, to show ownership then grants nothing. */
  static final EntityType<Deal, Id> UNOWNED = EntityType.builder("deal", Deal.class, Id::new)
      .field(REGION, Deal::region)
      .build();

  Deal {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(region, "region");
  }

  static Deal of(String id, TenantId tenant, Owner owner, String region, long amount) {
    return new Deal(new Id(id), tenant, 1, owner, Optional.empty(), region, amount);
  }

  Deal withPartner(String account) {
    return new Deal(id, tenantId, version, owner, Optional.of(account), region, amount);
  }

  @Override
  public Deal withVersion(long v) {
    return new Deal(id, tenantId, v, owner, partner, region, amount);
  }
}
