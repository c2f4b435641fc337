package io.crmkit.sales.lead;

import io.crmkit.core.match.IncrementalMatcher;
import io.crmkit.core.match.MatchRule;
import io.crmkit.core.match.PartyExtractors;
import java.util.Objects;

/**
 * The standard {@link ConversionMatcher}s.
 *
 * <ul>
 *   <li>{@link #rules()} (the default): candidates come from the store's indexes — contacts with the lead's
 *       e-mail or phone or at the lead's account, accounts with the lead's company domain or a name starting
 *       like the lead's company — and are judged by Salesforce-style {@link MatchRule}s on crm-core's
 *       normalisation: a contact matches on the same e-mail and a similar name, or on a similar given name, the
 *       same family name and the same phone or account; an account matches on the same web domain or the same
 *       company name once legal suffixes, case and accents are set aside. Deterministic, needs no fitting.
 *   <li>{@link #incremental}: the host's Fellegi–Sunter {@link IncrementalMatcher}s over its contacts and
 *       accounts (schemas {@link PartyExtractors#CONTACT_SCHEMA} and {@link PartyExtractors#ACCOUNT_SCHEMA}),
 *       refreshed with the converted records after each conversion.
 * </ul>
 *
 * <p>{@code LeadConversion.builder(store, clock, ids).matcher(ConversionMatchers.rules()).build()}
 */
public final class ConversionMatchers {
  private ConversionMatchers() {}

  /** Salesforce-style rules over index-found candidates (above). */
  public static ConversionMatcher rules() {
    return RuleConversionMatcher.STANDARD;
  }

  /**
   * The best match of the host's matchers at or above their thresholds; a base of fewer than two records
   * matches nothing (no model can be fitted on it).
   *
   * @param contacts a matcher over the tenant's contacts, fed with {@code PartyExtractors.contacts()}
   * @param accounts a matcher over the tenant's accounts, fed with {@code PartyExtractors.accounts()}
   */
  public static ConversionMatcher incremental(IncrementalMatcher contacts, IncrementalMatcher accounts) {
    return new IncrementalConversionMatcher(
        Objects.requireNonNull(contacts, "contacts"), Objects.requireNonNull(accounts, "accounts"));
  }

  /** A matcher that never finds anything, so every conversion creates a new account and contact. */
  public static ConversionMatcher none() {
    return NoMatch.INSTANCE;
  }
}
