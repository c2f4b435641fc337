package io.crmkit.core.party;

import io.crmkit.core.query.FieldRef;
import java.time.Instant;

/**
 * The queryable fields of {@link Contact} ({@link Contact#TYPE}), for criteria and sort keys, e.g.
 * {@code Criteria.eq(ContactFields.EMAIL, "ada@example.com")}. Custom fields are queried as
 * {@code FieldRef.text("custom.<key>")} (or the kind of the field's type).
 */
public final class ContactFields {
  private ContactFields() {}

  /** The given name; absent when the contact has only a family name. */
  public static final FieldRef<String> GIVEN_NAME = FieldRef.text("givenName");
  /** The family name; absent when the contact has only a given name. */
  public static final FieldRef<String> FAMILY_NAME = FieldRef.text("familyName");
  /** The id of the contact's account; absent when none. Indexed. */
  public static final FieldRef<String> ACCOUNT_ID = FieldRef.text("accountId");
  /** The owner as {@code user:<id>} or {@code team:<id>}. Indexed. */
  public static final FieldRef<String> OWNER = FieldRef.text("owner");
  /** The {@link RelationshipType} name, e.g. {@code CUSTOMER}. */
  public static final FieldRef<String> RELATIONSHIP_TYPE = FieldRef.text("relationshipType");
  /** The job title; absent when none. */
  public static final FieldRef<String> JOB_TITLE = FieldRef.text("jobTitle");
  /** Every e-mail address, normalised (lower case). Multi-valued, indexed. */
  public static final FieldRef<String> EMAIL = FieldRef.text("email");
  /** Every phone number in E.164. Multi-valued, indexed. */
  public static final FieldRef<String> PHONE = FieldRef.text("phone");
  /** Every external id as {@code system:id}. Multi-valued, indexed. */
  public static final FieldRef<String> EXTERNAL_ID = FieldRef.text("externalId");
  public static final FieldRef<Instant> CREATED_AT = FieldRef.instant("createdAt");
  /** Indexed. */
  public static final FieldRef<Instant> UPDATED_AT = FieldRef.instant("updatedAt");
}
