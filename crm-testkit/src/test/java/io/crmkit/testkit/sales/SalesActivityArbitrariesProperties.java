package io.crmkit.testkit.sales;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.sales.cadence.Cadence;
import io.crmkit.sales.cadence.Enrolment;
import io.crmkit.sales.cadence.EnrolmentStatus;
import io.crmkit.sales.followup.FollowUp;
import io.crmkit.sales.followup.FollowUpStatus;
import io.crmkit.sales.quote.Quote;
import io.crmkit.sales.quote.QuoteLine;
import io.crmkit.sales.quote.QuoteStatus;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SalesActivityArbitrariesProperties {

  @Provide
  Arbitrary<FollowUp> followUps() {
    return SalesActivityArbitraries.followUps();
  }

  @Provide
  Arbitrary<Quote> quotes() {
    return SalesActivityArbitraries.quotes();
  }

  @Provide
  Arbitrary<Enrolment> enrolments() {
    return SalesActivityArbitraries.cadences().flatMap(SalesActivityArbitraries::enrolments);
  }

  @Property(tries = 60)
  void followUpsAreOpenAndRebuildThroughTheirConstructor(@ForAll("followUps") FollowUp f) {
    assertThat(f.status()).isEqualTo(FollowUpStatus.OPEN);
    assertThat(f.withVersion(0)).isEqualTo(f);
    assertThat(f.upcoming(3)).isNotEmpty();
  }

  @Property(tries = 60)
  void quotesAreDraftsInOneCurrency(@ForAll("quotes") Quote q) {
    assertThat(q.current().status()).isEqualTo(QuoteStatus.DRAFT);
    assertThat(q.current().lines()).extracting(l -> l.unitPrice().currency()).containsOnly(q.currency());
    assertThat(q.totals().grandTotal().currency()).isEqualTo(q.currency());
  }

  @Property(tries = 60)
  void enrolmentsAreActiveWithAStepToDo(@ForAll("enrolments") Enrolment e) {
    assertThat(e.status()).isEqualTo(EnrolmentStatus.ACTIVE);
  }

  /** Once, over a sample of generated values: both kinds of follow-up, several currencies, Unicode names. */
  @Property(tries = 1)
  void generatedValuesAreVaried() {
    List<FollowUp> followUps = SalesActivityArbitraries.followUps().sampleStream().limit(60).toList();
    List<Quote> quotes = SalesActivityArbitraries.quotes().sampleStream().limit(60).toList();
    Set<Boolean> recurring = new HashSet<>();
    followUps.forEach(f -> recurring.add(f.recurrence().isPresent()));
    Set<String> currencies = new HashSet<>();
    quotes.forEach(q -> currencies.add(q.currency().getCurrencyCode()));
    Set<Boolean> nonAscii = new HashSet<>();
    quotes.forEach(q -> q.current().lines().stream().map(QuoteLine::productName)
        .forEach(n -> nonAscii.add(n.chars().anyMatch(c -> c > 127))));
    assertThat(recurring).containsExactlyInAnyOrder(true, false);
    assertThat(currencies).hasSizeGreaterThan(1);
    assertThat(nonAscii).contains(true);
  }

  @Property(tries = 50)
  void cadencesEndWithWork(@ForAll("cadences") Cadence c) {
    assertThat(c.steps().get(c.steps().size() - 1).kind().isActionable()).isTrue();
  }

  @Provide
  Arbitrary<Cadence> cadences() {
    return SalesActivityArbitraries.cadences();
  }
}
