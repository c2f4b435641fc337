package io.crmkit.sales.lead;

import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.store.TenantStore;
import java.util.Optional;

/** The matcher that finds nothing ({@link ConversionMatchers#none()}). */
enum NoMatch implements ConversionMatcher {
  INSTANCE;

  @Override
  public Optional<PartyMatch<AccountId>> account(TenantStore store, Lead lead) {
    return Optional.empty();
  }

  @Override
  public Optional<PartyMatch<ContactId>> contact(TenantStore store, Lead lead, Optional<AccountId> account) {
    return Optional.empty();
  }
}
