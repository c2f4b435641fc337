package io.crmkit.core.merge;

import io.crmkit.core.Aggregate;
import io.crmkit.core.EntityId;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.store.EntityType;

/** A record of "another module" for the participant tests: a support ticket naming its requester. */
record Ticket(Ticket.Id id, TenantId tenantId, long version, RecordRef requester) implements Aggregate<Ticket.Id> {
  record Id(String value) implements EntityId {
    Id {
      EntityId.checked(value, "ticketId");
    }
  }

  static final FieldRef<String> REQUESTER = FieldRef.text("requester");

  static final EntityType<Ticket, Id> TYPE =
      EntityType.builder("ticket", Ticket.class, Id::new).field(REQUESTER, t -> t.requester().toString()).index(REQUESTER).build();

  @Override
  public Ticket withVersion(long version) {
    return new Ticket(id, tenantId, version, requester);
  }

  Ticket withRequester(RecordRef value) {
    return new Ticket(id, tenantId, version, value);
  }
}
