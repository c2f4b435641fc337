package io.crmkit.core.party;

import io.crmkit.core.query.FieldRef;
import java.time.Instant;

/**
 * The queryable fields of {@link Account} ({@link Account#TYPE}), for criteria and sort keys, e.g.
 * {@code Criteria.eq(AccountFields.DOMAIN, "example.com")}. Custom fields are queried as
 * {@code custom.<key>}.
 */
public final class AccountFields {
  private AccountFields() {}

  /** The account name. Indexed. */
  public static final FieldRef<String> NAME = FieldRef.text("name");
  /** The web domain, normalised (e.g. {@code example.com}); absent when none. Indexed. */
  public static final FieldRef<String> DOMAIN = FieldRef.text("domain");
  /** The industry; absent when none. */
  public static final FieldRef<String> INDUSTRY = FieldRef.text("industry");
  /** The owner as {@code user:<id>} or {@code team:<id>}. Indexed. */
  public static final FieldRef<String> OWNER = FieldRef.text("owner");
  /** The {@link RelationshipType} name. */
  public static final FieldRef<String> RELATIONSHIP_TYPE = FieldRef.text("relationshipType");
  /** Every e-mail address, normalised. Multi-valued, indexed. */
  public static final FieldRef<String> EMAIL = FieldRef.text("email");
  /** Every phone number in E.164. Multi-valued, indexed. */
  public static final FieldRef<String> PHONE = FieldRef.text("phone");
  /** Every external id as {@code system:id}. Multi-valued, indexed. */
  public static final FieldRef<String> EXTERNAL_ID = FieldRef.text("externalId");
  public static final FieldRef<Instant> CREATED_AT = FieldRef.instant("createdAt");
  /** Indexed. */
  public static final FieldRef<Instant> UPDATED_AT = FieldRef.instant("updatedAt");
}
