package io.crmkit.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.crmkit.core.ConcurrencyConflictException;
import io.crmkit.core.IllegalTransitionException;
import io.crmkit.core.Owner;
import io.crmkit.core.event.DomainEvent;
import io.crmkit.core.money.Money;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.Sort;
import io.crmkit.core.statemachine.StateChange;
import io.crmkit.core.store.Repository;
import io.crmkit.sales.opportunity.ContactRole;
import io.crmkit.sales.opportunity.Opportunity;
import io.crmkit.sales.opportunity.OpportunityFields;
import io.crmkit.sales.opportunity.OpportunityId;
import io.crmkit.sales.opportunity.OpportunityStages;
import io.crmkit.sales.opportunity.OpportunityStatus;
import io.crmkit.sales.opportunity.OpportunityWon;
import io.crmkit.sales.pipeline.ForecastCategory;
import io.crmkit.sales.pipeline.Pipeline;
import io.crmkit.sales.pipeline.PipelineCatalog;
import io.crmkit.sales.pipeline.Pipelines;
import io.crmkit.sales.pipeline.Stage;
import io.crmkit.sales.product.LineItem;
import io.crmkit.sales.product.PriceBook;
import io.crmkit.sales.product.PriceBookEntry;
import io.crmkit.sales.product.PriceBookId;
import io.crmkit.sales.product.Product;
import io.crmkit.sales.product.ProductId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link OpportunityStages} on the JDBC store: an opportunity goes through every stage of {@link
 * Pipelines#standardSales()} and its stage history (entered-at instants to the nanosecond) survives the
 * round trip; stale versions and illegal moves write nothing; queries on the opportunity's fields answer as
 * in memory.
 */
class SalesOpportunitiesTest {
  private static final Pipeline STANDARD = Pipelines.standardSales();

  record PipelineRun(
      Opportunity won,
      Opportunity lost,
      Opportunity open,
      List<Long> stale,
      String illegal,
      Opportunity reloadedWon,
      Map<String, Duration> timeInStages,
      Map<String, Object> queries,
      List<List<Opportunity>> byAmount,
      Map<String, Object> stored,
      List<DomainEvent> events) {}

  private static PipelineRun pipeline(SalesWorld w) {
    List<DomainEvent> events = new ArrayList<>();
    OpportunityStages stages = OpportunityStages.of(w.tenant, PipelineCatalog.of(w.tenantId, List.of(STANDARD)), w.clock, events::add);

    ProductId seat = w.repo(Product.TYPE).insert(Product.of(w.ids.next(ProductId::new), w.tenantId, "CRM-PRO", "CRM Pro seat")).id();
    PriceBook prices = w.repo(PriceBook.TYPE).insert(PriceBook.standard(w.ids.next(PriceBookId::new), w.tenantId, "Standard")
        .withEntry(PriceBookEntry.of(seat, Money.of("49.00", "EUR"))));
    AccountId acme = new AccountId("acme-gmbh");
    ContactId ada = new ContactId("ada");

    Opportunity big = stages.open(Opportunity.builder(w.ids.next(OpportunityId::new), w.tenantId)
        .name("Acme — 300 seats").account(acme).owner(Owner.user("u-1"))
        .closeDate(LocalDate.parse("2026-06-30"))
        .lineItem(LineItem.of(prices, seat, Money.currency("EUR"), new BigDecimal("300")).withDiscountPercent(new BigDecimal("12.5")))
        .competitor("Globex").competitor("Initech").nextStep("Demo for the board")
        .contactRole(ContactRole.primary(ada, ContactRole.Role.DECISION_MAKER))
        .contactRole(ContactRole.of(new ContactId("bob"), ContactRole.Role.TECHNICAL_BUYER))
        .startIn(STANDARD, w.clock.instant())
        .build());
    Opportunity small = stages.open(Opportunity.builder(w.ids.next(OpportunityId::new), w.tenantId)
        .name("Acme — pilot").account(acme).owner(Owner.user("u-2"))
        .closeDate(LocalDate.parse("2026-04-15")).amount(Money.of("1200.50", "EUR"))
        .startIn(STANDARD, w.clock.instant())
        .build());
    Opportunity other = stages.open(Opportunity.builder(w.ids.next(OpportunityId::new), w.tenantId)
        .name("Globex renewal").account(new AccountId("globex")).owner(Owner.user("u-2"))
        .closeDate(LocalDate.parse("2026-09-01")).amount(Money.of("18000", "USD"))
        .contactRole(ContactRole.of(ada, ContactRole.Role.INFLUENCER))
        .startIn(STANDARD, w.clock.instant())
        .build());

    // every open stage after the first, in order; the clock stands still for some moves (entered-at + 1 µs)
    Opportunity current = big;
    List<Stage> open = STANDARD.stages().stream().filter(s -> !s.closed()).toList();
    for (int i = 1; i < open.size(); i++) {
      if (i % 3 != 0) {
        w.clock.advance(Duration.ofHours(5).plusNanos(i));
      }
      current = stages.move(current.id(), current.version(), open.get(i).key()).opportunity();
    }
    long staleVersion = current.version() - 1;
    ConcurrencyConflictException stale = catchThrowableOfType(ConcurrencyConflictException.class,
        () -> stages.move(big.id(), staleVersion, "closed_lost"));
    w.clock.advance(Duration.ofDays(2));
    Opportunity won = stages.close(current.id(), current.version(), "closed_won", "Best integration").opportunity();
    String illegal = catchThrowableOfType(IllegalTransitionException.class,
        () -> stages.move(won.id(), won.version(), "negotiation_review")).reason();

    Opportunity qualified = stages.move(small.id(), small.version(), "qualification").opportunity();
    Opportunity lost = stages.close(qualified.id(), qualified.version(), "closed_lost", "No budget").opportunity();

    Repository<Opportunity, OpportunityId> fresh = w.reopened().repository(Opportunity.TYPE);
    Opportunity reloaded = fresh.get(won.id());
    Map<String, Object> q = new LinkedHashMap<>();
    q.put("won stage", fresh.query(Criteria.eq(OpportunityFields.STAGE, "closed_won")));
    q.put("closed", fresh.query(Criteria.in(OpportunityFields.STATUS, OpportunityStatus.WON.name(), OpportunityStatus.LOST.name())));
    q.put("open", fresh.query(Criteria.eq(OpportunityFields.STATUS, OpportunityStatus.OPEN.name())));
    q.put("omitted", fresh.query(Criteria.eq(OpportunityFields.FORECAST_CATEGORY, ForecastCategory.OMITTED.name())));
    q.put("account", fresh.count(Criteria.eq(OpportunityFields.ACCOUNT_ID, "acme-gmbh")));
    q.put("contact ada", fresh.query(Criteria.eq(OpportunityFields.CONTACT_ID, "ada")));
    q.put("contact bob", fresh.query(Criteria.eq(OpportunityFields.CONTACT_ID, "bob")));
    q.put("owner", fresh.query(Criteria.eq(OpportunityFields.OWNER, "user:u-2")));
    q.put("pipeline", fresh.count(Criteria.eq(OpportunityFields.PIPELINE, STANDARD.name())));
    q.put("amount 1200.5", fresh.query(Criteria.eq(OpportunityFields.AMOUNT, new BigDecimal("1200.5"))));
    q.put("amount 10k-20k", fresh.query(Criteria.between(OpportunityFields.AMOUNT, new BigDecimal("10000"), new BigDecimal("20000"))));
    q.put("closing H1", fresh.query(Criteria.between(OpportunityFields.CLOSE_DATE, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-07-01"))));
    q.put("usd", fresh.query(Criteria.eq(OpportunityFields.CURRENCY, "USD")));
    q.put("updated after start", fresh.count(Criteria.greaterThan(OpportunityFields.UPDATED_AT, SalesWorld.START)));
    q.put("stage history", fresh.query(Criteria.all()).stream().map(o -> o.stageHistory().changes().size()).toList());
    List<List<Opportunity>> byAmount = SalesWorld.pages(
        fresh, Criteria.all(), Sort.byDescending(OpportunityFields.AMOUNT).then(OpportunityFields.CLOSE_DATE), 2);
    return new PipelineRun(won, lost, other, List.of(stale.expectedVersion(), stale.actualVersion()), illegal, reloaded,
        reloaded.timeInStages(w.clock.instant()), q, byAmount, w.snapshot(SalesWorld.SALES_TYPES), events);
  }

  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {"h2", "postgresql"})
  @DisplayName("an opportunity goes through the standard pipeline; stage history, queries and events as in memory")
  void standardPipeline(String database) {
    List<PipelineRun> runs = SalesWorld.run(SalesWorld.referenceAnd(database, "pipeline"), SalesOpportunitiesTest::pipeline);
    PipelineRun db = runs.get(1);

    Opportunity won = db.reloadedWon();
    assertThat(won).isEqualTo(db.won());
    assertThat(won.status()).isEqualTo(OpportunityStatus.WON);
    assertThat(won.closeReason()).contains("Best integration");
    assertThat(won.amount()).isEqualTo(Money.of("12862.50", "EUR"));
    List<String> expectedStages = STANDARD.stages().stream().map(Stage::key).filter(k -> !k.equals("closed_lost")).toList();
    List<StateChange> history = won.stageHistory().changes();
    assertThat(history).extracting(StateChange::to).containsExactlyElementsOf(expectedStages);
    for (int i = 1; i < history.size(); i++) {
      assertThat(history.get(i).at()).isAfter(history.get(i - 1).at());
      assertThat(history.get(i).from()).contains(history.get(i - 1).to());
    }
    // moves in the same clock tick are one microsecond apart, and the database keeps that
    assertThat(java.util.stream.IntStream.range(1, history.size())
        .filter(i -> history.get(i).at().equals(history.get(i - 1).at().plus(OpportunityStages.TICK)))).isNotEmpty();
    assertThat(db.timeInStages().keySet()).containsExactlyElementsOf(expectedStages);
    assertThat(db.stale()).containsExactly(won.version() - 2, won.version() - 1);
    assertThat(db.illegal()).isNotBlank();
    assertThat(db.lost().stageHistory().changes()).extracting(StateChange::to).containsExactly("prospecting", "qualification", "closed_lost");

    assertThat(db.queries().get("won stage")).isEqualTo(List.of(won));
    assertThat(db.queries().get("closed")).isEqualTo(List.of(won, db.lost()));
    assertThat(db.queries().get("omitted")).isEqualTo(List.of(db.lost()));
    assertThat(db.queries().get("contact ada")).isEqualTo(List.of(won, db.open()));
    assertThat(db.queries().get("contact bob")).isEqualTo(List.of(won));
    assertThat(db.queries().get("amount 1200.5")).isEqualTo(List.of(db.lost()));
    assertThat(db.queries().get("amount 10k-20k")).isEqualTo(List.of(won, db.open()));
    assertThat(db.byAmount()).hasSize(2);
    assertThat(db.byAmount().stream().flatMap(List::stream).map(Opportunity::id))
        .containsExactly(db.open().id(), won.id(), db.lost().id());
    assertThat(db.events()).filteredOn(OpportunityWon.class::isInstance).hasSize(1);

    assertThat(db).isEqualTo(runs.get(0));
  }

  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {"h2", "postgresql"})
  @DisplayName("a stale stage move and a move out of a closed stage leave the stored opportunity untouched")
  void refusedMovesWriteNothing(String database) {
    SalesWorld w = SalesWorld.of(database, SalesWorld.freshTenant("refused"));
    OpportunityStages stages = OpportunityStages.of(w.tenant, PipelineCatalog.standard(w.tenantId), w.clock, e -> {});
    Opportunity deal = stages.open(Opportunity.builder(w.ids.next(OpportunityId::new), w.tenantId)
        .name("Deal").account(new AccountId("a-1")).owner(Owner.user("u-1"))
        .closeDate(LocalDate.parse("2026-05-31")).amount(Money.of("100", "EUR"))
        .startIn(STANDARD, w.clock.instant()).build());
    Instant opened = deal.stageEnteredAt();
    Opportunity moved = stages.move(deal.id(), deal.version(), "qualification").opportunity();
    assertThatThrownBy(() -> stages.move(deal.id(), deal.version(), "needs_analysis")).isInstanceOf(ConcurrencyConflictException.class);
    Opportunity lost = stages.close(moved.id(), moved.version(), "closed_lost", "Went quiet").opportunity();
    assertThatThrownBy(() -> stages.move(lost.id(), lost.version(), "prospecting")).isInstanceOf(IllegalTransitionException.class);
    Opportunity stored = w.reopened().repository(Opportunity.TYPE).get(deal.id());
    assertThat(stored).isEqualTo(lost);
    assertThat(stored.stageHistory().startedAt()).isEqualTo(opened);
  }
}
