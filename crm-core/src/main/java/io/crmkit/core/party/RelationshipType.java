package io.crmkit.core.party;

/**
 * What a contact or account is to the tenant's business, e.g. {@code contact.withRelationshipType(CUSTOMER)}.
 * Queryable as text ({@code ContactFields.RELATIONSHIP_TYPE}).
 */
public enum RelationshipType {
  CUSTOMER,
  PROSPECT,
  PARTNER,
  COMPETITOR,
  SUPPLIER,
  OTHER
}
