package io.crmkit.sales.lead;

import io.crmkit.core.ValidationException;
import java.util.Objects;

/**
 * Where a lead came from, as a tenant's picklist code in lower snake case. The constants are Salesforce's
 * standard values; tenants add their own with {@link #of(String)}, e.g. {@code LeadSource.of("webinar_2026")}.
 */
public record LeadSource(String code) {
  /** A web form or the web site. */
  public static final LeadSource WEB = new LeadSource("web");
  /** An inbound phone call. */
  public static final LeadSource PHONE_INQUIRY = new LeadSource("phone_inquiry");
  /** Referred by a partner. */
  public static final LeadSource PARTNER_REFERRAL = new LeadSource("partner_referral");
  /** Referred by an employee. */
  public static final LeadSource EMPLOYEE_REFERRAL = new LeadSource("employee_referral");
  /** A bought or rented list. */
  public static final LeadSource PURCHASED_LIST = new LeadSource("purchased_list");
  /** Met at a trade show or event. */
  public static final LeadSource TRADE_SHOW = new LeadSource("trade_show");
  /** Answered an e-mail or marketing campaign. */
  public static final LeadSource CAMPAIGN = new LeadSource("campaign");
  /** Anything else. */
  public static final LeadSource OTHER = new LeadSource("other");

  public LeadSource {
    Objects.requireNonNull(code, "code");
    ValidationException.check(
        code.matches("[a-z][a-z0-9_]{0,63}"),
        "source",
        "must be a lower snake case code such as 'web' or 'trade_show' but was '" + code + "'");
  }

  /** The source with {@code code}. */
  public static LeadSource of(String code) {
    return new LeadSource(code);
  }

  @Override
  public String toString() {
    return code;
  }
}
