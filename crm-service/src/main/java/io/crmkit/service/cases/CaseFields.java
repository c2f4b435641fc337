package io.crmkit.service.cases;

import io.crmkit.core.query.FieldRef;
import java.time.Instant;

/**
 * The queryable fields of {@link Case} ({@link Case#TYPE}), e.g.
 * {@code Criteria.eq(CaseFields.CONTACT_ID, contact.value())}. Custom fields are queried as {@code custom.<key>}.
 */
public final class CaseFields {
  private CaseFields() {}

  /** The status, a state of the tenant's {@link CaseLifecycle}. Indexed. */
  public static final FieldRef<String> STATUS = FieldRef.text("status");
  /** The {@link CasePriority} name. */
  public static final FieldRef<String> PRIORITY = FieldRef.text("priority");
  /** The case type, e.g. {@code question}; absent when not set. */
  public static final FieldRef<String> CASE_TYPE = FieldRef.text("caseType");
  /** The product the case is about; absent when not set. */
  public static final FieldRef<String> PRODUCT = FieldRef.text("product");
  /** The {@link CaseChannel} name of origin. */
  public static final FieldRef<String> CHANNEL = FieldRef.text("channel");
  /** The contact's id. Indexed. */
  public static final FieldRef<String> CONTACT_ID = FieldRef.text("contactId");
  /** The account's id. Indexed. */
  public static final FieldRef<String> ACCOUNT_ID = FieldRef.text("accountId");
  /** The owner (user) or queue (team) as {@code user:<id>} / {@code team:<id>}. Indexed. */
  public static final FieldRef<String> OWNER = FieldRef.text("owner");
  /** The parent case's id. Indexed. */
  public static final FieldRef<String> PARENT_ID = FieldRef.text("parentId");
  /** The id of the case this one was merged into. Indexed. */
  public static final FieldRef<String> MERGED_INTO = FieldRef.text("mergedInto");
  /** Every message id the case's conversation has mentioned (multi-valued). Indexed. */
  public static final FieldRef<String> THREAD_KEYS = FieldRef.text("threadKeys");
  public static final FieldRef<Instant> CREATED_AT = FieldRef.instant("createdAt");
  /** Indexed. */
  public static final FieldRef<Instant> UPDATED_AT = FieldRef.instant("updatedAt");
}
