package io.crmkit.service.knowledge;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of {@link KnowledgeBase#publish}: the newly published version, the version it replaced (now
 * archived), and the event that was published.
 *
 * <p>{@code kb.publish(draft.id(), draft.version(), "u-1").published().isPublished()}
 */
public record Publication(Article published, Optional<Article> archived, ArticlePublished event) {
  public Publication {
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(archived, "archived");
    Objects.requireNonNull(event, "event");
  }
}
