package io.crmkit.sales.lead;

import io.crmkit.core.Aggregate;
import io.crmkit.core.EntityId;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.store.EntityType;
import java.util.Objects;

/** A campaign membership as crm-marketing will keep one: a party in a campaign (test double for the SPI). */
record Membership(Membership.Id id, TenantId tenantId, long version, RecordRef party, String campaign)
    implements Aggregate<Membership.Id> {
  static final FieldRef<String> PARTY = FieldRef.text("party");
  static final EntityType<Membership, Id> TYPE = EntityType.builder("campaign_member", Membership.class, Id::new)
      .field(PARTY, m -> m.party().toString())
      .index(PARTY)
      .build();

  record Id(String value) implements EntityId {
    Id {
      EntityId.checked(value, "membershipId");
    }
  }

  Membership {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(campaign, "campaign");
  }

  @Override
  public Membership withVersion(long version) {
    return new Membership(id, tenantId, version, party, campaign);
  }

  Membership withParty(RecordRef value) {
    return new Membership(id, tenantId, version, value, campaign);
  }
}
