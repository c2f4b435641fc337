package io.crmkit.marketing.segment;

import io.crmkit.core.Aggregate;
import io.crmkit.core.EntityId;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.Contact;
import io.crmkit.core.store.EntityType;

/**
 * What a segment selects: contacts or accounts. Members are reported by id; {@link #typeName()} makes them
 * record references ({@code contact:<id>}).
 *
 * <p>{@code Segment.of(id, tenant, "Gold EMEA", SegmentTarget.CONTACTS, condition, clock.instant())}
 */
public enum SegmentTarget {
  /** Contacts ({@link Contact#TYPE}). */
  CONTACTS(Contact.TYPE),
  /** Accounts ({@link Account#TYPE}). */
  ACCOUNTS(Account.TYPE);

  private final EntityType<?, ?> type;

  SegmentTarget(EntityType<?, ?> type) {
    this.type = type;
  }

  /** The entity type the segment's criteria run over. */
  public EntityType<?, ?> entityType() {
    return type;
  }

  /** The record-reference type name of members, {@code contact} or {@code account}. */
  public String typeName() {
    return type.name();
  }

  @SuppressWarnings("unchecked")
  <T extends Aggregate<I>, I extends EntityId> EntityType<T, I> typed() {
    return (EntityType<T, I>) type;
  }
}
