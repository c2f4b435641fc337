package io.crmkit.analytics.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.ValidationException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CustomerSummariesTest {
  static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);

  static Transaction t(String id, int day, double amount) {
    return new Transaction(id, JAN_1.plusDays(day), amount);
  }

  @Test
  void aSmallLogWorkedByHand() {
    // ann: first on day 0, twice on day 7 (merged: one purchase of 30), day 21; holdout purchase on day 40
    // bob: a single purchase on day 14; cy: first purchase after the calibration end — not a customer yet
    List<Transaction> log = List.of(t("ann", 7, 10), t("ann", 0, 5), t("bob", 14, 8), t("ann", 7, 20),
        t("ann", 21, 40), t("ann", 40, 99), t("cy", 30, 1));
    SummaryConventions c = SummaryConventions.of(PeriodUnit.WEEK, JAN_1.plusDays(28)).withHoldoutEnd(JAN_1.plusDays(56));
    List<CustomerSummary> s = CustomerSummaries.summarise(log, c);
    assertThat(s).containsExactly(
        new CustomerSummary("ann", 2, 3.0, 4.0, 35.0, 1),
        new CustomerSummary("bob", 0, 0.0, 2.0, 0.0, 0));
  }

  @Test
  void withoutMergingSameDayPurchasesCountApart() {
    List<Transaction> log = List.of(t("ann", 0, 5), t("ann", 0, 6), t("ann", 7, 10), t("ann", 7, 20));
    SummaryConventions c = SummaryConventions.of(PeriodUnit.DAY, JAN_1.plusDays(10)).withMergeSameDay(false);
    CustomerSummary s = CustomerSummaries.summarise(log, c).get(0);
    assertThat(s.frequency()).isEqualTo(3);
    assertThat(s.recency()).isEqualTo(7.0);
    assertThat(s.age()).isEqualTo(10.0);
    assertThat(s.monetaryValue()).isCloseTo(12.0, within(1e-12));
  }

  @Test
  void theUnitScalesEveryTime() {
    List<Transaction> log = List.of(t("ann", 0, 1), t("ann", 61, 1));
    LocalDate end = JAN_1.plusDays(365);
    CustomerSummary days = CustomerSummaries.summarise(log, SummaryConventions.of(PeriodUnit.DAY, end)).get(0);
    CustomerSummary months = CustomerSummaries.summarise(log, SummaryConventions.of(PeriodUnit.MONTH, end)).get(0);
    assertThat(days.recency()).isEqualTo(61.0);
    assertThat(months.recency()).isCloseTo(61 / 30.4375, within(1e-12));
    assertThat(months.age()).isCloseTo(365 / 30.4375, within(1e-12));
  }

  @Test
  void inconsistentSummariesAreRefused() {
    assertThatThrownBy(() -> new CustomerSummary("a", 2, 40, 38.86, 10, 0)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("age").hasMessageContaining("recency");
    assertThatThrownBy(() -> new CustomerSummary("a", 0, 3, 10, 0, 0)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("must be 0 when frequency is 0");
    assertThatThrownBy(() -> new Transaction("a", JAN_1, -5)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("amount");
    assertThatThrownBy(() -> SummaryConventions.of(PeriodUnit.WEEK, JAN_1).withHoldoutEnd(JAN_1))
        .isInstanceOf(ValidationException.class).hasMessageContaining("holdoutEnd");
  }

  @Test
  void theCsvReaderNamesTheLineAndColumnThatFailed() {
    String csv = "id,when,total\n\"a, inc\",2024-01-01,10\nb,20240105,3.5\nc,01/02/2024,1\n";
    assertThatThrownBy(() -> TransactionLogs.readCsv(new StringReader(csv), "id", "when", Optional.of("total")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("line 4, column 'when'").hasMessageContaining("'01/02/2024' is not a date");
    List<Transaction> ok = TransactionLogs.readCsv(new StringReader(csv.substring(0, csv.lastIndexOf("c,"))),
        "id", "when", Optional.of("total"));
    assertThat(ok).containsExactly(new Transaction("a, inc", JAN_1, 10), new Transaction("b", JAN_1.plusDays(4), 3.5));
    assertThatThrownBy(() -> TransactionLogs.readCsv(new StringReader(csv), "customer", "when", Optional.empty()))
        .isInstanceOf(ValidationException.class).hasMessageContaining("no column 'customer'")
        .hasMessageContaining("[id, when, total]");
    assertThatThrownBy(() -> TransactionLogs.readCsv(new StringReader("id,when,total\nx,2024-01-01,-3\n"), "id",
        "when", Optional.of("total"))).hasMessageContaining("line 2, column 'total'");
  }
}
