package io.crmkit.sales.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PricingTest {
  private static final TenantId T = TenantId.of("acme");
  private static final Currency EUR = Money.currency("EUR");
  private static final Currency JPY = Money.currency("JPY");
  private final Product seat = Product.of(new ProductId("p-seat"), T, "SEAT", "Seat");
  private final PriceBook standard = PriceBook.standard(new PriceBookId("pb-std"), T, "Standard")
      .withEntry(PriceBookEntry.of(seat.id(), Money.of("49.00", "EUR")))
      .withEntry(PriceBookEntry.of(seat.id(), Money.of("7000", "JPY")));

  @Test
  @DisplayName("a line item defaults its sales price to the list price and totals quantity × price × (1 − discount)")
  void totals() {
    LineItem line = LineItem.of(standard, seat.id(), EUR, new BigDecimal("20"));
    assertThat(line.salesPrice()).isEqualTo(line.listPrice()).isEqualTo(Money.of("49", "EUR"));
    assertThat(line.total()).isEqualTo(Money.of("980.00", "EUR"));
    assertThat(line.withDiscountPercent(new BigDecimal("10")).total()).isEqualTo(Money.of("882.00", "EUR"));
    assertThat(line.withSalesPrice(Money.of("45", "EUR")).withQuantity(new BigDecimal("2.5")).total()).isEqualTo(Money.of("112.50", "EUR"));
  }

  @Test
  @DisplayName("totals round half-even to the currency's minor unit")
  void rounding() {
    LineItem cents = LineItem.of(standard, seat.id(), EUR, BigDecimal.ONE).withSalesPrice(Money.of("0.25", "EUR"))
        .withDiscountPercent(new BigDecimal("50")); // 0.125 → 0.12
    assertThat(cents.total()).isEqualTo(Money.of("0.12", "EUR"));
    LineItem odd = cents.withSalesPrice(Money.of("0.75", "EUR")); // 0.375 → 0.38
    assertThat(odd.total()).isEqualTo(Money.of("0.38", "EUR"));
    LineItem yen = LineItem.of(standard, seat.id(), JPY, BigDecimal.ONE).withSalesPrice(Money.of("5", "JPY"))
        .withDiscountPercent(new BigDecimal("50")); // 2.5 → 2
    assertThat(yen.total()).isEqualTo(Money.of("2", "JPY"));
  }

  @Test
  @DisplayName("line items reject bad quantities, discounts and mixed currencies")
  void invalid() {
    LineItem line = LineItem.of(standard, seat.id(), EUR, BigDecimal.ONE);
    assertThatThrownBy(() -> line.withQuantity(BigDecimal.ZERO))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("lineItem.quantity"));
    assertThatThrownBy(() -> line.withDiscountPercent(new BigDecimal("100.01"))).hasMessageContaining("0 to 100");
    assertThatThrownBy(() -> line.withSalesPrice(Money.of("1", "USD"))).hasMessageContaining("list price's currency");
    assertThatThrownBy(() -> LineItem.of(standard, seat.id(), Money.currency("USD"), BigDecimal.ONE)).hasMessageContaining("no USD price");
  }

  @Test
  @DisplayName("price books keep one price per product and currency; custom books need a standard price")
  void priceBooks() {
    PriceBook replaced = standard.withEntry(PriceBookEntry.of(seat.id(), Money.of("59", "EUR")));
    assertThat(replaced.entries()).hasSize(2);
    assertThat(replaced.entry(seat.id(), EUR).map(PriceBookEntry::listPrice)).contains(Money.of("59", "EUR"));
    PriceBook partners = PriceBook.custom(new PriceBookId("pb-partner"), T, "Partners")
        .withEntry(PriceBookEntry.of(seat.id(), Money.of("39", "EUR")));
    partners.requireCoveredBy(standard);
    PriceBook stray = partners.withEntry(PriceBookEntry.of(seat.id(), Money.of("40", "USD")));
    assertThatThrownBy(() -> stray.requireCoveredBy(standard)).hasMessageContaining("none in the standard price book");
    assertThatThrownBy(() -> partners.requireCoveredBy(partners)).hasMessageContaining("not the standard one");
    PriceBook retired = standard.withEntry(new PriceBookEntry(seat.id(), Money.of("49", "EUR"), false));
    assertThatThrownBy(() -> LineItem.of(retired, seat.id(), EUR, BigDecimal.ONE)).hasMessageContaining("inactive");
    assertThatThrownBy(() -> PriceBookEntry.of(seat.id(), Money.of("1.001", "EUR"))).hasMessageContaining("decimals");
  }

  @Test
  void productRules() {
    assertThat(seat.active()).isTrue();
    assertThat(seat.withActive(false).active()).isFalse();
    assertThat(seat.withFamily("Licences").family()).contains("Licences");
    assertThatThrownBy(() -> Product.of(new ProductId("p"), T, " SEAT", "Seat")).hasMessageContaining("surrounding spaces");
  }
}
