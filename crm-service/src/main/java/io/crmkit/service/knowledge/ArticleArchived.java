package io.crmkit.service.knowledge;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.event.DomainEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A version of an article was archived by {@code actor}: taken out of search, kept for history. Also raised
 * for the previous version when a newer one is published.
 *
 * <p>{@code events.stream().filter(ArticleArchived.class::isInstance)}
 *
 * @param fromState the state it left: {@code draft} or {@code published}
 */
public record ArticleArchived(TenantId tenantId, ArticleId article, ArticleId master, String fromState, String actor, Instant at)
    implements DomainEvent {

  public ArticleArchived {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(master, "master");
    Objects.requireNonNull(fromState, "fromState");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
    ValidationException.check(!actor.isBlank(), "actor", "must name who archived");
  }

  @Override
  public Instant occurredAt() {
    return at;
  }

  @Override
  public Set<RecordRef> subjects() {
    return Set.of(RecordRef.of(Article.TYPE_NAME, article));
  }
}
