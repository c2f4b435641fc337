package io.crmkit.sales.lead;

import io.crmkit.core.ConcurrencyConflictException;
import io.crmkit.core.EntityId;
import io.crmkit.core.IllegalTransitionException;
import io.crmkit.core.ValidationException;
import io.crmkit.core.event.ChangeKind;
import io.crmkit.core.event.DomainEvent;
import io.crmkit.core.event.EventPublisher;
import io.crmkit.core.event.RecordChanged;
import io.crmkit.core.statemachine.Decision;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Creates, updates and moves leads through the tenant's {@link LeadLifecycle}, with optimistic versions, and
 * publishes what happened: {@link RecordChanged} for every write, {@link LeadStatusChanged} and {@link
 * LifecycleStageChanged} for those moves. Converted leads are read-only ({@link LeadReadOnlyException}).
 *
 * <pre>{@code
 * LeadService leads = LeadService.builder(tenantStore, clock).publisher(bus).build();
 * Lead lead = leads.create(draft, "u-1").lead();
 * lead = leads.changeStatus(lead.id(), lead.version(), "work", "u-1").lead();
 * }</pre>
 *
 * <p>Every write names the version the caller read; a stale one throws {@link ConcurrencyConflictException}
 * and nothing is written. Events are published after the write succeeds.
 */
public final class LeadService {
  private final TenantStore store;
  private final Clock clock;
  private final LeadLifecycle lifecycle;
  private final EventPublisher publisher;
  private final Repository<Lead, LeadId> leads;

  private LeadService(Builder b, Clock clock) {
    this.store = b.store;
    this.clock = clock;
    this.lifecycle = b.lifecycles.forTenant(b.store.tenantId());
    this.publisher = b.publisher;
    this.leads = store.repository(Lead.TYPE);
  }

  /** Starts a service over {@code store}'s leads; see {@link Builder} for the defaults. */
  public static Builder builder(TenantStore store, Clock clock) {
    return new Builder(store, clock);
  }

  /** The lifecycle this tenant's leads follow. */
  public LeadLifecycle lifecycle() {
    return lifecycle;
  }

  /** The lead with {@code id}, if the tenant has one. */
  public Optional<Lead> find(LeadId id) {
    return leads.find(Objects.requireNonNull(id, "id"));
  }

  /**
   * Stores a new lead (version 0) in the lifecycle's initial status.
   *
   * @throws ValidationException if the lead is not new, not of this tenant's store, not in the initial
   *     status, or already converted
   */
  public LeadChange create(Lead lead, String actor) {
    Objects.requireNonNull(lead, "lead");
    EntityId.checked(actor, "actor");
    ValidationException.check(lead.version() == 0, "version", "a new lead has version 0 but was " + lead.version());
    ValidationException.check(
        lead.tenantId().equals(store.tenantId()), "tenantId", "must be " + store.tenantId() + " but was " + lead.tenantId());
    ValidationException.check(
        lead.statusHistory().changes().size() == 1 && lead.status().equals(lifecycle.initial()),
        "status",
        "a new lead starts in the initial status '" + lifecycle.initial() + "' but was '" + lead.status() + "'");
    Lead saved = leads.insert(lead);
    return publish(saved, List.of(changed(saved, ChangeKind.CREATED, actor, clock.instant())));
  }

  /**
   * Stores {@code changed} over the version it was read at. Status and conversion cannot change here (use
   * {@link #changeStatus} and {@link LeadConversion}); the stage may only move forward (use {@link
   * #resetStage} to go back). {@code updatedAt} is set from the clock.
   *
   * @throws io.crmkit.core.NotFoundException if the lead does not exist
   * @throws LeadReadOnlyException if the stored lead is converted
   * @throws ConcurrencyConflictException if {@code changed.version()} is not the stored version
   * @throws ValidationException if the status history or creation time was changed
   * @throws IllegalTransitionException if the stage moved backwards
   */
  public LeadChange update(Lead changed, String actor) {
    Objects.requireNonNull(changed, "changed");
    EntityId.checked(actor, "actor");
    Lead stored = current(changed.id(), changed.version(), "update it");
    ValidationException.check(
        changed.statusHistory().equals(stored.statusHistory()),
        "status",
        "cannot be changed by an update (stored '" + stored.status() + "', given '" + changed.status()
            + "'); fire a lifecycle event with changeStatus");
    ValidationException.check(
        changed.createdAt().equals(stored.createdAt()), "createdAt", "cannot be changed (stored " + stored.createdAt() + ")");
    if (!stored.stage().canAdvanceTo(changed.stage())) {
      stored.advanceStage(changed.stage()); // throws, explaining the rule
    }
    Instant now = clock.instant();
    Lead saved = leads.update(changed.withUpdatedAt(later(stored.updatedAt(), now)));
    List<DomainEvent> events = new ArrayList<>();
    events.add(changed(saved, ChangeKind.UPDATED, actor, now));
    if (saved.stage() != stored.stage()) {
      events.add(new LifecycleStageChanged(
          saved.tenantId(), saved.id(), stored.stage(), saved.stage(), Optional.empty(), actor, now));
    }
    return publish(saved, events);
  }

  /**
   * Fires {@code event} of the lifecycle on the lead. The {@link LeadLifecycle#CONVERT} event is refused:
   * conversion goes through {@link LeadConversion}.
   *
   * @throws LeadReadOnlyException if the lead is converted
   * @throws ConcurrencyConflictException if {@code expectedVersion} is stale
   * @throws IllegalTransitionException if the lifecycle refuses the event (with its reason)
   */
  public LeadChange changeStatus(LeadId id, long expectedVersion, String event, String actor) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(event, "event");
    EntityId.checked(actor, "actor");
    Lead stored = current(id, expectedVersion, "change its status");
    if (event.equals(LeadLifecycle.CONVERT)) {
      throw new IllegalTransitionException(
          stored.status(), event, "a lead is converted with LeadConversion, which creates or reuses its account and contact");
    }
    Decision.Accepted decision = lifecycle.machine().fireOrThrow(stored.status(), event, stored);
    Instant now = clock.instant();
    Lead saved = leads.update(stored.withStatusChange(decision, later(stored.statusHistory().enteredAt(), now)));
    return publish(saved, List.of(
        changed(saved, ChangeKind.UPDATED, actor, now),
        new LeadStatusChanged(saved.tenantId(), id, decision.from(), event, decision.to(), actor, now)));
  }

  /**
   * Moves the lead's lifecycle stage forward to {@code stage} (no change when it is already there).
   *
   * @throws IllegalTransitionException if {@code stage} lies before the current stage
   */
  public LeadChange advanceStage(LeadId id, long expectedVersion, LifecycleStage stage, String actor) {
    Objects.requireNonNull(stage, "stage");
    EntityId.checked(actor, "actor");
    Lead stored = current(id, expectedVersion, "change its lifecycle stage");
    Lead moved = stored.advanceStage(stage);
    if (moved == stored) {
      return new LeadChange(stored, List.of());
    }
    return saveStage(stored, moved, Optional.empty(), actor);
  }

  /**
   * Sets the lead's lifecycle stage to {@code stage} in either direction, saying why: HubSpot's explicit
   * reset.
   *
   * @throws ValidationException if {@code reason} is blank
   */
  public LeadChange resetStage(LeadId id, long expectedVersion, LifecycleStage stage, String reason, String actor) {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(reason, "reason");
    EntityId.checked(actor, "actor");
    Lead stored = current(id, expectedVersion, "reset its lifecycle stage");
    return saveStage(stored, stored.resetStage(stage, reason), Optional.of(reason), actor);
  }

  private LeadChange saveStage(Lead stored, Lead moved, Optional<String> reason, String actor) {
    Instant now = clock.instant();
    Lead saved = leads.update(moved.withUpdatedAt(later(stored.updatedAt(), now)));
    return publish(saved, List.of(
        changed(saved, ChangeKind.UPDATED, actor, now),
        new LifecycleStageChanged(saved.tenantId(), saved.id(), stored.stage(), saved.stage(), reason, actor, now)));
  }

  /** The stored lead, checked to be writable and at {@code expectedVersion}. */
  private Lead current(LeadId id, long expectedVersion, String attempted) {
    Lead stored = leads.get(Objects.requireNonNull(id, "id"));
    if (stored.isConverted()) {
      throw new LeadReadOnlyException(id, stored.conversion().orElseThrow(), attempted);
    }
    if (stored.version() != expectedVersion) {
      throw new ConcurrencyConflictException(Lead.TYPE_NAME, id.value(), expectedVersion, stored.version());
    }
    return stored;
  }

  private LeadChange publish(Lead saved, List<DomainEvent> events) {
    events.forEach(publisher::publish);
    return new LeadChange(saved, events);
  }

  private static RecordChanged changed(Lead lead, ChangeKind kind, String actor, Instant at) {
    return new RecordChanged(lead.tenantId(), lead.ref(), kind, java.util.Set.of(), actor, at);
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  /**
   * Configures a {@link LeadService}. Defaults: {@link LeadLifecycles#standard()}, events discarded
   * ({@link EventPublisher#discarding()}).
   */
  public static final class Builder {
    private final TenantStore store;
    private final @Nullable Clock clock;
    private LeadLifecycles lifecycles = LeadLifecycles.standard();
    private EventPublisher publisher = EventPublisher.discarding();

    private Builder(TenantStore store, Clock clock) {
      this.store = Objects.requireNonNull(store, "store");
      this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The lifecycles to look the store's tenant up in. */
    public Builder lifecycles(LeadLifecycles value) {
      this.lifecycles = Objects.requireNonNull(value, "lifecycles");
      return this;
    }

    /** The lifecycle of this store's tenant. */
    public Builder lifecycle(LeadLifecycle value) {
      this.lifecycles = LeadLifecycles.of(Objects.requireNonNull(value, "lifecycle"));
      return this;
    }

    /** Where events go. */
    public Builder publisher(EventPublisher value) {
      this.publisher = Objects.requireNonNull(value, "publisher");
      return this;
    }

    public LeadService build() {
      return new LeadService(this, Objects.requireNonNull(clock, "clock"));
    }
  }
}
