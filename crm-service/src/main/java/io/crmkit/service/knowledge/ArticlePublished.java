package io.crmkit.service.knowledge;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.event.DomainEvent;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A version of an article was published by {@code actor}; the previously published version, if any, was
 * archived in the same step.
 *
 * <p>{@code Publication p = kb.publish(draft.id(), draft.version(), "u-1"); p.event().archivedPrevious()}
 */
public record ArticlePublished(
    TenantId tenantId, ArticleId article, ArticleId master, int versionNumber, Optional<ArticleId> archivedPrevious, String actor, Instant at)
    implements DomainEvent {

  public ArticlePublished {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(master, "master");
    Objects.requireNonNull(archivedPrevious, "archivedPrevious");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
    ValidationException.check(versionNumber >= 1, "versionNumber", "must be at least 1");
    ValidationException.check(!actor.isBlank(), "actor", "must name who published");
  }

  @Override
  public Instant occurredAt() {
    return at;
  }

  /** The published version, then the archived one. */
  @Override
  public Set<RecordRef> subjects() {
    Set<RecordRef> s = new LinkedHashSet<>();
    s.add(RecordRef.of(Article.TYPE_NAME, article));
    archivedPrevious.ifPresent(p -> s.add(RecordRef.of(Article.TYPE_NAME, p)));
    return java.util.Collections.unmodifiableSet(s);
  }
}
