package io.crmkit.sales.opportunity;

import io.crmkit.core.query.FieldRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The queryable fields of {@link Opportunity} ({@link Opportunity#TYPE}), for criteria and sort keys, e.g.
 * {@code Criteria.eq(OpportunityFields.ACCOUNT_ID, account.id().value())}.
 */
public final class OpportunityFields {
  private OpportunityFields() {}

  /** The account's id. Indexed. */
  public static final FieldRef<String> ACCOUNT_ID = FieldRef.text("accountId");
  /** The owner as {@code user:<id>} or {@code team:<id>}. Indexed. */
  public static final FieldRef<String> OWNER = FieldRef.text("owner");
  /**
   * The id of the partner account the deal is shared with; absent for a direct deal. Partner visibility keys on
   * it (see {@code io.crmkit.sales.partner.PartnerSharing}). Indexed.
   */
  public static final FieldRef<String> PARTNER = FieldRef.text("partner");
  /** The pipeline's name. Indexed. */
  public static final FieldRef<String> PIPELINE = FieldRef.text("pipeline");
  /** The current stage key. Indexed. */
  public static final FieldRef<String> STAGE = FieldRef.text("stage");
  /** The {@link OpportunityStatus} by name. Indexed. */
  public static final FieldRef<String> STATUS = FieldRef.text("status");
  /** The {@link io.crmkit.sales.pipeline.ForecastCategory} by name. Indexed. */
  public static final FieldRef<String> FORECAST_CATEGORY = FieldRef.text("forecastCategory");
  /** The expected (or actual) close date. */
  public static final FieldRef<LocalDate> CLOSE_DATE = FieldRef.date("closeDate");
  /** The amount, in the opportunity's currency. */
  public static final FieldRef<BigDecimal> AMOUNT = FieldRef.decimal("amount");
  /** The ISO 4217 currency code. Indexed. */
  public static final FieldRef<String> CURRENCY = FieldRef.text("currency");
  /** The ids of the contacts with a contact role. Multi-valued, indexed. */
  public static final FieldRef<String> CONTACT_ID = FieldRef.text("contactId");
  public static final FieldRef<Instant> CREATED_AT = FieldRef.instant("createdAt");
  public static final FieldRef<Instant> UPDATED_AT = FieldRef.instant("updatedAt");
}
