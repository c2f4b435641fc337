package io.crmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.money.ExchangeRate;
import io.crmkit.core.money.Money;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.Contact;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.statemachine.StateChange;
import io.crmkit.sales.assignment.AssignmentDecision;
import io.crmkit.sales.cadence.EnrolmentStatus;
import io.crmkit.sales.cadence.ExitReason;
import io.crmkit.sales.forecast.ForecastPeriod;
import io.crmkit.sales.lead.Lead;
import io.crmkit.sales.lead.LeadConverted;
import io.crmkit.sales.lead.LeadLifecycle;
import io.crmkit.sales.lead.PartyResolution;
import io.crmkit.sales.opportunity.Opportunity;
import io.crmkit.sales.opportunity.OpportunityStatus;
import io.crmkit.sales.performance.PerformanceMetrics;
import io.crmkit.sales.pipeline.ForecastCategory;
import io.crmkit.sales.product.LineItem;
import io.crmkit.sales.quote.QuoteStatus;
import io.crmkit.sales.scoring.RuleScore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sales chapter tells a true story: what it prints is what the store and the library computed, whatever day
 * it starts on. Each start below exercises another corner: mid-quarter in winter, a few days before a quarter
 * ends (the deal is won in the next one), and autumn (the follow-up crosses the change back to winter time).
 */
class SalesTourTest {
  static final TenantId TENANT = TenantId.of("t1");

  record Run(SalesTour.Outcome outcome, String text) {}

  static Run run(String start, String zone) {
    StringWriter text = new StringWriter();
    SalesTour.Outcome outcome = new SalesTour(Instant.parse(start), TENANT, ZoneId.of(zone), new PrintWriter(text)).run();
    return new Run(outcome, text.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-01-15T10:00:00Z", "2026-03-24T07:30:00Z", "2026-09-30T16:00:00Z"})
  void leadsAreRoutedByTerritoryRulesAndRoundRobinSkippingTheRepWhoIsAway(String start) {
    Run r = run(start, "UTC");
    for (Lead lead : r.outcome().leads()) {
      List<AssignmentDecision> decisions = r.outcome().routing().get(lead.id());
      AssignmentDecision last = decisions.get(decisions.size() - 1);
      assertThat(last.assignee()).map(t -> t.toOwner()).contains(lead.owner());
      assertThat(r.text()).contains(lead.id() + " " + lead.name().fullName()).contains(last.reason());
    }
    assertThat(r.outcome().leads()).extracting(Lead::owner)
        .containsExactly(Owner.user("jonas"), Owner.user("lea"), Owner.user("sigrid"), Owner.team("inbound"))
        .doesNotContain(Owner.user("emre"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-01-15T10:00:00Z", "2026-03-24T07:30:00Z", "2026-09-30T16:00:00Z"})
  void theLeadThatCrossesTheSalesReadyThresholdIsTheOneConverted(String start) {
    Run r = run(start, "UTC");
    SalesTour.Outcome o = r.outcome();
    for (RuleScore s : o.scores().values()) {
      assertThat(s.total()).isCloseTo(s.groups().stream().mapToDouble(g -> g.total()).sum(), org.assertj.core.data.Offset.offset(1e-9));
      boolean converted = s.subject().equals(o.conversion().lead().ref());
      assertThat(s.total() >= 50).as("sales-ready exactly when converted: %s", s.subject()).isEqualTo(converted);
    }
    assertThat(o.predictions().values()).allSatisfy(p -> assertThat(p.probability()).hasValueSatisfying(
        v -> assertThat(v).isBetween(new BigDecimal("0.01"), new BigDecimal("99.99"))));
    assertThat(r.text()).contains("ENTERED 'sales-ready'");
  }

  @Test
  void theConvertedLeadsIdsExistAndTheActivitiesMovedToTheMatchedAccount() {
    Run r = run("2026-01-15T10:00:00Z", "Europe/Berlin");
    SalesTour.Outcome o = r.outcome();
    LeadConverted event = o.conversion().event();
    var store = o.store();

    Lead lead = store.repository(Lead.TYPE).get(event.lead());
    assertThat(lead.status()).isEqualTo(LeadLifecycle.CONVERTED);
    assertThat(lead.conversion()).hasValueSatisfying(c -> {
      assertThat(c.account()).isEqualTo(event.account());
      assertThat(c.contact()).isEqualTo(event.contact());
    });
    Account account = store.repository(Account.TYPE).get(event.account());
    assertThat(event.accountResolution()).isEqualTo(PartyResolution.MATCHED);
    assertThat(account.createdAt()).isBefore(lead.createdAt().plusNanos(1));
    assertThat(account.domain()).contains("mueller-soehne.example");
    Contact contact = store.repository(Contact.TYPE).get(event.contact());
    assertThat(contact.account()).contains(account.id());
    assertThat(contact.name().fullName()).isEqualTo(lead.name().fullName());

    assertThat(event.movedActivities()).isNotEmpty();
    for (var id : event.movedActivities()) {
      Activity a = store.repository(Activity.TYPE).get(id);
      assertThat(a.links()).contains(contact.ref(), account.ref()).doesNotContain(lead.ref());
    }
    assertThat(store.repository(Activity.TYPE).query(Criteria.all())).noneMatch(a -> a.links().contains(lead.ref()));
    assertThat(r.text()).contains("LeadConverted: lead " + event.lead() + " → account " + event.account() + ", contact " + event.contact()
            + ", opportunity " + event.opportunity().orElseThrow(),
        event.movedActivities().stream().map(Object::toString).collect(Collectors.joining(", ", "[", "]")));
  }

  @Test
  void theConversionCreatesTheOpportunityThatIsLaterWon() {
    Run r = run("2026-01-15T10:00:00Z", "UTC");
    SalesTour.Outcome o = r.outcome();
    LeadConverted event = o.conversion().event();
    assertThat(event.opportunity()).as("LeadConverted names the opportunity the conversion created").isPresent();
    Opportunity deal = o.store().repository(Opportunity.TYPE).get(event.opportunity().orElseThrow());
    assertThat(deal.id()).isEqualTo(o.deal().id());
    assertThat(deal.status()).isEqualTo(OpportunityStatus.WON);
    assertThat(deal.account()).isEqualTo(event.account());
    assertThat(deal.owner()).isEqualTo(o.conversion().lead().owner());
    assertThat(deal.stageHistory().changes().get(0).at()).isEqualTo(event.occurredAt());
    assertThat(o.conversion().lead().conversion()).hasValueSatisfying(c -> assertThat(c.opportunity()).contains(deal.id()));
    assertThat(o.store().repository(Opportunity.TYPE).query(Criteria.all()))
        .as("no other opportunity for the converted account was opened after the conversion")
        .filteredOn(d -> d.account().equals(event.account()) && !d.createdAt().isBefore(event.occurredAt()))
        .containsExactly(deal);
  }

  @Test
  void theOpportunityIsRefusedOnceForTheMissingContactThenWonWithItsLineItemsAsAmountAndQuote() throws IOException {
    Run r = run("2026-01-15T10:00:00Z", "UTC");
    SalesTour.Outcome o = r.outcome();
    Opportunity deal = o.store().repository(Opportunity.TYPE).get(o.deal().id());
    assertThat(deal.status()).isEqualTo(OpportunityStatus.WON);
    assertThat(deal.account()).isEqualTo(o.conversion().event().account());
    assertThat(deal.primaryContact()).contains(o.conversion().event().contact());
    Money sum = Money.zero(SalesTour.EUR);
    for (LineItem l : deal.lineItems()) {
      BigDecimal factor = BigDecimal.ONE.subtract(l.discountPercent().movePointLeft(2));
      sum = sum.plus(Money.of(l.salesPrice().amount().multiply(l.quantity()).multiply(factor).setScale(2, RoundingMode.HALF_EVEN), SalesTour.EUR));
    }
    assertThat(deal.amount()).isEqualTo(sum);
    assertThat(deal.stageHistory().changes()).extracting(StateChange::to)
        .containsSubsequence("prospecting", "id_decision_makers", "proposal_price_quote", "negotiation_review", "closed_won");

    assertThat(o.guardRefusal().reason()).contains("amount");
    assertThat(o.guardRefusal().from()).isEqualTo("id_decision_makers");
    assertThat(r.text()).containsOnlyOnce("Refused:").contains(o.guardRefusal().reason());

    assertThat(o.quote().opportunityId()).isEqualTo(deal.id());
    assertThat(o.quote().current().status()).isEqualTo(QuoteStatus.ACCEPTED);
    assertThat(o.quote().totals().net()).isEqualTo(deal.amount());
    assertThat(o.quote().current().lines()).hasSameSizeAs(deal.lineItems())
        .allSatisfy(l -> assertThat(l.taxRatePercent()).isEqualByComparingTo("19"));
    assertThat(o.quoteHtml()).contains(o.conversion().contact().name().fullName());
    assertThat(new String(o.quotePdf(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    try (PDDocument pdf = Loader.loadPDF(o.quotePdf())) {
      assertThat(SalesTour.pages(o.quotePdf())).isEqualTo(pdf.getNumberOfPages()).isPositive();
      assertThat(r.text()).contains(String.format(java.util.Locale.ROOT, "HTML %,d characters", o.quoteHtml().length()),
          pdf.getNumberOfPages() + " page", String.format(java.util.Locale.ROOT, "%,d bytes", o.quotePdf().length));
      assertThat(pdf.getDocumentInformation().getCreationDate().toInstant())
          .isEqualTo(o.quote().current().createdAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-01-15T10:00:00Z", "2026-09-30T16:00:00Z"})
  void theMonthlyReviewStaysAtNineLocalAcrossTheDaylightSavingChange(String start) {
    SalesTour.Outcome o = run(start, "America/New_York").outcome();
    List<ZonedDateTime> series = o.followUp().upcoming(100);
    assertThat(series).hasSize(8);
    assertThat(series).allSatisfy(z -> {
      assertThat(z.getZone()).isEqualTo(SalesTour.TEAM_ZONE);
      assertThat(z.toLocalTime()).isEqualTo(LocalTime.of(9, 0));
    });
    assertThat(series.stream().map(ZonedDateTime::getOffset).collect(Collectors.toSet())).hasSize(2);

    assertThat(o.enrolment().status()).isEqualTo(EnrolmentStatus.UNENROLLED);
    assertThat(o.enrolment().exitReason()).contains(ExitReason.REPLIED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-01-15T10:00:00Z", "2026-03-24T07:30:00Z", "2026-09-30T16:00:00Z"})
  void forecastAndQuotasEqualTheDealsSummedIndependently(String start) {
    Run r = run(start, "UTC");
    SalesTour.Outcome o = r.outcome();
    List<Opportunity> deals = o.store().repository(Opportunity.TYPE).query(Criteria.all());
    ExchangeRate chf = o.rates().rate(SalesTour.CHF, SalesTour.EUR, o.rateDate()).orElseThrow();
    assertThat(o.forecast().periods()).hasSize(2);
    for (ForecastPeriod period : o.forecast().periods()) {
      Predicate<Opportunity> inPeriod = d -> period.contains(d.closeDate());
      for (String node : List.of("company", "dach", "user:jonas", "user:lea", "nordics", "user:sigrid")) {
        Set<Owner> owners = owners(node);
        List<Opportunity> mine = deals.stream().filter(inPeriod).filter(d -> owners.contains(d.owner())).toList();
        var figures = o.forecast().figures(period.key(), node);
        assertThat(figures.amount(ForecastCategory.CLOSED)).as("closed %s %s", period.key(), node)
            .isEqualTo(sum(mine.stream().filter(d -> d.forecastCategory() == ForecastCategory.CLOSED).toList(), chf));
        assertThat(figures.cumulative(ForecastCategory.COMMIT)).as("commit %s %s", period.key(), node)
            .isEqualTo(sum(mine.stream().filter(d -> d.forecastCategory() == ForecastCategory.CLOSED
                || d.forecastCategory() == ForecastCategory.COMMIT).toList(), chf));
        assertThat(figures.cumulative(ForecastCategory.PIPELINE)).as("open pipeline %s %s", period.key(), node)
            .isEqualTo(sum(mine.stream().filter(d -> d.status() == OpportunityStatus.OPEN).toList(), chf));
        assertThat(r.text()).contains(String.format(java.util.Locale.ROOT, "%,.2f", figures.cumulative(ForecastCategory.COMMIT).amount()));
      }
    }
    ForecastPeriod quarter = o.forecast().periods().get(0);
    assertThat(quarter.contains(o.deal().closeDate())).as("the deal is won in the first quarter shown").isTrue();
    for (var a : o.attainments()) {
      Set<Owner> owners = owners(a.quota().node());
      Money closed = sum(deals.stream().filter(d -> quarter.contains(d.closeDate()) && owners.contains(d.owner())
          && d.status() == OpportunityStatus.WON).toList(), chf);
      assertThat(a.closed()).as(a.quota().node()).isEqualTo(closed);
      assertThat(a.gap()).isEqualTo(a.quota().target().isGreaterThan(closed) ? a.quota().target().minus(closed) : Money.zero(SalesTour.EUR));
    }
    assertThat(o.attainments()).anySatisfy(a -> assertThat(a.closed().isZero()).isFalse());
  }

  @Test
  void performanceCountsEachRepsDealsAndTheRouteKeepsItsWindows() {
    Run r = run("2026-01-15T10:00:00Z", "UTC");
    SalesTour.Outcome o = r.outcome();
    List<Opportunity> deals = o.store().repository(Opportunity.TYPE).query(Criteria.all());
    for (String rep : List.of("user:jonas", "user:lea", "user:sigrid")) {
      PerformanceMetrics m = o.performance().of(rep);
      long won = deals.stream().filter(d -> d.owner().toString().equals(rep) && d.status() == OpportunityStatus.WON).count();
      long lost = deals.stream().filter(d -> d.owner().toString().equals(rep) && d.status() == OpportunityStatus.LOST).count();
      assertThat(m.won()).as(rep).isEqualTo(won);
      assertThat(m.lost()).as(rep).isEqualTo(lost);
      assertThat(m.winRate()).hasValueSatisfying(w -> assertThat(w)
          .isEqualByComparingTo(BigDecimal.valueOf(won).divide(BigDecimal.valueOf(won + lost), 4, RoundingMode.HALF_EVEN)));
    }
    assertThat(o.performance().of("company").opportunities()).isEqualTo(deals.size());

    assertThat(o.route().order()).hasSize(4);
    assertThat(o.route().missedWindows()).isEmpty();
    assertThat(o.route().infeasible()).isEmpty();
    assertThat(r.text()).contains(o.route().explanation().lines().skip(1).findFirst().orElseThrow().strip());
  }

  @Test
  void theSameStartGivesTheSameTextAndTheZoneOnlyChangesHowTimesAreShown() {
    Run berlin = run("2026-01-15T10:00:00Z", "Europe/Berlin");
    assertThat(run("2026-01-15T10:00:00Z", "Europe/Berlin").text()).isEqualTo(berlin.text());
    Run tokyo = run("2026-01-15T10:00:00Z", "Asia/Tokyo");
    assertThat(tokyo.text()).isNotEqualTo(berlin.text());
    assertThat(tokyo.outcome().forecast().rows()).isEqualTo(berlin.outcome().forecast().rows());
    assertThat(tokyo.outcome().conversion().event()).isEqualTo(berlin.outcome().conversion().event());
    assertThat(tokyo.outcome().quotePdf()).as("the quote's PDF, byte for byte").isEqualTo(berlin.outcome().quotePdf());
  }

  private static Set<Owner> owners(String node) {
    return switch (node) {
      case "company" -> Set.of(Owner.user("jonas"), Owner.user("lea"), Owner.user("emre"), Owner.user("sigrid"));
      case "dach" -> Set.of(Owner.user("jonas"), Owner.user("lea"), Owner.user("emre"));
      case "nordics" -> Set.of(Owner.user("sigrid"));
      default -> Set.of(Owner.user(node.substring("user:".length())));
    };
  }

  /** Each deal converted on its own at the rate and rounded to cents, then added. */
  private static Money sum(Collection<Opportunity> deals, ExchangeRate chf) {
    Money total = Money.zero(SalesTour.EUR);
    for (Opportunity d : deals) {
      Money eur = d.amount().currency().equals(SalesTour.EUR) ? d.amount() : chf.apply(d.amount());
      total = total.plus(Money.of(eur.amount().setScale(2, RoundingMode.HALF_EVEN), SalesTour.EUR));
    }
    return total;
  }
}
