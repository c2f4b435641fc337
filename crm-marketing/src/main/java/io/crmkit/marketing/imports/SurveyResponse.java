package io.crmkit.marketing.imports;

import io.crmkit.core.ValidationException;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A contact's answers to a survey or questionnaire: the survey's name, answer text by question key, and when
 * it was answered. {@code new SurveyResponse("NPS 2026", Map.of("score", "9", "role", "buyer"), at)}
 */
public record SurveyResponse(String survey, Map<String, String> answers, Instant answeredAt) {
  public SurveyResponse {
    Objects.requireNonNull(survey, "survey");
    Objects.requireNonNull(answers, "answers");
    Objects.requireNonNull(answeredAt, "answeredAt");
    ValidationException.check(!survey.isBlank() && survey.length() <= 200, "survey", "must have 1 to 200 characters");
    LinkedHashMap<String, String> copy = new LinkedHashMap<>();
    answers.forEach((q, a) -> copy.put(Objects.requireNonNull(q, "answers.question"), Objects.requireNonNull(a, "answers.answer")));
    ValidationException.check(!copy.isEmpty(), "answers", "must hold at least one answer");
    answers = Collections.unmodifiableMap(copy);
  }
}
