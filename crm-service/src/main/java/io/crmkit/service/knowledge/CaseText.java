package io.crmkit.service.knowledge;

import io.crmkit.core.ValidationException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a case says, as input to {@link KnowledgeBase#suggestFor}: its subject, its description and, when
 * known, the customer's language. The subject weighs double.
 *
 * <p>{@code CaseText.of("Printer jams", "Paper jams in tray 2 after the update")}
 *
 * @param subject up to 1,000 characters
 * @param description up to 32,000 characters; subject and description are not both blank
 */
public record CaseText(String subject, String description, Optional<Locale> locale) {
  public CaseText {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(locale, "locale");
    ValidationException.check(subject.length() <= 1_000, "case.subject", "must have at most 1000 characters");
    ValidationException.check(description.length() <= 32_000, "case.description", "must have at most 32000 characters");
    ValidationException.check(!(subject.isBlank() && description.isBlank()), "case.subject", "subject and description must not both be blank");
  }

  /** A case text of unknown language. */
  public static CaseText of(String subject, String description) {
    return new CaseText(subject, description, Optional.empty());
  }

  public CaseText inLocale(Locale value) {
    return new CaseText(subject, description, Optional.of(value));
  }
}
