package io.crmkit.service.knowledge;

import io.crmkit.core.Aggregate;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.store.EntityType;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a knowledge article, stored on its own ({@link #TYPE}): the article it belongs to
 * ({@link #master()}, the id of its first version), its version number, its lifecycle state
 * ({@link ArticleLifecycle}), its {@link ArticleContent}, who wrote it and when it was created, published and
 * archived. {@link #version()} is the optimistic-concurrency version of the stored record, not the article
 * version.
 *
 * <p>Versions are made and moved by {@link KnowledgeBase}: {@code Article draft = kb.createDraft(content, "u-1");}
 *
 * @param versionNumber 1 for the first version, one more for each new draft of the same article
 * @param state one of {@link ArticleLifecycle#DRAFT}, {@link ArticleLifecycle#PUBLISHED}, {@link ArticleLifecycle#ARCHIVED}
 * @param author the user who created this version
 */
public record Article(
    ArticleId id,
    TenantId tenantId,
    long version,
    ArticleId master,
    int versionNumber,
    String state,
    ArticleContent content,
    String author,
    Instant createdAt,
    Instant updatedAt,
    Optional<Instant> publishedAt,
    Optional<Instant> archivedAt)
    implements Aggregate<ArticleId> {

  /** The entity type name, {@code knowledge_article}. */
  public static final String TYPE_NAME = "knowledge_article";
  /** The article every version belongs to; indexed. */
  public static final FieldRef<String> MASTER = FieldRef.text("master");
  /** The lifecycle state; indexed. */
  public static final FieldRef<String> STATE = FieldRef.text("state");
  /** The article version number. */
  public static final FieldRef<Long> VERSION_NUMBER = FieldRef.number("versionNumber");

  /** Describes article versions to the stores. */
  public static final EntityType<Article, ArticleId> TYPE =
      EntityType.builder(TYPE_NAME, Article.class, ArticleId::new)
          .field(MASTER, a -> a.master().value())
          .field(STATE, Article::state)
          .field(VERSION_NUMBER, a -> (long) a.versionNumber())
          .index(MASTER, STATE)
          .build();

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(master, "master");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    Objects.requireNonNull(publishedAt, "publishedAt");
    Objects.requireNonNull(archivedAt, "archivedAt");
    ValidationException.checkNotNegative(version, "version");
    ValidationException.check(versionNumber >= 1, "article.versionNumber", "must be at least 1 but was " + versionNumber);
    ValidationException.check(versionNumber > 1 || master.equals(id), "article.master", "the first version must be its own master");
    ValidationException.check(
        ArticleLifecycle.MACHINE.hasState(state), "article.state", "must be one of " + ArticleLifecycle.MACHINE.states() + " but was '" + state + "'");
    ValidationException.check(!author.isBlank(), "article.author", "must name the user who wrote the version");
    ValidationException.check(!updatedAt.isBefore(createdAt), "article.updatedAt", "must not be before createdAt");
    ValidationException.check(
        publishedAt.isPresent() == !state.equals(ArticleLifecycle.DRAFT) || state.equals(ArticleLifecycle.ARCHIVED),
        "article.publishedAt", "must be present exactly when the version is or was published");
    ValidationException.check(
        archivedAt.isPresent() == state.equals(ArticleLifecycle.ARCHIVED), "article.archivedAt", "must be present exactly when the version is archived");
  }

  /** A new first version in {@code draft} (record version 0), its own master. */
  public static Article draft(ArticleId id, TenantId tenantId, ArticleContent content, String author, Instant at) {
    return new Article(id, tenantId, 0, id, 1, ArticleLifecycle.DRAFT, content, author, at, at, Optional.empty(), Optional.empty());
  }

  /** A new draft version {@code versionNumber} of the article {@code master} (record version 0). */
  public static Article nextDraft(ArticleId id, TenantId tenantId, ArticleId master, int versionNumber, ArticleContent content, String author, Instant at) {
    return new Article(id, tenantId, 0, master, versionNumber, ArticleLifecycle.DRAFT, content, author, at, at, Optional.empty(), Optional.empty());
  }

  /** This version as a record reference, {@code knowledge_article:<id>}. */
  public RecordRef ref() {
    return RecordRef.of(TYPE_NAME, id);
  }

  /** The title of this version. */
  public String title() {
    return content.title();
  }

  public boolean isDraft() {
    return state.equals(ArticleLifecycle.DRAFT);
  }

  public boolean isPublished() {
    return state.equals(ArticleLifecycle.PUBLISHED);
  }

  public boolean isArchived() {
    return state.equals(ArticleLifecycle.ARCHIVED);
  }

  @Override
  public Article withVersion(long version) {
    return new Article(id, tenantId, version, master, versionNumber, state, content, author, createdAt, updatedAt, publishedAt, archivedAt);
  }

  /** This draft with new content, updated at {@code at}. */
  public Article withContent(ArticleContent value, Instant at) {
    return new Article(id, tenantId, version, master, versionNumber, state, value, author, createdAt, at, publishedAt, archivedAt);
  }

  /** This version in {@code newState} at {@code at}, stamping the publication or archiving instant. */
  Article movedTo(String newState, Instant at) {
    Optional<Instant> published = newState.equals(ArticleLifecycle.PUBLISHED) ? Optional.of(at) : publishedAt;
    Optional<Instant> archived = newState.equals(ArticleLifecycle.ARCHIVED) ? Optional.of(at) : archivedAt;
    return new Article(id, tenantId, version, master, versionNumber, newState, content, author, createdAt, at, published, archived);
  }
}
