package io.crmkit.sales.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ValidationException;
import io.crmkit.core.json.CrmJson;
import io.crmkit.core.money.Money;
import io.crmkit.core.party.ContactId;
import io.crmkit.sales.pipeline.ForecastCategory;
import io.crmkit.sales.pipeline.Pipelines;
import io.crmkit.sales.product.LineItem;
import io.crmkit.sales.product.PriceBook;
import io.crmkit.sales.product.PriceBookEntry;
import io.crmkit.sales.product.PriceBookId;
import io.crmkit.sales.product.ProductId;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OpportunityTest {
  private final ProductId seat = new ProductId("seat");
  private final ProductId support = new ProductId("support");
  private final PriceBook book = PriceBook.standard(new PriceBookId("std"), Deals.ACME, "Standard")
      .withEntry(PriceBookEntry.of(seat, Money.of("49.99", "EUR")))
      .withEntry(PriceBookEntry.of(support, Money.of("1200", "EUR")))
      .withEntry(PriceBookEntry.of(seat, Money.of("55", "USD")));
  private final Opportunity deal = Deals.draft("o-1", Pipelines.standardSales(), Deals.T0).build();

  @Test
  @DisplayName("the text fields pipelines, forecasts and reports filter on are indexed, so a store answers eq on them from its index")
  void indexedFields() {
    assertThat(Opportunity.TYPE.indexedFields()).extracting(b -> b.name()).contains(
        OpportunityFields.PIPELINE.name(), OpportunityFields.STAGE.name(), OpportunityFields.FORECAST_CATEGORY.name(),
        OpportunityFields.CURRENCY.name(), OpportunityFields.STATUS.name(), OpportunityFields.OWNER.name(),
        OpportunityFields.ACCOUNT_ID.name(), OpportunityFields.CONTACT_ID.name());
  }

  @Test
  @DisplayName("a new opportunity starts in the pipeline's first stage with its probability and category")
  void starts() {
    assertThat(deal.stage()).isEqualTo("prospecting");
    assertThat(deal.probability()).isEqualTo(10);
    assertThat(deal.forecastCategory()).isEqualTo(ForecastCategory.PIPELINE);
    assertThat(deal.status()).isEqualTo(OpportunityStatus.OPEN);
    assertThat(deal.stageHistory().startedAt()).isEqualTo(Deals.T0);
    assertThat(deal.expectedRevenue()).isEqualTo(Money.of("100", "EUR"));
    assertThat(deal.closedAt()).isEmpty();
  }

  @Test
  @DisplayName("with line items the amount is the sum of their totals, in the opportunity's currency")
  void amountFromLines() {
    Opportunity withLines = deal
        .withLineItem(LineItem.of(book, seat, Money.currency("EUR"), new BigDecimal("3")).withDiscountPercent(new BigDecimal("12.5")))
        .withLineItem(LineItem.of(book, support, Money.currency("EUR"), BigDecimal.ONE));
    // 3 × 49.99 × 0.875 = 131.22375 → 131.22; + 1200
    assertThat(withLines.amount()).isEqualTo(Money.of("1331.22", "EUR"));
    assertThatThrownBy(() -> withLines.withAmount(Money.of("5", "EUR"))).hasMessageContaining("line items' totals");
    assertThatThrownBy(() -> deal.withLineItem(LineItem.of(book, seat, Money.currency("USD"), BigDecimal.ONE)))
        .isInstanceOf(ValidationException.class).hasMessageContaining("currency EUR");
    assertThat(withLines.withLineItems(List.of()).amount()).isEqualTo(Money.of("0", "EUR"));
    assertThatThrownBy(() -> deal.withAmount(Money.of("5", "USD"))).hasMessageContaining("opportunity's currency");
  }

  @Test
  @DisplayName("contact roles: one per contact, at most one primary; a new primary demotes the old")
  void contactRoles() {
    ContactId ada = new ContactId("ada");
    ContactId bob = new ContactId("bob");
    Opportunity o = deal.withContactRole(ContactRole.primary(ada, ContactRole.Role.DECISION_MAKER))
        .withContactRole(ContactRole.primary(bob, ContactRole.Role.ECONOMIC_BUYER));
    assertThat(o.primaryContact()).contains(bob);
    assertThat(o.contactRoles()).hasSize(2).filteredOn(ContactRole::primary).hasSize(1);
    assertThatThrownBy(() -> deal.toBuilder()
            .contactRole(ContactRole.primary(ada, ContactRole.Role.OTHER))
            .contactRole(ContactRole.primary(bob, ContactRole.Role.OTHER)).build())
        .hasMessageContaining("at most one contact role is primary");
    assertThatThrownBy(() -> deal.toBuilder()
            .contactRole(ContactRole.of(ada, ContactRole.Role.OTHER)).contactRole(ContactRole.of(ada, ContactRole.Role.EVALUATOR)).build())
        .hasMessageContaining("has two roles");
  }

  @Test
  @DisplayName("rejects inconsistent values with the field named")
  void invalid() {
    assertThatThrownBy(() -> deal.withProbability(101))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("probability"));
    assertThatThrownBy(() -> deal.withForecastCategory(ForecastCategory.CLOSED)).hasMessageContaining("open opportunity cannot forecast as CLOSED");
    assertThatThrownBy(() -> deal.withCompetitors(List.of("Globex", "globex"))).hasMessageContaining("listed twice");
    assertThatThrownBy(() -> deal.toBuilder().closeReason("price").build()).hasMessageContaining("only a closed opportunity");
    assertThatThrownBy(() -> deal.toBuilder().stage("standard_sales", "qualification", OpportunityStatus.OPEN).build())
        .hasMessageContaining("must end in the current stage");
    assertThatThrownBy(() -> Opportunity.builder(new OpportunityId("x"), Deals.ACME).build())
        .isInstanceOf(NullPointerException.class).hasMessage("currency");
    assertThat(deal.withForecastCategory(ForecastCategory.COMMIT).withProbability(80).probability()).isEqualTo(80);
  }

  @Test
  @DisplayName("survives a JSON document round trip (how document stores keep it)")
  void json() {
    Opportunity rich = deal
        .withLineItem(LineItem.of(book, seat, Money.currency("EUR"), new BigDecimal("2.5")))
        .withContactRole(ContactRole.primary(new ContactId("ada"), ContactRole.Role.DECISION_MAKER))
        .withCompetitors(List.of("Globex"))
        .withNextStep("Send the proposal");
    Opportunity moved = OpportunityStages.decide(
        rich, Pipelines.standardSales(), "closed_won", java.util.Optional.of("Price"), Deals.T0.plusSeconds(60)).opportunity();
    String json = CrmJson.documentOf(moved);
    assertThat(CrmJson.fromDocument(json, Opportunity.TYPE)).isEqualTo(moved);
  }
}
