package io.crmkit.sales.quote;

import io.crmkit.core.ValidationException;
import io.crmkit.sales.opportunity.Opportunity;
import io.crmkit.sales.product.LineItem;
import io.crmkit.sales.product.Product;
import io.crmkit.sales.product.ProductId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Quotes made from an opportunity's line items, as Salesforce's "New Quote" copies the opportunity products:
 * each {@link LineItem} becomes a {@link QuoteLine} snapshot with the product's code and name, the quantity,
 * the sales price as unit price, the discount and a tax rate from {@link QuoteTaxes}. The quote is in the
 * opportunity's currency and, both rounding each line half-even once, its net total equals the opportunity's
 * amount to the cent.
 *
 * <pre>{@code
 * Quote quote = OpportunityQuotes.draft(ids.next(QuoteId::new), deal, products, QuoteTaxes.flat(new BigDecimal("19")),
 *     ZoneId.of("Europe/Berlin"), LocalDate.parse("2026-04-30"), clock.instant());
 * }</pre>
 */
public final class OpportunityQuotes {
  private OpportunityQuotes() {}

  /**
   * The quote lines of {@code opportunity}'s line items, in their order.
   *
   * @param products the products the line items name (others are ignored), of the opportunity's tenant
   * @throws ValidationException if a line item's product is missing from {@code products} or belongs to another
   *     tenant, a product has no tax rate, or the opportunity has an amount but no line items to quote
   */
  public static List<QuoteLine> lines(Opportunity opportunity, Collection<Product> products, QuoteTaxes taxes) {
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(products, "products");
    Objects.requireNonNull(taxes, "taxes");
    ValidationException.check(
        !opportunity.lineItems().isEmpty() || opportunity.amount().isZero(),
        "opportunity.lineItems",
        "opportunity " + opportunity.id().value() + " has the amount " + opportunity.amount()
            + " but no line items to quote; add its products first");
    Map<ProductId, Product> byId = new HashMap<>();
    for (Product p : products) {
      byId.put(Objects.requireNonNull(p, "products[]").id(), p);
    }
    List<QuoteLine> lines = new ArrayList<>();
    List<LineItem> items = opportunity.lineItems();
    for (int i = 0; i < items.size(); i++) {
      LineItem item = items.get(i);
      Product product = byId.get(item.product());
      String field = "opportunity.lineItems[" + i + "].product";
      if (product == null) {
        throw new ValidationException(field, "product " + item.product().value() + " is not among the products given");
      }
      ValidationException.check(
          product.tenantId().equals(opportunity.tenantId()),
          field,
          "product " + product.id().value() + " belongs to tenant " + product.tenantId() + ", not " + opportunity.tenantId());
      lines.add(new QuoteLine(
          product.code(), product.name(), item.quantity(), item.salesPrice(), item.discountPercent(), taxes.rateOf(product.id())));
    }
    return List.copyOf(lines);
  }

  /**
   * A new draft quote (version 0) for {@code opportunity}: its tenant, id and currency, and the {@link #lines}
   * of its line items.
   *
   * @throws ValidationException as {@link #lines} does, or if {@code zone} is a fixed offset
   */
  public static Quote draft(
      QuoteId id, Opportunity opportunity, Collection<Product> products, QuoteTaxes taxes, ZoneId zone, LocalDate validUntil,
      Instant createdAt) {
    Objects.requireNonNull(id, "id");
    return Quote.draft(
        id, opportunity.tenantId(), opportunity.id(), opportunity.currency(), zone, lines(opportunity, products, taxes), validUntil,
        createdAt);
  }

  /**
   * {@code quote} revised to {@code opportunity}'s current line items (after the deal's products changed).
   *
   * @throws ValidationException if the quote is another opportunity's or in another currency, or as {@link #lines} does
   * @throws io.crmkit.core.IllegalTransitionException if the quote cannot be revised now
   */
  public static Quote revise(
      Quote quote, Opportunity opportunity, Collection<Product> products, QuoteTaxes taxes, LocalDate validUntil, Clock clock) {
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(opportunity, "opportunity");
    ValidationException.check(
        quote.opportunityId().equals(opportunity.id()),
        "opportunity",
        "quote " + quote.id().value() + " is for opportunity " + quote.opportunityId().value() + ", not " + opportunity.id().value());
    ValidationException.check(
        quote.currency().equals(opportunity.currency()),
        "opportunity.currency",
        "the quote is in " + quote.currency() + " but the opportunity now in " + opportunity.currency() + "; draft a new quote");
    return quote.revise(lines(opportunity, products, taxes), validUntil, clock);
  }
}
