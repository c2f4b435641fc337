package io.crmkit.core.access;

import io.crmkit.core.ValidationException;
import io.crmkit.core.query.FieldRef;
import java.util.Objects;
import java.util.Optional;

/**
 * The sharing settings of one entity type: the organisation-wide default for internal users and the external
 * default for partner users (never more open than the internal one, as in Salesforce), whether the role
 * hierarchy grants access (Salesforce's "grant access using hierarchies": a user sees, edits and deletes what
 * the users below its role own), and the text field holding a record's partner account id, if the type has one.
 * Types without settings are private for everyone, with hierarchies and without a partner field.
 *
 * <p>{@code ObjectSharing.of("contact", OrgWideDefault.PUBLIC_READ).withPartnerField("partner")}
 */
public record ObjectSharing(
    String entityType,
    OrgWideDefault internalDefault,
    OrgWideDefault externalDefault,
    boolean grantAccessUsingHierarchies,
    Optional<String> partnerField) {
  public ObjectSharing {
    Objects.requireNonNull(internalDefault, "internalDefault");
    Objects.requireNonNull(externalDefault, "externalDefault");
    Objects.requireNonNull(partnerField, "partnerField");
    TypeNames.checked(entityType, "entityType");
    ValidationException.check(externalDefault.compareTo(internalDefault) <= 0, "objects." + entityType + ".externalDefault",
        "must not be more open than the internal default " + internalDefault + " but was " + externalDefault);
    partnerField.ifPresent(FieldRef::text);
  }

  /** {@code internal} for internal users, private for partners, hierarchies granting, no partner field. */
  public static ObjectSharing of(String entityType, OrgWideDefault internal) {
    return new ObjectSharing(entityType, internal, OrgWideDefault.PRIVATE, true, Optional.empty());
  }

  /** The settings of a type nobody configured: private, hierarchies granting, no partner field. */
  public static ObjectSharing defaults(String entityType) {
    return of(entityType, OrgWideDefault.PRIVATE);
  }

  public ObjectSharing withExternalDefault(OrgWideDefault value) {
    return new ObjectSharing(entityType, internalDefault, value, grantAccessUsingHierarchies, partnerField);
  }

  public ObjectSharing withHierarchies(boolean value) {
    return new ObjectSharing(entityType, internalDefault, externalDefault, value, partnerField);
  }

  public ObjectSharing withPartnerField(String field) {
    return new ObjectSharing(entityType, internalDefault, externalDefault, grantAccessUsingHierarchies, Optional.of(field));
  }
}
