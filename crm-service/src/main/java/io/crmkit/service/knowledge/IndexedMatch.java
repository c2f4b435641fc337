package io.crmkit.service.knowledge;

import io.crmkit.core.ValidationException;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link KnowledgeIndex} answers for one article version: its id, score, excerpt and reasons.
 * {@link KnowledgeBase} turns it into a {@link SearchHit} after re-reading the version from the store.
 *
 * <p>{@code new IndexedMatch(id, 3.2, excerpt, reasons)}
 *
 * @param score greater than zero
 */
public record IndexedMatch(ArticleId id, double score, Excerpt excerpt, List<MatchReason> reasons) {
  public IndexedMatch {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(excerpt, "excerpt");
    reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
    ValidationException.check(score > 0 && Double.isFinite(score), "match.score", "must be finite and greater than zero but was " + score);
  }
}
