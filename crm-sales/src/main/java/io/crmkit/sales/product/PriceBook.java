package io.crmkit.sales.product;

import io.crmkit.core.Aggregate;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.store.EntityType;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A list of prices: the tenant's <em>standard</em> price book holds every product's base price per currency;
 * <em>custom</em> price books (a partner list, a region) hold other prices for products that have a standard
 * price in the same currency, as in Salesforce.
 *
 * <pre>{@code
 * PriceBook standard = PriceBook.standard(ids.next(PriceBookId::new), tenant, "Standard")
 *     .withEntry(PriceBookEntry.of(seat.id(), Money.of("49.00", "EUR")));
 * PriceBook partners = PriceBook.custom(ids.next(PriceBookId::new), tenant, "Partners")
 *     .withEntry(PriceBookEntry.of(seat.id(), Money.of("39.00", "EUR")));
 * partners.requireCoveredBy(standard);
 * LineItem line = LineItem.of(partners, seat.id(), Money.currency("EUR"), BigDecimal.TEN);
 * }</pre>
 *
 * @param standard whether this is the standard price book
 * @param entries at most one per product and currency
 */
public record PriceBook(
    PriceBookId id, TenantId tenantId, long version, String name, boolean standard, boolean active, List<PriceBookEntry> entries)
    implements Aggregate<PriceBookId> {

  /** The entity type name, {@code price_book}. */
  public static final String TYPE_NAME = "price_book";
  /** Whether the book is the standard one; indexed. */
  public static final FieldRef<Boolean> STANDARD = FieldRef.bool("standard");
  /** The ids of the products the book prices (multi-valued); indexed. */
  public static final FieldRef<String> PRODUCT_ID = FieldRef.text("productId");

  /** Describes price books to the stores. */
  public static final EntityType<PriceBook, PriceBookId> TYPE =
      EntityType.builder(TYPE_NAME, PriceBook.class, PriceBookId::new)
          .field(STANDARD, PriceBook::standard)
          .multiField(PRODUCT_ID, b -> b.entries().stream().map(e -> e.product().value()).distinct().toList())
          .index(STANDARD, PRODUCT_ID)
          .build();

  public PriceBook {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(name, "name");
    ValidationException.checkNotNegative(version, "version");
    ValidationException.check(!name.isBlank() && name.length() <= 255, "priceBook.name", "must have 1 to 255 characters and not be blank");
    entries = List.copyOf(entries);
    Set<String> seen = new HashSet<>();
    for (PriceBookEntry e : entries) {
      ValidationException.check(
          seen.add(e.product().value() + " " + e.currency().getCurrencyCode()),
          "priceBook.entries",
          "product " + e.product() + " has two " + e.currency() + " prices in price book '" + name + "'");
    }
  }

  /** A new, active, empty standard price book. */
  public static PriceBook standard(PriceBookId id, TenantId tenantId, String name) {
    return new PriceBook(id, tenantId, 0, name, true, true, List.of());
  }

  /** A new, active, empty custom price book. */
  public static PriceBook custom(PriceBookId id, TenantId tenantId, String name) {
    return new PriceBook(id, tenantId, 0, name, false, true, List.of());
  }

  /** The entry for {@code product} in {@code currency}, active or not. */
  public Optional<PriceBookEntry> entry(ProductId product, Currency currency) {
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(currency, "currency");
    return entries.stream().filter(e -> e.product().equals(product) && e.currency().equals(currency)).findFirst();
  }

  /**
   * The active entry new line items use for {@code product} in {@code currency}.
   *
   * @throws ValidationException if the book is inactive or has no active entry for them
   */
  public PriceBookEntry requireActiveEntry(ProductId product, Currency currency) {
    ValidationException.check(active, "priceBook", "price book '" + name + "' is inactive");
    PriceBookEntry e = entry(product, currency).orElseThrow(() -> new ValidationException(
        "product", "price book '" + name + "' has no " + currency + " price for product " + product));
    ValidationException.check(
        e.active(), "product", "the " + currency + " price of product " + product + " in price book '" + name + "' is inactive");
    return e;
  }

  /** This book with {@code entry}, replacing the entry for the same product and currency. */
  public PriceBook withEntry(PriceBookEntry entry) {
    Objects.requireNonNull(entry, "entry");
    List<PriceBookEntry> next = new ArrayList<>(entries);
    next.removeIf(e -> e.product().equals(entry.product()) && e.currency().equals(entry.currency()));
    next.add(entry);
    return new PriceBook(id, tenantId, version, name, standard, active, next);
  }

  public PriceBook withActive(boolean value) {
    return new PriceBook(id, tenantId, version, name, standard, value, entries);
  }

  /**
   * Checks Salesforce's rule for custom books: every entry here has a standard price in the same currency.
   *
   * @throws ValidationException naming the first product and currency without a standard price, or if
   *     {@code standardBook} is not a standard book of this tenant
   */
  public void requireCoveredBy(PriceBook standardBook) {
    Objects.requireNonNull(standardBook, "standardBook");
    ValidationException.check(standardBook.standard(), "standardBook", "price book '" + standardBook.name() + "' is not the standard one");
    ValidationException.check(
        standardBook.tenantId().equals(tenantId), "standardBook", "belongs to tenant " + standardBook.tenantId() + ", not " + tenantId);
    for (PriceBookEntry e : entries) {
      ValidationException.check(
          standardBook.entry(e.product(), e.currency()).isPresent(),
          "priceBook.entries",
          "product " + e.product() + " has a " + e.currency() + " price in '" + name + "' but none in the standard price book");
    }
  }

  @Override
  public PriceBook withVersion(long version) {
    return new PriceBook(id, tenantId, version, name, standard, active, entries);
  }
}
