package io.crmkit.sales.lead;

import io.crmkit.core.EntityId;
import io.crmkit.core.ValidationException;
import java.util.Objects;

/**
 * An existing account or contact that a {@link ConversionMatcher} found for a lead: its id, a score in
 * {@code [0, 1]} (a match probability or a rule's mean similarity) and why it matched, for the person who
 * converts: {@code match.explanation()}.
 *
 * @param <I> the id type
 */
public record PartyMatch<I extends EntityId>(I id, double score, String explanation) {
  public PartyMatch {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(explanation, "explanation");
    ValidationException.check(score >= 0 && score <= 1, "score", "must lie in [0, 1] but was " + score);
  }
}
