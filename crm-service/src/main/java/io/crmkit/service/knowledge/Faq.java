package io.crmkit.service.knowledge;

import io.crmkit.core.ValidationException;
import java.util.Objects;

/**
 * The question and answer of an article that is an FAQ entry: {@code new Faq("How do I reset my password?",
 * "Open Settings, then Security.")}. Both are searched (the question as strongly as a summary).
 *
 * @param question 1 to 500 characters
 * @param answer 1 to 20,000 characters
 */
public record Faq(String question, String answer) {
  public Faq {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(answer, "answer");
    ValidationException.check(!question.isBlank() && question.length() <= 500, "faq.question", "must have 1 to 500 characters and not be blank");
    ValidationException.check(!answer.isBlank() && answer.length() <= 20_000, "faq.answer", "must have 1 to 20000 characters and not be blank");
  }
}
