package io.crmkit.sales.partner;

import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.money.Money;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.statemachine.StateChange;
import io.crmkit.core.statemachine.StateHistory;
import io.crmkit.sales.lead.ConversionInfo;
import io.crmkit.sales.lead.Lead;
import io.crmkit.sales.lead.LeadId;
import io.crmkit.sales.opportunity.Opportunity;
import io.crmkit.sales.opportunity.OpportunityId;
import io.crmkit.sales.opportunity.OpportunityStages;
import io.crmkit.sales.pipeline.Pipelines;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Leads, opportunities and registrations in a given state and at given instants, for performance figures. */
final class Records {
  static final TenantId ACME = TenantId.of("acme");

  private Records() {}

  static Partner partner(String id, String name) {
    Instant t = Instant.parse("2025-01-01T00:00:00Z");
    return Partner.enrol(new PartnerId(id), ACME, new AccountId("acc-" + id), name, PartnerType.RESELLER, PartnerTier.GOLD, t)
        .withUser(PartnerUser.of("user-" + id, PartnerRole.EXECUTIVE));
  }

  /** A deal shared with {@code partner} (or direct), created at {@code created}, open or closed won/lost at {@code closed}. */
  static Opportunity deal(String id, Optional<AccountId> partner, Money amount, Instant created, String outcome, Instant closed) {
    Opportunity.Builder b = Opportunity.builder(new OpportunityId(id), ACME).name("Deal " + id).account(new AccountId("customer"))
        .owner(Owner.user("u-1")).closeDate(LocalDate.ofInstant(closed, ZoneOffset.UTC)).amount(amount)
        .startIn(Pipelines.standardSales(), created);
    partner.ifPresent(b::partner);
    Opportunity o = b.build();
    return switch (outcome) {
      case "won" -> OpportunityStages.decide(o, Pipelines.standardSales(), "closed_won", Optional.of("Won"), closed).opportunity();
      case "lost" -> OpportunityStages.decide(o, Pipelines.standardSales(), "closed_lost", Optional.of("Lost"), closed).opportunity();
      default -> o;
    };
  }

  /** A lead shared with {@code partner}, created at {@code created}, converted at {@code converted} if given. */
  static Lead lead(String id, Optional<AccountId> partner, Instant created, Optional<Instant> converted) {
    Lead.Builder b = Lead.builder(new LeadId(id), ACME).name(PersonName.of("Zoë", "Ng")).owner(Owner.user("u-1"))
        .createdAt(created).updatedAt(converted.orElse(created));
    partner.ifPresent(b::partner);
    converted.ifPresent(at -> b
        .statusHistory(new StateHistory(List.of(new StateChange(Optional.empty(), "new", StateChange.START, created),
            new StateChange(Optional.of("new"), "converted", "convert", at))))
        .conversion(new ConversionInfo(at, "u-1", new AccountId("customer"), new ContactId("c-" + id), Optional.empty())));
    return b.build();
  }

  /**
   * A registration of {@code partner} submitted at {@code submitted} (or a draft when absent), then approved or
   * rejected at {@code decided} when {@code decision} says so ({@code "approve"}, {@code "reject"}, anything else: none).
   */
  static DealRegistration registration(String id, Partner partner, Instant created, Optional<Instant> submitted, String decision,
      Instant decided) {
    LocalDate far = LocalDate.parse("2030-01-01");
    DealRegistration r = DealRegistration.draft(new DealRegistrationId(id), partner, partner.users().get(0).userId(),
            DealCustomer.of("Customer " + id), Money.of("100", "EUR"), far, created)
        .withContact(DealContact.of(PersonName.of("Ada", "Lovelace"))).withProducts(List.of("X"));
    if (submitted.isEmpty()) {
      return r;
    }
    r = fire(r, DealRegistrationLifecycle.SUBMIT, submitted.get(), Optional.empty(), Optional.empty(), Optional.empty());
    return switch (decision) {
      case "approve" -> fire(r, DealRegistrationLifecycle.APPROVE, decided, Optional.of("channel-1"), Optional.empty(), Optional.of(far));
      case "reject" -> fire(r, DealRegistrationLifecycle.REJECT, decided, Optional.of("channel-1"), Optional.of("No"), Optional.empty());
      default -> r;
    };
  }

  private static DealRegistration fire(DealRegistration r, String event, Instant at, Optional<String> by, Optional<String> reason,
      Optional<LocalDate> expiry) {
    var decision = DealRegistrationLifecycle.MACHINE.fireOrThrow(r.status(), event,
        new RegistrationFacts(r, LocalDate.ofInstant(at, ZoneOffset.UTC), reason));
    return r.decided(decision, at, List.of(), by, reason, expiry, Optional.empty());
  }
}
