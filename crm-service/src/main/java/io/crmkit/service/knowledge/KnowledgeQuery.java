package io.crmkit.service.knowledge;

import io.crmkit.core.ValidationException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A knowledge-base search: free text (words, not a query syntax: any characters are safe), the audience,
 * and optional filters by language and category (a category includes its descendants).
 *
 * <p>{@code KnowledgeQuery.of("printer jams", Audience.CUSTOMER).inLocale(Locale.ENGLISH).limit(5)}
 *
 * @param text 1 to 1,000 characters
 * @param locale when present, only articles in this language, analysed with its analyzer
 * @param category when present, only articles filed under it or below it
 * @param limit 1 to 100 hits
 */
public record KnowledgeQuery(String text, Audience audience, Optional<Locale> locale, Optional<Category> category, int limit) {
  /** The number of hits unless {@link #limit(int)} says otherwise. */
  public static final int DEFAULT_LIMIT = 10;

  public KnowledgeQuery {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(audience, "audience");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(category, "category");
    ValidationException.check(!text.isBlank() && text.length() <= 1_000, "query.text", "must have 1 to 1000 characters and not be blank");
    ValidationException.check(limit >= 1 && limit <= 100, "query.limit", "must be 1 to 100 but was " + limit);
    locale.ifPresent(l -> ValidationException.check(!l.getLanguage().isEmpty(), "query.locale", "must name a language"));
  }

  /** A query over every language and category, with {@link #DEFAULT_LIMIT} hits. */
  public static KnowledgeQuery of(String text, Audience audience) {
    return new KnowledgeQuery(text, audience, Optional.empty(), Optional.empty(), DEFAULT_LIMIT);
  }

  public KnowledgeQuery inLocale(Locale value) {
    return new KnowledgeQuery(text, audience, Optional.of(value), category, limit);
  }

  public KnowledgeQuery inCategory(Category value) {
    return new KnowledgeQuery(text, audience, locale, Optional.of(value), limit);
  }

  public KnowledgeQuery limit(int value) {
    return new KnowledgeQuery(text, audience, locale, category, value);
  }
}
