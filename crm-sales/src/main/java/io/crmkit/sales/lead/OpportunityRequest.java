package io.crmkit.sales.lead;

import io.crmkit.core.ValidationException;
import io.crmkit.core.money.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * What the person converting a lead says about the opportunity to create (the opportunity part of
 * Salesforce's convert dialog). Every value is optional; the participant that creates the opportunity
 * (e.g. {@code io.crmkit.sales.opportunity.OpportunityFromLead}) fills in its documented defaults.
 *
 * <p>{@code ConversionRequest.of(lead.id(), lead.version(), "u-7").withOpportunity(OpportunityRequest.defaults().withAmount(Money.of("5000", "EUR")))}
 *
 * @param name the opportunity's name; empty for the participant's default (Salesforce: the company name)
 * @param recordType the record type whose pipeline the opportunity starts in; empty for the participant's
 * @param closeDate the expected close date; empty for the participant's default
 * @param amount the amount, which also gives the currency; empty for zero
 * @param currency the currency when no amount is given; must agree with the amount when both are
 */
public record OpportunityRequest(
    Optional<String> name, Optional<String> recordType, Optional<LocalDate> closeDate, Optional<Money> amount,
    Optional<Currency> currency) {

  public OpportunityRequest {
    name = LeadText.optional(name, "opportunity.name");
    Objects.requireNonNull(recordType, "recordType");
    Objects.requireNonNull(closeDate, "closeDate");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    recordType.ifPresent(t -> ValidationException.check(
        t.matches("[a-z][a-z0-9_]{0,63}"), "opportunity.recordType", "must be lower snake case but was '" + t + "'"));
    amount.ifPresent(a -> ValidationException.check(
        !a.isNegative(), "opportunity.amount", "must not be negative but was " + a));
    if (amount.isPresent() && currency.isPresent()) {
      ValidationException.check(
          amount.get().currency().equals(currency.get()),
          "opportunity.currency",
          "must be the amount's currency " + amount.get().currency() + " but was " + currency.get());
    }
  }

  /** An opportunity with every value left to the participant's defaults. */
  public static OpportunityRequest defaults() {
    return new OpportunityRequest(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** An opportunity named {@code name}, everything else by default. */
  public static OpportunityRequest named(String name) {
    return defaults().withName(name);
  }

  public OpportunityRequest withName(String value) {
    return new OpportunityRequest(Optional.of(Objects.requireNonNull(value, "name")), recordType, closeDate, amount, currency);
  }

  public OpportunityRequest withRecordType(String value) {
    return new OpportunityRequest(name, Optional.of(Objects.requireNonNull(value, "recordType")), closeDate, amount, currency);
  }

  public OpportunityRequest withCloseDate(LocalDate value) {
    return new OpportunityRequest(name, recordType, Optional.of(Objects.requireNonNull(value, "closeDate")), amount, currency);
  }

  /** The amount; its currency becomes the opportunity's. */
  public OpportunityRequest withAmount(Money value) {
    return new OpportunityRequest(name, recordType, closeDate, Optional.of(Objects.requireNonNull(value, "amount")), currency);
  }

  /** The currency of an opportunity created without an amount. */
  public OpportunityRequest withCurrency(Currency value) {
    return new OpportunityRequest(name, recordType, closeDate, amount, Optional.of(Objects.requireNonNull(value, "currency")));
  }
}
