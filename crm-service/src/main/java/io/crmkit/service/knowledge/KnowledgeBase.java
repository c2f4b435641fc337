package io.crmkit.service.knowledge;

import io.crmkit.core.ConcurrencyConflictException;
import io.crmkit.core.IdGenerator;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.event.ChangeKind;
import io.crmkit.core.event.EventPublisher;
import io.crmkit.core.event.RecordChanged;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.statemachine.Decision;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One tenant's knowledge base, with Salesforce Knowledge's version semantics: an article is written as a
 * draft, published, and changed by writing a new draft version whose publication archives the version it
 * replaces (so an article has at most one published version and one draft at a time). Every write checks the
 * caller's optimistic version, goes through the tenant store in one transaction, publishes its events and then
 * brings the {@link KnowledgeIndex} up to date, so a published article is found by the next search.
 *
 * <pre>{@code
 * KnowledgeBase kb = KnowledgeBase.builder(acme, clock, ids).build();
 * Article draft = kb.createDraft(ArticleContent.of("Reset your password", "Open Settings ..."), "u-1");
 * kb.publish(draft.id(), draft.version(), "u-1");
 * List<SearchHit> hits = kb.search(KnowledgeQuery.of("password", Audience.CUSTOMER));
 * }</pre>
 *
 * <p>Search answers are re-read from the store and dropped unless they belong to this tenant and are visible
 * to the query's audience, whatever the index says.
 */
public final class KnowledgeBase {
  private final TenantStore store;
  private final Repository<Article, ArticleId> articles;
  private final Clock clock;
  private final IdGenerator ids;
  private final KnowledgeIndex index;
  private final EventPublisher events;

  private KnowledgeBase(Builder b) {
    this.store = b.store;
    this.articles = b.store.repository(Article.TYPE);
    this.clock = b.clock;
    this.ids = b.ids;
    this.index = b.index == null ? KnowledgeIndex.inMemory() : b.index;
    this.events = b.events;
  }

  /** Starts a knowledge base over {@code store}; by default with its own in-memory index and no event listener. */
  public static Builder builder(TenantStore store, Clock clock, IdGenerator ids) {
    return new Builder(store, clock, ids);
  }

  /** The tenant this knowledge base serves. */
  public TenantId tenantId() {
    return store.tenantId();
  }

  /** Writes the first version of a new article, as a draft (agents can find it at once, customers cannot). */
  public Article createDraft(ArticleContent content, String author) {
    Objects.requireNonNull(content, "content");
    requireActor(author, "author");
    Article saved = articles.insert(Article.draft(ids.next(ArticleId::new), store.tenantId(), content, author, clock.instant()));
    index.put(saved);
    events.publish(new RecordChanged(store.tenantId(), saved.ref(), ChangeKind.CREATED, java.util.Set.of(), author, saved.createdAt()));
    return saved;
  }

  /**
   * Starts the next version of the article {@code master} as a draft copied from its latest version.
   *
   * @throws ValidationException if the article already has a draft, or all its versions are archived drafts
   */
  public Article createNextDraft(ArticleId master, String author) {
    Objects.requireNonNull(master, "master");
    requireActor(author, "author");
    List<Article> versions = versions(master);
    ValidationException.check(!versions.isEmpty(), "master", "no article '" + master + "' in tenant " + store.tenantId());
    ValidationException.check(versions.stream().noneMatch(Article::isDraft), "master", "article '" + master + "' already has a draft");
    Article latest = versions.get(versions.size() - 1);
    Article saved = articles.insert(Article.nextDraft(
        ids.next(ArticleId::new), store.tenantId(), master, latest.versionNumber() + 1, latest.content(), author, clock.instant()));
    index.put(saved);
    events.publish(new RecordChanged(store.tenantId(), saved.ref(), ChangeKind.CREATED, java.util.Set.of(), author, saved.createdAt()));
    return saved;
  }

  /**
   * Replaces the content of a draft.
   *
   * @throws ConcurrencyConflictException if the draft's stored version is not {@code expectedVersion}
   * @throws ValidationException if the version is not a draft (published and archived versions are read-only)
   */
  public Article updateDraft(ArticleId id, long expectedVersion, ArticleContent content, String actor) {
    Objects.requireNonNull(content, "content");
    requireActor(actor, "actor");
    Article current = current(id, expectedVersion);
    ValidationException.check(current.isDraft(), "article.state", "only a draft can be edited but '" + id + "' is " + current.state());
    Article saved = articles.update(current.withContent(content, clock.instant()));
    index.put(saved);
    events.publish(new RecordChanged(store.tenantId(), saved.ref(), ChangeKind.UPDATED, java.util.Set.of(), actor, saved.updatedAt()));
    return saved;
  }

  /**
   * Publishes a draft and, in the same transaction, archives the article's previously published version.
   *
   * @throws ConcurrencyConflictException if the draft's stored version is not {@code expectedVersion}
   * @throws io.crmkit.core.IllegalTransitionException if the version is not a draft
   */
  public Publication publish(ArticleId id, long expectedVersion, String actor) {
    requireActor(actor, "actor");
    Instant at = clock.instant();
    Publication done = store.transactions().inTransaction(() -> {
      Article draft = current(id, expectedVersion);
      Decision.Accepted move = ArticleLifecycle.MACHINE.fireOrThrow(draft.state(), ArticleLifecycle.PUBLISH, draft);
      Optional<Article> previous = published(draft.master()).map(p -> articles.update(p.movedTo(ArticleLifecycle.ARCHIVED, at)));
      Article published = articles.update(draft.movedTo(move.to(), at));
      return new Publication(published, previous,
          new ArticlePublished(store.tenantId(), published.id(), published.master(), published.versionNumber(), previous.map(Article::id), actor, at));
    });
    done.archived().ifPresent(a -> index.remove(store.tenantId(), a.id()));
    index.put(done.published());
    done.archived().ifPresent(a -> events.publish(new ArticleArchived(store.tenantId(), a.id(), a.master(), ArticleLifecycle.PUBLISHED, actor, at)));
    events.publish(done.event());
    return done;
  }

  /**
   * Archives a draft or a published version: it leaves search and becomes read-only.
   *
   * @throws ConcurrencyConflictException if the stored version is not {@code expectedVersion}
   * @throws io.crmkit.core.IllegalTransitionException if the version is already archived
   */
  public Article archive(ArticleId id, long expectedVersion, String actor) {
    requireActor(actor, "actor");
    Article current = current(id, expectedVersion);
    Decision.Accepted move = ArticleLifecycle.MACHINE.fireOrThrow(current.state(), ArticleLifecycle.ARCHIVE, current);
    Instant at = clock.instant();
    Article saved = articles.update(current.movedTo(move.to(), at));
    index.remove(store.tenantId(), saved.id());
    events.publish(new ArticleArchived(store.tenantId(), saved.id(), saved.master(), current.state(), actor, at));
    return saved;
  }

  /** The stored version {@code id}, if this tenant has it. */
  public Optional<Article> find(ArticleId id) {
    return articles.find(Objects.requireNonNull(id, "id"));
  }

  /** The published version of the article {@code master}, if there is one. */
  public Optional<Article> published(ArticleId master) {
    Objects.requireNonNull(master, "master");
    return articles.query(Criteria.and(
            Criteria.eq(Article.MASTER, master.value()), Criteria.eq(Article.STATE, ArticleLifecycle.PUBLISHED)))
        .stream().findFirst();
  }

  /** Every version of the article {@code master}, oldest first. */
  public List<Article> versions(ArticleId master) {
    Objects.requireNonNull(master, "master");
    List<Article> all = new ArrayList<>(articles.query(Criteria.eq(Article.MASTER, master.value())));
    all.sort(Comparator.comparingInt(Article::versionNumber));
    return List.copyOf(all);
  }

  /** The best matches of {@code query}, best first; customers only ever get published versions of this tenant. */
  public List<SearchHit> search(KnowledgeQuery query) {
    Objects.requireNonNull(query, "query");
    return hits(index.search(store.tenantId(), query), query.audience());
  }

  /**
   * The articles most like a case's subject and description, best first, each with the terms that made it
   * relevant (its reasons); for the customer audience only published versions are suggested.
   */
  public List<SearchHit> suggestFor(CaseText text, Audience audience, int limit) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(audience, "audience");
    ValidationException.check(limit >= 1 && limit <= 100, "limit", "must be 1 to 100 but was " + limit);
    return hits(index.similar(store.tenantId(), text.subject(), text.description(), audience, text.locale(), limit), audience);
  }

  /**
   * Rebuilds this tenant's part of the index from the store (drafts and published versions), e.g. after a
   * restart with an in-memory index; returns how many versions were indexed.
   */
  public int reindex() {
    int n = 0;
    try (Stream<Article> all = articles.stream(Criteria.all())) {
      for (Article a : (Iterable<Article>) all::iterator) {
        if (a.isArchived()) {
          index.remove(store.tenantId(), a.id());
        } else {
          index.put(a);
          n++;
        }
      }
    }
    return n;
  }

  private List<SearchHit> hits(List<IndexedMatch> matches, Audience audience) {
    List<SearchHit> out = new ArrayList<>(matches.size());
    for (IndexedMatch m : matches) {
      articles.find(m.id())
          .filter(a -> a.tenantId().equals(store.tenantId()) && audience.maySee(a))
          .ifPresent(a -> out.add(new SearchHit(a, m.score(), m.excerpt(), m.reasons())));
    }
    return List.copyOf(out);
  }

  private Article current(ArticleId id, long expectedVersion) {
    Objects.requireNonNull(id, "id");
    Article current = articles.get(id);
    if (current.version() != expectedVersion) {
      throw new ConcurrencyConflictException(Article.TYPE_NAME, id.value(), expectedVersion, current.version());
    }
    return current;
  }

  private static void requireActor(String actor, String field) {
    Objects.requireNonNull(actor, field);
    ValidationException.check(!actor.isBlank(), field, "must name a user");
  }

  /** Collects the parts of a {@link KnowledgeBase}; obtain one from {@link KnowledgeBase#builder}. */
  public static final class Builder {
    private final TenantStore store;
    private final Clock clock;
    private final IdGenerator ids;
    private KnowledgeIndex index;
    private EventPublisher events = EventPublisher.discarding();

    private Builder(TenantStore store, Clock clock, IdGenerator ids) {
      this.store = Objects.requireNonNull(store, "store");
      this.clock = Objects.requireNonNull(clock, "clock");
      this.ids = Objects.requireNonNull(ids, "ids");
    }

    /** The index to keep in sync and search; may be shared with other tenants' knowledge bases. */
    public Builder index(KnowledgeIndex value) {
      this.index = Objects.requireNonNull(value, "index");
      return this;
    }

    /** Where {@link RecordChanged}, {@link ArticlePublished} and {@link ArticleArchived} go. */
    public Builder events(EventPublisher value) {
      this.events = Objects.requireNonNull(value, "events");
      return this;
    }

    public KnowledgeBase build() {
      return new KnowledgeBase(this);
    }
  }
}
