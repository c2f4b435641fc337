package io.crmkit.sales.opportunity;

import io.crmkit.core.RecordRef;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import java.util.LinkedHashSet;
import java.util.Set;

/** What the opportunity events share: their subjects, the opportunity and then its account. */
final class OpportunityEvents {
  private OpportunityEvents() {}

  static Set<RecordRef> subjects(OpportunityId opportunity, AccountId account) {
    Set<RecordRef> s = new LinkedHashSet<>();
    s.add(RecordRef.of(Opportunity.TYPE_NAME, opportunity));
    s.add(RecordRef.of(Account.TYPE_NAME, account));
    return java.util.Collections.unmodifiableSet(s);
  }
}
