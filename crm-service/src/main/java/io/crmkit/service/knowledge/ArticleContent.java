package io.crmkit.service.knowledge;

import io.crmkit.core.ValidationException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What an article version says: title, summary, body, the categories it is filed under, an optional FAQ
 * question and answer, its language and its keywords. A draft's content is replaced as a whole.
 *
 * <p>{@code ArticleContent.of("Reset your password", "Open Settings, then Security ...").withLocale(Locale.ENGLISH)}
 *
 * @param title 1 to 255 characters; searched with the highest boost
 * @param summary up to 1,000 characters (may be empty); boosted above the body
 * @param body up to 100,000 characters (may be empty)
 * @param categories distinct categories, at most 20
 * @param faq the question and answer when the article is an FAQ entry
 * @param locale the language the article is written in, when known; it selects the language's analyzer
 * @param keywords distinct search keywords (1 to 64 characters each), at most 50
 */
public record ArticleContent(
    String title,
    String summary,
    String body,
    List<Category> categories,
    Optional<Faq> faq,
    Optional<Locale> locale,
    List<String> keywords) {

  public ArticleContent {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(body, "body");
    categories = List.copyOf(Objects.requireNonNull(categories, "categories"));
    Objects.requireNonNull(faq, "faq");
    Objects.requireNonNull(locale, "locale");
    keywords = List.copyOf(Objects.requireNonNull(keywords, "keywords"));
    ValidationException.check(!title.isBlank() && title.length() <= 255, "article.title", "must have 1 to 255 characters and not be blank");
    ValidationException.check(summary.length() <= 1_000, "article.summary", "must have at most 1000 characters but had " + summary.length());
    ValidationException.check(body.length() <= 100_000, "article.body", "must have at most 100000 characters but had " + body.length());
    ValidationException.check(categories.size() <= 20, "article.categories", "must have at most 20 entries");
    ValidationException.check(new LinkedHashSet<>(categories).size() == categories.size(), "article.categories", "must not repeat a category");
    ValidationException.check(keywords.size() <= 50, "article.keywords", "must have at most 50 entries");
    ValidationException.check(new LinkedHashSet<>(keywords).size() == keywords.size(), "article.keywords", "must not repeat a keyword");
    for (String k : keywords) {
      ValidationException.check(!k.isBlank() && k.length() <= 64, "article.keywords", "each must have 1 to 64 characters and not be blank");
    }
    locale.ifPresent(l -> ValidationException.check(!l.getLanguage().isEmpty(), "article.locale", "must name a language"));
  }

  /** Content with a title and body only: no summary, categories, FAQ, locale or keywords. */
  public static ArticleContent of(String title, String body) {
    return new ArticleContent(title, "", body, List.of(), Optional.empty(), Optional.empty(), List.of());
  }

  public ArticleContent withTitle(String value) {
    return new ArticleContent(value, summary, body, categories, faq, locale, keywords);
  }

  public ArticleContent withSummary(String value) {
    return new ArticleContent(title, value, body, categories, faq, locale, keywords);
  }

  public ArticleContent withBody(String value) {
    return new ArticleContent(title, summary, value, categories, faq, locale, keywords);
  }

  public ArticleContent withCategories(Category... values) {
    return new ArticleContent(title, summary, body, List.of(values), faq, locale, keywords);
  }

  public ArticleContent withCategories(List<Category> values) {
    return new ArticleContent(title, summary, body, values, faq, locale, keywords);
  }

  /** This content as an FAQ entry. */
  public ArticleContent withFaq(Faq value) {
    return new ArticleContent(title, summary, body, categories, Optional.of(value), locale, keywords);
  }

  public ArticleContent withLocale(Locale value) {
    return new ArticleContent(title, summary, body, categories, faq, Optional.of(value), keywords);
  }

  public ArticleContent withKeywords(String... values) {
    return new ArticleContent(title, summary, body, categories, faq, locale, List.of(values));
  }

  public ArticleContent withKeywords(List<String> values) {
    return new ArticleContent(title, summary, body, categories, faq, locale, values);
  }

  /** Whether this article is an FAQ entry. */
  public boolean isFaq() {
    return faq.isPresent();
  }
}
