package io.crmkit.sales.opportunity;

import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.money.Money;
import io.crmkit.core.party.AccountId;
import io.crmkit.sales.pipeline.Pipeline;
import java.time.Instant;
import java.time.LocalDate;

/** Test opportunities. */
final class Deals {
  static final TenantId ACME = TenantId.of("acme");
  static final Instant T0 = Instant.parse("2026-01-15T10:00:00Z");

  private Deals() {}

  static Opportunity.Builder draft(String id, Pipeline pipeline, Instant at) {
    return Opportunity.builder(new OpportunityId(id), ACME)
        .name("Deal " + id)
        .account(new AccountId("acc-1"))
        .owner(Owner.user("u-1"))
        .closeDate(LocalDate.parse("2026-03-31"))
        .amount(Money.of("1000", "EUR"))
        .startIn(pipeline, at);
  }
}
