package io.crmkit.sales.lead;

import io.crmkit.core.query.FieldRef;
import java.time.Instant;

/**
 * The queryable fields of {@link Lead} ({@link Lead#TYPE}), for criteria and sort keys, e.g.
 * {@code Criteria.eq(LeadFields.STATUS, LeadLifecycle.WORKING)}. Custom fields are queried as
 * {@code custom.<key>}.
 */
public final class LeadFields {
  private LeadFields() {}

  /** The given name; absent when the lead has only a family name. */
  public static final FieldRef<String> GIVEN_NAME = FieldRef.text("givenName");
  /** The family name; absent when the lead has only a given name. */
  public static final FieldRef<String> FAMILY_NAME = FieldRef.text("familyName");
  /** The company the person works for; absent when none was given. */
  public static final FieldRef<String> COMPANY = FieldRef.text("company");
  /** The company's web domain, normalised (e.g. {@code acme.example}). Indexed. */
  public static final FieldRef<String> COMPANY_DOMAIN = FieldRef.text("companyDomain");
  /** The e-mail address, normalised (lower case). Indexed. */
  public static final FieldRef<String> EMAIL = FieldRef.text("email");
  /** The phone number in E.164. Indexed. */
  public static final FieldRef<String> PHONE = FieldRef.text("phone");
  /** The {@link LeadSource} code, e.g. {@code web}. Indexed. */
  public static final FieldRef<String> SOURCE = FieldRef.text("source");
  /** The status: the state of the tenant's {@link LeadLifecycle}, e.g. {@code working}. Indexed. */
  public static final FieldRef<String> STATUS = FieldRef.text("status");
  /** The {@link LifecycleStage} name, e.g. {@code MARKETING_QUALIFIED_LEAD}. Indexed. */
  public static final FieldRef<String> STAGE = FieldRef.text("stage");
  /** The {@link LeadRating} name; absent when unrated. Indexed. */
  public static final FieldRef<String> RATING = FieldRef.text("rating");
  /** The owner as {@code user:<id>} or {@code team:<id>}. Indexed. */
  public static final FieldRef<String> OWNER = FieldRef.text("owner");
  /**
   * The id of the partner account the lead is shared with; absent for a direct lead. Partner visibility keys
   * on it (see {@code io.crmkit.sales.partner.PartnerSharing}). Indexed.
   */
  public static final FieldRef<String> PARTNER = FieldRef.text("partner");
  /** The id of the account a converted lead became; absent until converted. Indexed. */
  public static final FieldRef<String> CONVERTED_ACCOUNT_ID = FieldRef.text("convertedAccountId");
  /** The id of the contact a converted lead became; absent until converted. Indexed. */
  public static final FieldRef<String> CONVERTED_CONTACT_ID = FieldRef.text("convertedContactId");
  /** The id of the opportunity a conversion created; absent when none. Indexed. */
  public static final FieldRef<String> CONVERTED_OPPORTUNITY_ID = FieldRef.text("convertedOpportunityId");
  /** When the lead was converted; absent until then. */
  public static final FieldRef<Instant> CONVERTED_AT = FieldRef.instant("convertedAt");
  public static final FieldRef<Instant> CREATED_AT = FieldRef.instant("createdAt");
  /** Indexed. */
  public static final FieldRef<Instant> UPDATED_AT = FieldRef.instant("updatedAt");
}
