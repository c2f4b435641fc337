package io.crmkit.sales.partner;

import io.crmkit.core.party.Account;
import io.crmkit.sales.opportunity.Opportunity;
import java.util.Objects;

/**
 * A converted deal registration: the registration (now converted, naming the opportunity), the opportunity (with
 * the partner set), the customer's account (found or created) and the event.
 *
 * <p>{@code OpportunityId opened = registrations.convert(id, version, request).opportunity().id();}
 */
public record ConvertedDeal(DealRegistration registration, Opportunity opportunity, Account account, DealConverted event) {
  public ConvertedDeal {
    Objects.requireNonNull(registration, "registration");
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(event, "event");
  }
}
