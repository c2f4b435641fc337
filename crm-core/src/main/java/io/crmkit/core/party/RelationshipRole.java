package io.crmkit.core.party;

import io.crmkit.core.RecordRef;
import java.util.Set;

/**
 * The kind of a {@link PartyRelationship}, read as "<i>from</i> ROLE <i>to</i>", with the party types it
 * connects: {@code WORKS_FOR} (contact → account), {@code REPORTS_TO} (contact → manager contact),
 * {@code PARTNER_OF} (any party → any party), {@code PARENT_ACCOUNT} (account → its parent account),
 * {@code ASSISTANT_OF} and {@code SPOUSE_OF} (contact → contact).
 *
 * <p>{@code RelationshipRole.WORKS_FOR.allows(contact.ref(), account.ref())} is true.
 */
public enum RelationshipRole {
  /** The contact works for the account. */
  WORKS_FOR(Set.of(Contact.TYPE_NAME), Set.of(Account.TYPE_NAME)),
  /** The contact reports to the other contact, its manager. */
  REPORTS_TO(Set.of(Contact.TYPE_NAME), Set.of(Contact.TYPE_NAME)),
  /** The parties are partners; either may be a contact or an account. */
  PARTNER_OF(Set.of(Contact.TYPE_NAME, Account.TYPE_NAME), Set.of(Contact.TYPE_NAME, Account.TYPE_NAME)),
  /** The {@code to} account is the parent (owner, group) of the {@code from} account. */
  PARENT_ACCOUNT(Set.of(Account.TYPE_NAME), Set.of(Account.TYPE_NAME)),
  /** The contact assists the other contact. */
  ASSISTANT_OF(Set.of(Contact.TYPE_NAME), Set.of(Contact.TYPE_NAME)),
  /** The contacts are married or partners in life. */
  SPOUSE_OF(Set.of(Contact.TYPE_NAME), Set.of(Contact.TYPE_NAME));

  private final Set<String> fromTypes;
  private final Set<String> toTypes;

  RelationshipRole(Set<String> fromTypes, Set<String> toTypes) {
    this.fromTypes = fromTypes;
    this.toTypes = toTypes;
  }

  /** The entity type names this role may start from. */
  public Set<String> fromTypes() {
    return fromTypes;
  }

  /** The entity type names this role may point to. */
  public Set<String> toTypes() {
    return toTypes;
  }

  /** Whether this role may connect {@code from} to {@code to}, judging by their entity types. */
  public boolean allows(RecordRef from, RecordRef to) {
    return fromTypes.contains(from.type()) && toTypes.contains(to.type());
  }
}
