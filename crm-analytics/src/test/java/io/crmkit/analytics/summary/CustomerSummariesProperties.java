package io.crmkit.analytics.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Laws of the summariser on random logs. */
class CustomerSummariesProperties {
  static final LocalDate START = LocalDate.of(2024, 1, 1);

  @Property(tries = 100)
  void summariesCountPurchaseDaysAndIgnoreTheOrderOfTheLog(
      @ForAll @IntRange(min = 1, max = 300) int size, @ForAll long seed) {
    Random random = new Random(seed);
    List<Transaction> log = new ArrayList<>();
    Set<String> customerDays = new HashSet<>();
    Set<String> customers = new HashSet<>();
    for (int i = 0; i < size; i++) {
      String id = "c" + random.nextInt(20);
      int day = random.nextInt(100);
      log.add(new Transaction(id, START.plusDays(day), random.nextInt(10_000) / 100.0));
      customerDays.add(id + "@" + day);
      customers.add(id);
    }
    SummaryConventions c = SummaryConventions.of(PeriodUnit.WEEK, START.plusDays(100));
    List<CustomerSummary> s = CustomerSummaries.summarise(log, c);
    // every purchase day after a customer's first is one repeat purchase
    assertThat(s).hasSize(customers.size());
    assertThat(s.stream().mapToInt(CustomerSummary::frequency).sum()).isEqualTo(customerDays.size() - customers.size());
    // spend is conserved: first-day spend + x · mean = everything the customer spent
    double total = log.stream().mapToDouble(Transaction::amount).sum();
    double firstDays = 0;
    for (CustomerSummary cs : s) {
      LocalDate first = START.plusDays(100).minusDays(Math.round(cs.age() * 7));
      firstDays += log.stream().filter(t -> t.customerId().equals(cs.customerId()) && t.date().equals(first))
          .mapToDouble(Transaction::amount).sum();
      assertThat(cs.recency()).isLessThanOrEqualTo(cs.age());
    }
    double repeats = s.stream().mapToDouble(cs -> cs.frequency() * cs.monetaryValue()).sum();
    assertThat(firstDays + repeats).isCloseTo(total, org.assertj.core.api.Assertions.within(1e-6));
    // the order of the log does not matter, up to the order of the customers (and the rounding of sums)
    List<Transaction> shuffled = new ArrayList<>(log);
    Collections.shuffle(shuffled, random);
    java.util.Map<String, CustomerSummary> again = new java.util.HashMap<>();
    CustomerSummaries.summarise(shuffled, c).forEach(cs -> again.put(cs.customerId(), cs));
    assertThat(again).hasSize(s.size());
    for (CustomerSummary cs : s) {
      CustomerSummary other = again.get(cs.customerId());
      assertThat(other.withMonetaryValue(cs.monetaryValue())).isEqualTo(cs);
      assertThat(other.monetaryValue()).isCloseTo(cs.monetaryValue(), org.assertj.core.api.Assertions.within(1e-9));
    }
  }
}
