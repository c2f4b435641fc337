package io.crmkit.service.feedback;

import io.crmkit.core.ValidationException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One answer to a survey: the score, the customer's comment and when it was given.
 *
 * <p>{@code new SurveyAnswer(5, Optional.of("Quick and kind"), clock.instant())}
 *
 * @param comment up to 4,000 characters, not blank when present
 */
public record SurveyAnswer(int score, Optional<String> comment, Instant answeredAt) {
  public SurveyAnswer {
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(answeredAt, "answeredAt");
    comment.ifPresent(c -> ValidationException.check(!c.isBlank() && c.length() <= 4_000, "survey.comment", "must have 1 to 4000 characters and not be blank"));
  }
}
