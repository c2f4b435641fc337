package io.crmkit.sales.lead;

import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.store.TenantStore;
import java.util.Optional;

/**
 * Finds the existing account and contact a lead should be converted into, on crm-core's matching engine.
 * {@link ConversionMatchers} has the two standard ones: Salesforce-style rules over candidates found through
 * the store's indexes ({@link ConversionMatchers#rules()}, the default), and the Fellegi–Sunter {@link
 * io.crmkit.core.match.IncrementalMatcher}s a host keeps over its base ({@link ConversionMatchers#incremental}).
 *
 * <p>Both methods run inside the conversion's transaction and read through {@code store} only.
 */
public interface ConversionMatcher {
  /** The best existing account for {@code lead}, if one matches. */
  Optional<PartyMatch<AccountId>> account(TenantStore store, Lead lead);

  /**
   * The best existing contact for {@code lead}, if one matches; {@code account} is the account the lead is
   * being converted into, when it is already known to exist.
   */
  Optional<PartyMatch<ContactId>> contact(TenantStore store, Lead lead, Optional<AccountId> account);

  /**
   * Called after a conversion committed, with the account and contact as stored, so a matcher that keeps an
   * index can add or refresh them; the default does nothing.
   */
  default void converted(Account account, Contact contact) {}
}
