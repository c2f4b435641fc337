package io.crmkit.service.cases;

import io.crmkit.core.ConcurrencyConflictException;
import io.crmkit.core.EntityId;
import io.crmkit.core.IdGenerator;
import io.crmkit.core.IllegalTransitionException;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.ValidationException;
import io.crmkit.core.event.ChangeKind;
import io.crmkit.core.event.DomainEvent;
import io.crmkit.core.event.EventPublisher;
import io.crmkit.core.event.RecordChanged;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.Query;
import io.crmkit.core.query.Sort;
import io.crmkit.core.statemachine.Decision;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Opens, updates, moves, comments on, links and merges one tenant's cases, with optimistic versions, and
 * publishes what happened ({@link CaseOpened}, {@link RecordChanged}, {@link CaseStatusChanged}, {@link
 * CaseCommented}, {@link CaseParentChanged}, {@link CasesMerged}) after the write succeeds.
 *
 * <pre>{@code
 * CaseService cases = CaseService.builder(tenantStore, clock, ids).publisher(bus).build();
 * Case kase = cases.open(draft, "u-1").supportCase();
 * kase = cases.changeStatus(kase.id(), kase.version(), "open", "u-1").supportCase();
 * kase = cases.comment(kase.id(), kase.version(), CommentVisibility.PUBLIC, "On it", "u-1").supportCase();
 * }</pre>
 *
 * <p>Every write names the version the caller read; a stale one throws {@link ConcurrencyConflictException}
 * and nothing is written. Cases merged into another are read-only ({@link CaseReadOnlyException}).
 */
public final class CaseService {
  private final TenantStore store;
  private final Clock clock;
  private final IdGenerator ids;
  private final CaseLifecycle lifecycle;
  private final EventPublisher publisher;
  private final Repository<Case, CaseId> cases;

  private CaseService(Builder b) {
    this.store = b.store;
    this.clock = b.clock;
    this.ids = b.ids;
    this.lifecycle = b.lifecycles.forTenant(b.store.tenantId());
    this.publisher = b.publisher;
    this.cases = store.repository(Case.TYPE);
  }

  /** Starts a service over {@code store}'s cases; comment ids come from {@code ids}. */
  public static Builder builder(TenantStore store, Clock clock, IdGenerator ids) {
    return new Builder(store, clock, ids);
  }

  /** The lifecycle this tenant's cases follow. */
  public CaseLifecycle lifecycle() {
    return lifecycle;
  }

  /** The tenant store this service writes to. */
  public TenantStore store() {
    return store;
  }

  /** The case with {@code id}, if the tenant has one. */
  public Optional<Case> find(CaseId id) {
    return cases.find(Objects.requireNonNull(id, "id"));
  }

  /** The direct children of {@code parent}, oldest first. */
  public List<Case> children(CaseId parent) {
    Objects.requireNonNull(parent, "parent");
    return cases.query(Query.where(Criteria.eq(CaseFields.PARENT_ID, parent.value())).orderBy(Sort.by(CaseFields.CREATED_AT)));
  }

  /**
   * Stores a new case (version 0) in the lifecycle's initial status.
   *
   * @throws ValidationException if the case is not new, not of this store's tenant, not in the initial status
   *     with a one-entry history, carries merge records, or names a parent that does not exist or was merged
   */
  public CaseChange open(Case draft, String actor) {
    Objects.requireNonNull(draft, "draft");
    EntityId.checked(actor, "actor");
    ValidationException.check(draft.version() == 0, "version", "a new case has version 0 but was " + draft.version());
    ValidationException.check(
        draft.tenantId().equals(store.tenantId()), "tenantId", "must be " + store.tenantId() + " but was " + draft.tenantId());
    ValidationException.check(
        draft.statusChanges().size() == 1 && draft.status().equals(lifecycle.initial()),
        "status",
        "a new case starts in the initial status '" + lifecycle.initial() + "' but was '" + draft.status() + "'");
    ValidationException.check(
        draft.mergedCases().isEmpty() && draft.mergedInto().isEmpty(), "mergedCases", "a new case has no merge records");
    draft.parent().ifPresent(p -> {
      Case parent = cases.find(p).orElseThrow(() -> new ValidationException("parent", "case " + p + " does not exist"));
      ValidationException.check(!parent.isMerged(), "parent", "case " + p + " was merged into " + parent.mergedInto().orElseThrow().survivor());
    });
    return store.transactions().inTransaction(() -> {
      Case saved = cases.insert(draft);
      return new CaseChange(saved, List.of(
          new CaseOpened(saved.tenantId(), saved.id(), saved.status(), saved.channel(), actor, clock.instant())));
    }).publishedBy(publisher);
  }

  /**
   * Stores {@code changed} over the version it was read at: subject, description, priority, type, product,
   * contact, account, owner and custom fields. Status, comments, parent, thread keys and merge records change
   * through their own methods; {@code updatedAt} is set from the clock.
   *
   * @throws NotFoundException if the case does not exist
   * @throws CaseReadOnlyException if the stored case was merged
   * @throws ConcurrencyConflictException if {@code changed.version()} is stale
   * @throws ValidationException naming the first field that may not change here
   */
  public CaseChange update(Case changed, String actor) {
    Objects.requireNonNull(changed, "changed");
    EntityId.checked(actor, "actor");
    Case stored = current(changed.id(), changed.version(), "update it");
    unchanged(changed.statusHistory().equals(stored.statusHistory()), "status", "use changeStatus");
    unchanged(changed.comments().equals(stored.comments()), "comments", "use comment");
    unchanged(changed.parent().equals(stored.parent()), "parent", "use linkParent or unlinkParent");
    unchanged(changed.threadKeys().equals(stored.threadKeys()), "threadKeys", "intake adds them with replies");
    unchanged(changed.mergedCases().equals(stored.mergedCases()) && changed.mergedInto().equals(stored.mergedInto()),
        "mergedCases", "use merge");
    unchanged(changed.createdAt().equals(stored.createdAt()), "createdAt", "it is when the case was opened");
    Instant now = clock.instant();
    Case saved = cases.update(changed.withUpdatedAt(Case.later(stored.updatedAt(), now)));
    return new CaseChange(saved, List.of(new RecordChanged(saved.tenantId(), saved.ref(), ChangeKind.UPDATED, Set.of(), actor, now)))
        .publishedBy(publisher);
  }

  private static void unchanged(boolean same, String field, String how) {
    ValidationException.check(same, field, "cannot be changed by update; " + how);
  }

  /**
   * Fires {@code event} of the lifecycle on the case. The {@link CaseLifecycle#MERGE} event is refused: use
   * {@link #merge}.
   *
   * @throws CaseReadOnlyException if the case was merged
   * @throws ConcurrencyConflictException if {@code expectedVersion} is stale
   * @throws IllegalTransitionException if the lifecycle refuses the event (with its reason)
   */
  public CaseChange changeStatus(CaseId id, long expectedVersion, String event, String actor) {
    Objects.requireNonNull(event, "event");
    EntityId.checked(actor, "actor");
    Case stored = current(id, expectedVersion, "change its status");
    if (event.equals(CaseLifecycle.MERGE)) {
      throw new IllegalTransitionException(stored.status(), event, "cases are merged with CaseService.merge, which moves their comments");
    }
    return moved(stored, lifecycle.machine().fireOrThrow(stored.status(), event, stored), actor).publishedBy(publisher);
  }

  private CaseChange moved(Case stored, Decision.Accepted decision, String actor) {
    Instant now = clock.instant();
    Case saved = cases.update(stored.withStatusChange(decision, Case.later(stored.statusHistory().enteredAt(), now)));
    Instant at = saved.statusHistory().enteredAt();
    return new CaseChange(saved, List.of(
        new CaseStatusChanged(saved.tenantId(), saved.id(), decision.from(), decision.event(), decision.to(), actor, at)));
  }

  /**
   * Adds a comment written now by {@code actor}: an internal note or a public reply. Closed cases take
   * internal notes only.
   *
   * @throws ValidationException if the body is blank, or a public reply is added to a terminal status
   */
  public CaseChange comment(CaseId id, long expectedVersion, CommentVisibility visibility, String body, String actor) {
    Objects.requireNonNull(visibility, "visibility");
    Objects.requireNonNull(body, "body");
    EntityId.checked(actor, "actor");
    return addComment(id, expectedVersion, CaseComment.of(ids.nextValue(), visibility, actor, body, clock.instant()), Set.of());
  }

  /**
   * Adds a comment that came from outside (an inbound message, an import) together with the message ids it
   * mentions, so later replies thread onto this case. Intake uses it; the comment's own instant is kept.
   *
   * @throws ValidationException if a comment with the same id exists, or a public reply is added to a
   *     terminal status
   */
  public CaseChange addComment(CaseId id, long expectedVersion, CaseComment comment, Collection<String> threadKeys) {
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(threadKeys, "threadKeys");
    Case stored = current(id, expectedVersion, "comment on it");
    ValidationException.check(
        !comment.isPublic() || !lifecycle.isTerminal(stored.status()),
        "visibility", "a public reply cannot be added to a case in final status '" + stored.status() + "'; add an internal note");
    Case saved = cases.update(stored.withComment(comment, threadKeys));
    return new CaseChange(saved, List.of(new CaseCommented(saved.tenantId(), saved.id(), comment))).publishedBy(publisher);
  }

  /**
   * Fires {@link CaseLifecycle#CUSTOMER_REPLIED} when the case's status accepts it (pending customer → open in
   * the standard lifecycle); otherwise nothing changes and no event is published.
   */
  public CaseChange customerReplied(CaseId id, long expectedVersion, String actor) {
    EntityId.checked(actor, "actor");
    Case stored = current(id, expectedVersion, "record the customer's reply");
    if (!lifecycle.reopensOnCustomerReply(stored)) {
      return new CaseChange(stored, List.of());
    }
    return moved(stored, lifecycle.machine().fireOrThrow(stored.status(), CaseLifecycle.CUSTOMER_REPLIED, stored), actor)
        .publishedBy(publisher);
  }

  /**
   * Makes {@code parent} the parent of case {@code child}.
   *
   * @throws ValidationException if the parent does not exist, was merged, or is {@code child} or one of its
   *     descendants (parent links never form a cycle)
   */
  public CaseChange linkParent(CaseId child, long expectedVersion, CaseId parent, String actor) {
    Objects.requireNonNull(parent, "parent");
    EntityId.checked(actor, "actor");
    Case stored = current(child, expectedVersion, "link it to a parent");
    Case p = cases.find(parent).orElseThrow(() -> new ValidationException("parent", "case " + parent + " does not exist"));
    ValidationException.check(!p.isMerged(), "parent", "case " + parent + " was merged into " + p.mergedInto().map(CaseMerged::survivor).orElse(parent));
    ValidationException.check(!parent.equals(child), "parent", "a case cannot be its own parent");
    Set<CaseId> seen = new HashSet<>();
    for (Optional<CaseId> up = Optional.of(parent); up.isPresent(); up = cases.find(up.get()).flatMap(Case::parent)) {
      ValidationException.check(
          !up.get().equals(child), "parent", "case " + parent + " descends from case " + child + "; linking would make a cycle");
      if (!seen.add(up.get())) {
        break;
      }
    }
    return reparented(stored, parent, actor).publishedBy(publisher);
  }

  /** Removes the parent link of {@code child} (no change when it has none). */
  public CaseChange unlinkParent(CaseId child, long expectedVersion, String actor) {
    EntityId.checked(actor, "actor");
    Case stored = current(child, expectedVersion, "unlink it from its parent");
    if (stored.parent().isEmpty()) {
      return new CaseChange(stored, List.of());
    }
    return reparented(stored, null, actor).publishedBy(publisher);
  }

  private CaseChange reparented(Case stored, @Nullable CaseId parent, String actor) {
    Instant now = clock.instant();
    Case saved = cases.update(stored.withParent(parent, now));
    return new CaseChange(saved, List.of(
        new CaseParentChanged(saved.tenantId(), saved.id(), stored.parent(), saved.parent(), actor, now)));
  }

  /**
   * Merges duplicate cases into a survivor in one transaction: every comment of the merged cases moves to the
   * survivor (oldest first, each naming its {@link CaseComment#originalCase()}), their status histories and
   * thread keys move with them ({@link Case#mergedCases()}), each merged case is closed by {@link
   * CaseLifecycle#MERGE}, marked {@link Case#mergedInto()} and read-only, and their children are re-parented to
   * the survivor (a survivor that hung under a merged case moves up to the nearest unmerged ancestor). All of
   * it happens or none of it; events are published only after it committed.
   *
   * @throws NotFoundException if a case does not exist
   * @throws ConcurrencyConflictException if a version is stale
   * @throws CaseReadOnlyException if a case was already merged
   * @throws ValidationException if re-parenting would make a cycle
   */
  public CaseMergeResult merge(CaseMergeRequest request) {
    Objects.requireNonNull(request, "request");
    MergeOutcome outcome = store.transactions().inTransaction(() -> mergeInTransaction(request));
    outcome.events().forEach(publisher::publish);
    return outcome.result();
  }

  private record MergeOutcome(CaseMergeResult result, List<DomainEvent> events) {}

  private MergeOutcome mergeInTransaction(CaseMergeRequest request) {
    String actor = request.actor();
    List<DomainEvent> events = new ArrayList<>();
    Case survivor = current(request.survivor(), request.survivorVersion(), "merge cases into it");
    Map<CaseId, Case> merging = new LinkedHashMap<>();
    for (Map.Entry<CaseId, Long> e : request.merged().entrySet()) {
      merging.put(e.getKey(), current(e.getKey(), e.getValue(), "merge it into case " + survivor.id()));
    }
    Instant now = clock.instant();
    List<Case> closed = new ArrayList<>();
    List<CaseComment> comments = new ArrayList<>(survivor.comments());
    List<MergedCase> records = new ArrayList<>(survivor.mergedCases());
    Case.Builder next = survivor.toBuilder();
    for (Case m : merging.values()) {
      Decision.Accepted decision = lifecycle.machine().fireOrThrow(m.status(), CaseLifecycle.MERGE, m);
      Instant at = Case.later(m.statusHistory().enteredAt(), now);
      Case done = m.withStatusChange(decision, at).toBuilder().mergedInto(new CaseMerged(survivor.id(), at, actor)).build();
      closed.add(cases.update(done));
      events.add(new CaseStatusChanged(done.tenantId(), done.id(), decision.from(), decision.event(), decision.to(), actor, at));
      m.comments().forEach(c -> comments.add(c.movedFrom(m.id())));
      records.addAll(m.mergedCases());
      records.add(new MergedCase(m.id(), m.subject(), done.statusHistory(), at, actor));
      m.threadKeys().forEach(next::threadKey);
    }
    comments.sort(Comparator.comparing(CaseComment::at)); // stable: equal instants keep their order
    // parents after the merge: children of merged cases hang under the survivor
    Map<CaseId, Optional<CaseId>> newParents = new LinkedHashMap<>();
    Optional<CaseId> survivorParent = survivor.parent();
    while (survivorParent.isPresent() && merging.containsKey(survivorParent.get())) {
      survivorParent = merging.get(survivorParent.get()).parent();
    }
    List<Case> children = cases.query(Criteria.in(CaseFields.PARENT_ID, merging.keySet().stream().map(CaseId::value).toList()));
    for (Case child : children) {
      if (!child.id().equals(survivor.id()) && !merging.containsKey(child.id())) {
        newParents.put(child.id(), Optional.of(survivor.id()));
      }
    }
    checkAcyclic(survivor.id(), survivorParent, newParents);
    next.comments(comments).mergedCases(records).updatedAt(Case.later(survivor.updatedAt(), now));
    Case.Builder withParent = next;
    Case rebuilt = survivorParent.map(p -> withParent.parent(p).build()).orElseGet(() -> withParent.build().withParent(null, now));
    Case savedSurvivor = cases.update(rebuilt);
    if (!savedSurvivor.parent().equals(survivor.parent())) {
      events.add(new CaseParentChanged(survivor.tenantId(), survivor.id(), survivor.parent(), savedSurvivor.parent(), actor, now));
    }
    List<Case> reparented = new ArrayList<>();
    for (Case child : children) {
      if (newParents.containsKey(child.id())) {
        reparented.add(cases.update(child.withParent(survivor.id(), now)));
        events.add(new CaseParentChanged(child.tenantId(), child.id(), child.parent(), Optional.of(survivor.id()), actor, now));
      }
    }
    int moved = merging.values().stream().mapToInt(m -> m.comments().size()).sum();
    CasesMerged event = new CasesMerged(
        survivor.tenantId(), survivor.id(), List.copyOf(merging.keySet()), reparented.stream().map(Case::id).toList(), moved, actor, now);
    events.add(event);
    return new MergeOutcome(new CaseMergeResult(savedSurvivor, closed, reparented, event), events);
  }

  private void checkAcyclic(CaseId survivor, Optional<CaseId> survivorParent, Map<CaseId, Optional<CaseId>> newParents) {
    // walk up from the survivor with the parents as they will be; a re-parented child on the way is a cycle
    Set<CaseId> seen = new HashSet<>();
    seen.add(survivor);
    for (Optional<CaseId> up = survivorParent; up.isPresent(); ) {
      CaseId at = up.get();
      ValidationException.check(
          !newParents.containsKey(at) && seen.add(at), "merged",
          "re-parenting the merged cases' children would make case " + at + " an ancestor of itself");
      up = cases.find(at).flatMap(Case::parent);
    }
  }

  /** The stored case, checked to be writable and at {@code expectedVersion}. */
  private Case current(CaseId id, long expectedVersion, String attempted) {
    Case stored = cases.get(Objects.requireNonNull(id, "id"));
    if (stored.mergedInto().isPresent()) {
      throw new CaseReadOnlyException(id, stored.mergedInto().get(), attempted);
    }
    if (stored.version() != expectedVersion) {
      throw new ConcurrencyConflictException(Case.TYPE_NAME, id.value(), expectedVersion, stored.version());
    }
    return stored;
  }

  /**
   * Configures a {@link CaseService}. Defaults: {@link CaseLifecycles#standard()}, events discarded
   * ({@link EventPublisher#discarding()}).
   */
  public static final class Builder {
    private final TenantStore store;
    private final Clock clock;
    private final IdGenerator ids;
    private CaseLifecycles lifecycles = CaseLifecycles.standard();
    private EventPublisher publisher = EventPublisher.discarding();

    private Builder(TenantStore store, Clock clock, IdGenerator ids) {
      this.store = Objects.requireNonNull(store, "store");
      this.clock = Objects.requireNonNull(clock, "clock");
      this.ids = Objects.requireNonNull(ids, "ids");
    }

    /** The lifecycles to look the store's tenant up in. */
    public Builder lifecycles(CaseLifecycles value) {
      this.lifecycles = Objects.requireNonNull(value, "lifecycles");
      return this;
    }

    /** The lifecycle of this store's tenant. */
    public Builder lifecycle(CaseLifecycle value) {
      this.lifecycles = CaseLifecycles.of(Objects.requireNonNull(value, "lifecycle"));
      return this;
    }

    /** Where events go. */
    public Builder publisher(EventPublisher value) {
      this.publisher = Objects.requireNonNull(value, "publisher");
      return this;
    }

    public CaseService build() {
      return new CaseService(this);
    }
  }
}
