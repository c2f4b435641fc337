package io.crmkit.testkit.service;

import io.crmkit.core.TenantId;
import io.crmkit.service.cases.CaseId;
import io.crmkit.service.feedback.Achievement;
import io.crmkit.service.feedback.RecognitionRule;
import io.crmkit.service.feedback.SurveyKind;
import io.crmkit.service.feedback.SurveySubmission;
import io.crmkit.service.knowledge.ArticleContent;
import io.crmkit.service.knowledge.ArticleId;
import io.crmkit.service.knowledge.ArticleView;
import io.crmkit.service.knowledge.Category;
import io.crmkit.service.knowledge.Faq;
import io.crmkit.service.knowledge.KnowledgeQuery;
import io.crmkit.service.knowledge.Audience;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for the knowledge base and feedback of crm-service: article contents (titles and bodies
 * from a support vocabulary with Unicode words, categories, FAQs, locales, keywords), search queries, portal
 * views, survey submissions, recognition rules and achievements. Every value goes through the real
 * constructors, so it is valid.
 *
 * <p>{@code KnowledgeArbitraries.articleContents().list().ofMaxSize(50)}
 */
public final class KnowledgeArbitraries {
  /** The support words titles, bodies and queries are made of, so that generated queries find something. */
  public static final List<String> VOCABULARY = List.of(
      "printer", "paper", "jam", "tray", "toner", "password", "reset", "login", "invoice", "refund", "shipping",
      "wifi", "router", "vpn", "update", "firmware", "error", "account", "billing", "drucker", "fehlermeldung",
      "facture", "contraseña", "пароль", "ログイン");
  private static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");

  private KnowledgeArbitraries() {}

  /** One word of {@link #VOCABULARY}, or now and then a random lower-case word. */
  public static Arbitrary<String> words() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, Arbitraries.of(VOCABULARY)),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(10)));
  }

  private static Arbitrary<String> phrase(int minWords, int maxWords) {
    return words().list().ofMinSize(minWords).ofMaxSize(maxWords).map(w -> String.join(" ", w));
  }

  /** Category paths one to three levels deep under a few roots. */
  public static Arbitrary<Category> categories() {
    return Arbitraries.of("Printers", "Accounts", "Billing", "Réseau").flatMap(root ->
        Arbitraries.of("Laser", "Inkjet", "Passwords", "Invoices", "Wi-Fi", "日本").list().ofMaxSize(2)
            .map(rest -> {
              Category c = Category.of(root);
              for (String s : rest) {
                c = c.child(s);
              }
              return c;
            }));
  }

  /** Locales with and without a Lucene analyzer (English, German, French, Spanish, Japanese, Welsh). */
  public static Arbitrary<Locale> locales() {
    return Arbitraries.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.forLanguageTag("es"), Locale.JAPANESE, Locale.forLanguageTag("cy"));
  }

  /** Article contents: a 1–6 word title, an optional summary, a 0–60 word body, and optional extras. */
  public static Arbitrary<ArticleContent> articleContents() {
    Arbitrary<ArticleContent> base = Combinators.combine(phrase(1, 6), phrase(0, 12), phrase(0, 60))
        .as((title, summary, body) -> ArticleContent.of(title, body).withSummary(summary));
    return Combinators.combine(
            base,
            categories().list().uniqueElements().ofMaxSize(3),
            Combinators.combine(phrase(2, 8), phrase(1, 20)).as((q, a) -> new Faq(q + "?", a)).optional(0.2),
            locales().optional(0.7),
            words().list().uniqueElements().ofMaxSize(5))
        .as((c, cats, faq, locale, keywords) -> {
          ArticleContent out = c.withCategories(cats).withKeywords(keywords);
          out = faq.map(out::withFaq).orElse(out);
          return locale.map(out::withLocale).orElse(out);
        });
  }

  /** Queries of one to three words for either audience, sometimes in a locale. */
  public static Arbitrary<KnowledgeQuery> queries() {
    return Combinators.combine(phrase(1, 3), Arbitraries.of(Audience.class), locales().optional(0.3), Arbitraries.integers().between(1, 20))
        .as((text, audience, locale, limit) -> {
          KnowledgeQuery q = KnowledgeQuery.of(text, audience).limit(limit);
          return locale.map(q::inLocale).orElse(q);
        });
  }

  /** Portal views of the given articles by up to 30 sessions over 2025. */
  public static Arbitrary<ArticleView> articleViews(List<ArticleId> articles) {
    Objects.requireNonNull(articles, "articles");
    return Combinators.combine(Arbitraries.integers().between(1, 30).map(i -> "s-" + i), Arbitraries.of(articles), instants())
        .as(ArticleView::new);
  }

  /** Survey submissions of either kind, on the kind's whole scale, sometimes with comment, agent and team. */
  public static Arbitrary<SurveySubmission> surveySubmissions() {
    return Combinators.combine(
            Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12).map(CaseId::new),
            Arbitraries.of(SurveyKind.class), Arbitraries.integers().between(0, 10),
            Arbitraries.of("Great", "Trop lent", "とても良い", "Meh").optional(0.4),
            Arbitraries.of("ann", "bob", "chloé").optional(0.8), Arbitraries.of("tier-1", "tier-2").optional(0.6))
        .as((c, kind, raw, comment, agent, team) -> {
          SurveySubmission s = SurveySubmission.of(c, kind, kind.min() + raw % (kind.max() - kind.min() + 1));
          s = comment.map(s::withComment).orElse(s);
          s = agent.map(s::byAgent).orElse(s);
          return team.map(s::inTeam).orElse(s);
        });
  }

  /** Recognition rules of every kind, with points from −50 to 100 (never 0). */
  public static Arbitrary<RecognitionRule> recognitionRules() {
    Arbitrary<String> names = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12);
    Arbitrary<Integer> points = Arbitraries.integers().between(-50, 100).filter(p -> p != 0);
    Arbitrary<RecognitionRule> solved = Combinators.combine(names, points).as(RecognitionRule::caseSolved);
    Arbitrary<RecognitionRule> sla = Combinators.combine(names, Arbitraries.of("first_response", "resolution").optional(), points)
        .as((n, m, p) -> m.map(metric -> RecognitionRule.slaMet(n, metric, p)).orElseGet(() -> RecognitionRule.slaMet(n, p)));
    Arbitrary<RecognitionRule> rating = Combinators.combine(names, Arbitraries.of(SurveyKind.class), Arbitraries.integers().between(0, 10),
            Arbitraries.integers().between(0, 10), points)
        .as((n, kind, a, b, p) -> {
          int span = kind.max() - kind.min() + 1;
          int lo = kind.min() + Math.min(a, b) % span;
          int hi = Math.max(lo, kind.min() + Math.max(a, b) % span);
          return RecognitionRule.rating(n, kind, lo, hi, p);
        });
    return Arbitraries.oneOf(solved, sla, rating);
  }

  /** Achievements of up to six agents over 2025: solved cases, met SLA targets and ratings of both kinds. */
  public static Arbitrary<Achievement> achievements() {
    Arbitrary<String> agents = Arbitraries.of("ann", "bob", "chloé", "dev", "eitan", "fu");
    Arbitrary<CaseId> cases = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(6).map(CaseId::new);
    Arbitrary<Achievement> solved = Combinators.combine(agents, cases, instants()).as(Achievement.CaseSolved::new);
    Arbitrary<Achievement> sla = Combinators.combine(agents, cases, Arbitraries.of("first_response", "next_response", "resolution"), instants())
        .as(Achievement.SlaMet::new);
    Arbitrary<Achievement> rated = Combinators.combine(agents, cases, Arbitraries.of(SurveyKind.class), Arbitraries.integers().between(0, 10), instants())
        .as((a, c, kind, raw, at) -> new Achievement.CaseRated(a, c, kind, kind.min() + raw % (kind.max() - kind.min() + 1), at));
    return Arbitraries.oneOf(solved, sla, rated);
  }

  /** Tenants {@code t0} … {@code t4}, for tenant-isolation properties. */
  public static Arbitrary<TenantId> tenants() {
    return Arbitraries.integers().between(0, 4).map(i -> TenantId.of("t" + i));
  }

  private static Arbitrary<Instant> instants() {
    return Arbitraries.longs().between(0, 365L * 86_400 - 1).map(FROM::plusSeconds);
  }
}
