package io.crmkit.service.knowledge;

import io.crmkit.core.ValidationException;
import java.util.Objects;

/**
 * Why an article matched: the analysed term found in a field, and how much it added to the score (the
 * field's boost included). The reasons of a hit sum to its score, so "why is this first" has an answer.
 *
 * <p>{@code title:printer +2.31}
 *
 * @param field {@code title}, {@code summary}, {@code keywords}, {@code question}, {@code body} or {@code answer}
 * @param term the term as indexed (lower-cased, stemmed when the language is known)
 * @param contribution the part of the score this term in this field gave, greater than zero
 */
public record MatchReason(String field, String term, double contribution) {
  public MatchReason {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(term, "term");
    ValidationException.check(contribution > 0 && Double.isFinite(contribution), "matchReason.contribution", "must be finite and greater than zero but was " + contribution);
  }

  @Override
  public String toString() {
    return field + ":" + term + " +" + String.format(java.util.Locale.ROOT, "%.2f", contribution);
  }
}
