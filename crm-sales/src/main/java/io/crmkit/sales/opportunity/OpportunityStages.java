package io.crmkit.sales.opportunity;

import io.crmkit.core.ConcurrencyConflictException;
import io.crmkit.core.ValidationException;
import io.crmkit.core.event.DomainEvent;
import io.crmkit.core.event.EventPublisher;
import io.crmkit.core.statemachine.Decision;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import io.crmkit.sales.pipeline.Pipeline;
import io.crmkit.sales.pipeline.PipelineCatalog;
import io.crmkit.sales.pipeline.RequiredField;
import io.crmkit.sales.pipeline.Stage;
import io.crmkit.sales.pipeline.StageCandidate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Opens opportunities and moves them through their pipeline's stages in one tenant: every move passes the
 * target stage's required-field guard, takes the stage's probability and forecast category, extends the
 * stage history, is stored with an optimistic version check, and publishes {@link StageChanged} (and
 * {@link OpportunityWon} or {@link OpportunityLost} when it closes the deal).
 *
 * <pre>{@code
 * OpportunityStages stages = OpportunityStages.of(tenantStore, PipelineCatalog.standard(tenant), clock, publisher);
 * Opportunity deal = stages.open(draft);
 * StageMove move = stages.move(deal.id(), deal.version(), "qualification");
 * StageMove won = stages.close(deal.id(), move.opportunity().version(), "closed_won", "Best integration");
 * }</pre>
 *
 * <p>Stage-entry instants strictly increase: when the clock has not moved past the last entry (a fixed clock,
 * two moves in one tick, a clock stepping back), the move is dated one microsecond after it, like the counter
 * of a time-ordered id. {@link #decide} is the pure function behind {@link #move}, usable without a store.
 */
public final class OpportunityStages {
  /** How far past the previous stage entry a move is dated when the clock has not moved on. */
  public static final Duration TICK = Duration.ofNanos(1_000);

  private final TenantStore store;
  private final Repository<Opportunity, OpportunityId> opportunities;
  private final PipelineCatalog catalog;
  private final Clock clock;
  private final EventPublisher events;

  private OpportunityStages(TenantStore store, PipelineCatalog catalog, Clock clock, EventPublisher events) {
    this.store = Objects.requireNonNull(store, "store");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.events = Objects.requireNonNull(events, "events");
    ValidationException.check(
        catalog.tenantId().equals(store.tenantId()),
        "catalog",
        "belongs to tenant " + catalog.tenantId() + " but the store to " + store.tenantId());
    this.opportunities = store.repository(Opportunity.TYPE);
  }

  /** The service for {@code store}'s tenant, with that tenant's pipelines. */
  public static OpportunityStages of(TenantStore store, PipelineCatalog catalog, Clock clock, EventPublisher events) {
    return new OpportunityStages(store, catalog, clock, events);
  }

  /** The pipeline {@code opportunity} is on. */
  public Pipeline pipelineOf(Opportunity opportunity) {
    return catalog.require(opportunity.pipeline());
  }

  /**
   * Stores a new opportunity (version 0) after checking that its pipeline and stage exist in the catalog and
   * that it belongs to this tenant; returns it at version 1.
   */
  public Opportunity open(Opportunity draft) {
    Objects.requireNonNull(draft, "draft");
    ValidationException.check(
        draft.tenantId().equals(store.tenantId()), "tenantId", "the opportunity belongs to " + draft.tenantId() + ", not " + store.tenantId());
    Pipeline pipeline = pipelineOf(draft);
    Stage stage = pipeline.requireStage(draft.stage());
    ValidationException.check(
        statusOf(stage) == draft.status(), "status", "stage '" + stage.key() + "' means " + statusOf(stage) + " but the opportunity is " + draft.status());
    return opportunities.insert(draft);
  }

  /** Moves the opportunity to open or closed stage {@code stage}; see {@link #move(OpportunityId, long, String, Optional)}. */
  public StageMove move(OpportunityId id, long expectedVersion, String stage) {
    return move(id, expectedVersion, stage, Optional.empty());
  }

  /** Closes the opportunity in closed stage {@code stage} with a won or lost {@code reason}. */
  public StageMove close(OpportunityId id, long expectedVersion, String stage, String reason) {
    return move(id, expectedVersion, stage, Optional.of(Objects.requireNonNull(reason, "reason")));
  }

  /**
   * Moves opportunity {@code id}, which the caller read at {@code expectedVersion}, to {@code stage} and
   * publishes the move's events once it is stored.
   *
   * @throws io.crmkit.core.NotFoundException if there is no such opportunity
   * @throws ConcurrencyConflictException if the stored version is not {@code expectedVersion}; nothing is written
   * @throws io.crmkit.core.IllegalTransitionException if the opportunity is closed, already in the stage, or
   *     lacks a field the stage requires (the reason names them)
   * @throws ValidationException if the stage is not in its pipeline, or a reason is given for an open stage
   */
  public StageMove move(OpportunityId id, long expectedVersion, String stage, Optional<String> reason) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(reason, "reason");
    StageMove stored = store.transactions().inTransaction(() -> {
      Opportunity current = opportunities.get(id);
      if (current.version() != expectedVersion) {
        throw new ConcurrencyConflictException(Opportunity.TYPE_NAME, id.value(), expectedVersion, current.version());
      }
      StageMove m = decide(current, pipelineOf(current), stage, reason, clock.instant());
      return m.withOpportunity(opportunities.update(m.opportunity()));
    });
    for (DomainEvent e : stored.events()) {
      events.publish(e);
    }
    return stored;
  }

  /**
   * The pure decision behind {@link #move}: {@code opportunity} moved on {@code pipeline} to {@code stage} at
   * {@code now} (or one {@link #TICK} after its last stage entry, whichever is later), with the events the
   * move raises. Nothing is stored or published.
   *
   * @throws io.crmkit.core.IllegalTransitionException if the pipeline's state machine refuses the move
   * @throws ValidationException if the pipeline is not the opportunity's, the stage is unknown, or a reason is
   *     given for an open stage
   */
  public static StageMove decide(Opportunity opportunity, Pipeline pipeline, String stage, Optional<String> reason, Instant now) {
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(pipeline, "pipeline");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(now, "now");
    ValidationException.check(
        pipeline.name().equals(opportunity.pipeline()),
        "pipeline",
        "the opportunity is on pipeline " + opportunity.pipeline() + ", not " + pipeline.name());
    Stage target = pipeline.requireStage(stage);
    ValidationException.check(
        reason.isEmpty() || target.closed(), "reason", "a won or lost reason is given only when closing, but '" + stage + "' is open");
    StageCandidate candidate = field -> field == RequiredField.CLOSE_REASON
        ? reason.isPresent() || opportunity.closeReason().isPresent()
        : opportunity.has(field);
    Decision decision = pipeline.decide(opportunity.stage(), stage, candidate);
    if (decision instanceof Decision.Refused refused) {
      throw refused.toException();
    }
    Decision.Accepted accepted = (Decision.Accepted) decision;
    Instant last = opportunity.stageEnteredAt();
    Instant at = now.isAfter(last) ? now : last.plus(TICK);
    OpportunityStatus status = statusOf(target);
    Opportunity.Builder b = opportunity.toBuilder()
        .stage(pipeline.name(), target.key(), status)
        .probability(target.defaultProbability())
        .forecastCategory(target.forecastCategory())
        .stageHistory(opportunity.stageHistory().record(accepted, at))
        .updatedAt(at.isAfter(opportunity.updatedAt()) ? at : opportunity.updatedAt());
    reason.ifPresent(b::closeReason);
    Opportunity moved = b.build();
    StageChanged change = new StageChanged(
        moved.tenantId(), moved.id(), moved.account(), opportunity.stage(), target.key(), moved.probability(),
        moved.forecastCategory(), at);
    Optional<DomainEvent> outcome = switch (status) {
      case WON -> Optional.of(new OpportunityWon(
          moved.tenantId(), moved.id(), moved.account(), moved.owner(), target.key(), moved.amount(), moved.closeReason(), at));
      case LOST -> Optional.of(new OpportunityLost(
          moved.tenantId(), moved.id(), moved.account(), moved.owner(), target.key(), moved.amount(), moved.closeReason(), at));
      case OPEN -> Optional.empty();
    };
    return new StageMove(moved, change, outcome);
  }

  /**
   * The stages {@code opportunity} could move to now on {@code pipeline}, in pipeline order, e.g. to offer them
   * as buttons: none once it is closed; otherwise every other stage whose required fields it has (a stage
   * requiring a close reason counts as available, since the reason comes with the move).
   */
  public static List<Stage> availableStages(Opportunity opportunity, Pipeline pipeline) {
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(pipeline, "pipeline");
    StageCandidate candidate = field -> field == RequiredField.CLOSE_REASON || opportunity.has(field);
    return pipeline.stages().stream()
        .filter(s -> pipeline.decide(opportunity.stage(), s.key(), candidate).isAccepted())
        .toList();
  }

  /** The status an opportunity has in {@code stage}. */
  public static OpportunityStatus statusOf(Stage stage) {
    return stage.won() ? OpportunityStatus.WON : stage.closed() ? OpportunityStatus.LOST : OpportunityStatus.OPEN;
  }
}
