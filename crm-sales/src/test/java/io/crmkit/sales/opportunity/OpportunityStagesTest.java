package io.crmkit.sales.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ConcurrencyConflictException;
import io.crmkit.core.IllegalTransitionException;
import io.crmkit.core.ValidationException;
import io.crmkit.core.event.DomainEvent;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.sales.pipeline.ForecastCategory;
import io.crmkit.sales.pipeline.Pipeline;
import io.crmkit.sales.pipeline.PipelineCatalog;
import io.crmkit.sales.pipeline.Pipelines;
import io.crmkit.sales.pipeline.RequiredField;
import io.crmkit.sales.pipeline.Stage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OpportunityStagesTest {
  /** A clock the test moves by hand. */
  static final class ManualClock extends Clock {
    Instant now;

    ManualClock(Instant now) {
      this.now = now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final ManualClock clock = new ManualClock(Deals.T0);
  private final List<DomainEvent> published = new ArrayList<>();
  private final TenantStore store = InMemoryStore.create().forTenant(Deals.ACME);
  private final Pipeline guarded = Pipeline.of("guarded", "guarded", List.of(
      Stage.open("discovery", "Discovery", 1, 10, ForecastCategory.PIPELINE),
      Stage.open("proposal", "Proposal", 2, 60, ForecastCategory.BEST_CASE).requiring(RequiredField.PRIMARY_CONTACT, RequiredField.NEXT_STEP),
      Stage.open("commit", "Commit", 3, 90, ForecastCategory.COMMIT),
      Stage.won("won", "Won", 4).requiring(RequiredField.CLOSE_REASON),
      Stage.lost("lost", "Lost", 5)));
  private final OpportunityStages stages = OpportunityStages.of(
      store, PipelineCatalog.of(Deals.ACME, List.of(Pipelines.standardSales(), guarded)), clock, published::add);

  @Test
  @DisplayName("a move takes the stage's probability and category, extends the history and raises StageChanged")
  void move() {
    Opportunity deal = stages.open(Deals.draft("o-1", Pipelines.standardSales(), clock.instant()).build());
    assertThat(deal.version()).isEqualTo(1);
    clock.advance(Duration.ofDays(3));
    StageMove m = stages.move(deal.id(), 1, "needs_analysis");
    Opportunity moved = m.opportunity();
    assertThat(moved.version()).isEqualTo(2);
    assertThat(moved.stage()).isEqualTo("needs_analysis");
    assertThat(moved.probability()).isEqualTo(20);
    assertThat(moved.timeInStages(clock.instant())).containsEntry("prospecting", Duration.ofDays(3));
    assertThat(m.events()).containsExactly(new StageChanged(
        Deals.ACME, deal.id(), deal.account(), "prospecting", "needs_analysis", 20, ForecastCategory.PIPELINE, clock.instant()));
    assertThat(published).isEqualTo(m.events());
    assertThat(m.change().subjects()).extracting(Object::toString).containsExactly("opportunity:o-1", "account:acc-1");
    assertThat(store.repository(Opportunity.TYPE).get(deal.id())).isEqualTo(moved);
  }

  @Test
  @DisplayName("closing as won or lost raises OpportunityWon or OpportunityLost with the reason, and the deal stays closed")
  void close() {
    Opportunity a = stages.open(Deals.draft("o-a", Pipelines.standardSales(), clock.instant()).build());
    Opportunity b = stages.open(Deals.draft("o-b", Pipelines.standardSales(), clock.instant()).build());
    clock.advance(Duration.ofHours(1));
    StageMove won = stages.close(a.id(), 1, "closed_won", "Best integration");
    assertThat(won.opportunity().status()).isEqualTo(OpportunityStatus.WON);
    assertThat(won.opportunity().forecastCategory()).isEqualTo(ForecastCategory.CLOSED);
    assertThat(won.opportunity().closedAt()).contains(clock.instant());
    assertThat(won.outcome()).containsInstanceOf(OpportunityWon.class);
    OpportunityWon w = (OpportunityWon) won.outcome().orElseThrow();
    assertThat(w.amount()).isEqualTo(a.amount());
    assertThat(w.reason()).contains("Best integration");
    StageMove lost = stages.move(b.id(), 1, "closed_lost");
    assertThat(lost.outcome()).containsInstanceOf(OpportunityLost.class);
    assertThat(lost.opportunity().forecastCategory()).isEqualTo(ForecastCategory.OMITTED);
    assertThat(lost.opportunity().probability()).isZero();
    assertThatThrownBy(() -> stages.move(a.id(), 2, "prospecting"))
        .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("terminal");
  }

  @Test
  @DisplayName("a stale version is a conflict and writes nothing")
  void staleVersion() {
    Opportunity deal = stages.open(Deals.draft("o-1", Pipelines.standardSales(), clock.instant()).build());
    stages.move(deal.id(), 1, "qualification");
    published.clear();
    assertThatThrownBy(() -> stages.move(deal.id(), 1, "needs_analysis"))
        .isInstanceOfSatisfying(ConcurrencyConflictException.class, e -> {
          assertThat(e.expectedVersion()).isEqualTo(1);
          assertThat(e.actualVersion()).isEqualTo(2);
        });
    assertThat(store.repository(Opportunity.TYPE).get(deal.id()).stage()).isEqualTo("qualification");
    assertThat(published).isEmpty();
  }

  @Test
  @DisplayName("required fields guard the move, the refusal names what is missing, and nothing is written")
  void guards() {
    Opportunity deal = stages.open(Deals.draft("o-1", guarded, clock.instant()).build());
    assertThat(OpportunityStages.availableStages(deal, guarded)).extracting(Stage::key).containsExactly("commit", "won", "lost");
    assertThatThrownBy(() -> stages.move(deal.id(), 1, "proposal"))
        .isInstanceOfSatisfying(IllegalTransitionException.class, e -> assertThat(e.reason())
            .contains("requires primary_contact, next_step"));
    assertThat(store.repository(Opportunity.TYPE).get(deal.id()).version()).isEqualTo(1);
    Opportunity ready = store.repository(Opportunity.TYPE).update(deal
        .withNextStep("Demo on Friday")
        .withContactRole(ContactRole.primary(new io.crmkit.core.party.ContactId("ada"), ContactRole.Role.DECISION_MAKER)));
    Opportunity proposal = stages.move(ready.id(), ready.version(), "proposal").opportunity();
    assertThat(proposal.forecastCategory()).isEqualTo(ForecastCategory.BEST_CASE);
    assertThatThrownBy(() -> stages.move(proposal.id(), proposal.version(), "won")).hasMessageContaining("requires close_reason");
    Opportunity closed = stages.close(proposal.id(), proposal.version(), "won", "Price").opportunity();
    assertThat(closed.closeReason()).contains("Price");
    assertThat(OpportunityStages.availableStages(closed, guarded)).isEmpty();
    assertThat(OpportunityStages.availableStages(proposal, guarded)).extracting(Stage::key).containsExactly("discovery", "commit", "won", "lost");
    assertThatThrownBy(() -> stages.move(proposal.id(), 4, "nowhere")).isInstanceOf(ValidationException.class);
  }

  @Test
  @DisplayName("stage entries stay strictly ordered when the clock stands still or steps back")
  void monotonic() {
    Opportunity deal = stages.open(Deals.draft("o-1", Pipelines.standardSales(), clock.instant()).build());
    Opportunity q = stages.move(deal.id(), 1, "qualification").opportunity();
    clock.advance(Duration.ofMinutes(-5));
    Opportunity n = stages.move(q.id(), q.version(), "needs_analysis").opportunity();
    assertThat(q.stageEnteredAt()).isEqualTo(Deals.T0.plus(OpportunityStages.TICK));
    assertThat(n.stageEnteredAt()).isEqualTo(Deals.T0.plus(OpportunityStages.TICK.multipliedBy(2)));
  }

  @Test
  @DisplayName("a reason for an open stage, a foreign tenant or an unknown pipeline are rejected")
  void misuse() {
    Opportunity deal = stages.open(Deals.draft("o-1", Pipelines.standardSales(), clock.instant()).build());
    assertThatThrownBy(() -> stages.move(deal.id(), 1, "qualification", Optional.of("why")))
        .hasMessageContaining("only when closing");
    Opportunity foreign = Opportunity.builder(new OpportunityId("f"), io.crmkit.core.TenantId.of("globex"))
        .name("F").account(deal.account()).owner(deal.owner()).closeDate(deal.closeDate()).currency(deal.currency())
        .startIn(Pipelines.standardSales(), clock.instant()).build();
    assertThatThrownBy(() -> stages.open(foreign)).hasMessageContaining("belongs to globex");
    assertThatThrownBy(() -> OpportunityStages.decide(deal, guarded, "proposal", Optional.empty(), clock.instant()))
        .hasMessageContaining("is on pipeline standard_sales");
  }
}
