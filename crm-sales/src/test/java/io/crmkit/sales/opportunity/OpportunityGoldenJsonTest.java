package io.crmkit.sales.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.json.CrmJson;
import io.crmkit.core.money.Money;
import io.crmkit.core.party.ContactId;
import io.crmkit.sales.pipeline.Pipelines;
import io.crmkit.sales.product.LineItem;
import io.crmkit.sales.product.PriceBook;
import io.crmkit.sales.product.PriceBookEntry;
import io.crmkit.sales.product.PriceBookId;
import io.crmkit.sales.product.ProductId;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code src/test/resources/json/opportunity.json} pins the stored (document) format of {@link Opportunity}:
 * the golden file must read back as the sample, and the sample must write exactly as the golden file reads
 * back. To accept a deliberate change of format, run once with {@code -Dcrmkit.golden.update=true} and review
 * the diff.
 */
class OpportunityGoldenJsonTest {
  static Opportunity sample() {
    ProductId seat = new ProductId("seat");
    PriceBook book = PriceBook.standard(new PriceBookId("std"), Deals.ACME, "Standard")
        .withEntry(PriceBookEntry.of(seat, Money.of("49.99", "EUR")));
    Opportunity o = Deals.draft("o-golden", Pipelines.standardSales(), Deals.T0).build()
        .withLineItem(LineItem.of(book, seat, Money.currency("EUR"), new BigDecimal("12")).withDiscountPercent(new BigDecimal("7.5")))
        .withContactRole(ContactRole.primary(new ContactId("ada"), ContactRole.Role.ECONOMIC_BUYER))
        .withContactRole(ContactRole.of(new ContactId("bob"), ContactRole.Role.TECHNICAL_BUYER))
        .withCompetitors(List.of("Globex", "Initech"))
        .withNextStep("Security review");
    o = OpportunityStages.decide(o, Pipelines.standardSales(), "needs_analysis", Optional.empty(), Deals.T0.plusSeconds(86_400)).opportunity();
    return OpportunityStages.decide(o, Pipelines.standardSales(), "closed_won", Optional.of("Best integration"),
        Deals.T0.plusSeconds(10 * 86_400)).opportunity().withVersion(3);
  }

  @Test
  @DisplayName("opportunity.json reads back as the sample and the sample writes as it")
  void matchesGoldenFile() throws IOException {
    Opportunity sample = sample();
    if (Boolean.getBoolean("crmkit.golden.update")) {
      Path file = Path.of("src/test/resources/json/opportunity.json");
      Files.createDirectories(file.getParent());
      Files.writeString(file, CrmJson.write(sample) + "\n");
      return;
    }
    String golden;
    try (InputStream in = OpportunityGoldenJsonTest.class.getResourceAsStream("/json/opportunity.json")) {
      assertThat(in).as("golden file (create it with -Dcrmkit.golden.update=true)").isNotNull();
      golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Opportunity read = CrmJson.fromDocument(golden, Opportunity.TYPE);
    assertThat(read).isEqualTo(sample);
    assertThat(CrmJson.write(sample)).isEqualTo(CrmJson.write(read));
    assertThat(golden).contains("\"stageHistory\"", "\"closed_won\"", "\"Best integration\"");
  }
}
