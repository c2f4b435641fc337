package io.crmkit.service.knowledge;

import io.crmkit.core.ValidationException;
import java.util.List;
import java.util.Objects;

/**
 * One article version found by a search or suggested for a case, best first: the version as stored, its
 * relevance score, an excerpt around the matched words and the reasons it matched (which sum to the score).
 *
 * <p>{@code hits.get(0).article().title()}, {@code hits.get(0).reasons()}
 */
public record SearchHit(Article article, double score, Excerpt excerpt, List<MatchReason> reasons) {
  public SearchHit {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(excerpt, "excerpt");
    reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
    ValidationException.check(score > 0 && Double.isFinite(score), "hit.score", "must be finite and greater than zero but was " + score);
  }

  /** The reasons in words, e.g. {@code [title:printer +2.31, body:jam +0.80]}. */
  public String explanation() {
    return reasons.toString();
  }
}
