package io.crmkit.service.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.IdGenerator;
import io.crmkit.core.TenantId;
import io.crmkit.core.store.CrmStore;
import io.crmkit.core.store.memory.InMemoryStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

class KnowledgeSearchProperties {
  private static final List<String> WORDS = List.of(
      "printer", "jam", "password", "reset", "invoice", "refund", "vpn", "login", "toner", "wifi", "drucker", "fehler", "facture");
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

  /** What to do with one generated article: in which tenant, with what content, how far through its lifecycle. */
  record Plan(boolean otherTenant, ArticleContent content, int steps) {}

  @Provide
  Arbitrary<String> words() {
    // English stop words are not indexed (by design), so they are no words to find an article by
    return Arbitraries.oneOf(Arbitraries.of(WORDS), Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(8))
        .filter(w -> !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w));
  }

  private Arbitrary<String> phrases(int max) {
    return words().list().ofMinSize(1).ofMaxSize(max).map(l -> String.join(" ", l));
  }

  @Provide
  Arbitrary<List<Plan>> plans() {
    Arbitrary<ArticleContent> contents = Combinators.combine(phrases(5), phrases(8), phrases(30), Arbitraries.of("en", "de", "fr", "xx").optional())
        .as((t, s, b, lang) -> {
          ArticleContent c = ArticleContent.of(t, b).withSummary(s);
          return lang.map(l -> c.withLocale(Locale.forLanguageTag(l))).orElse(c);
        });
    // steps: 0 draft, 1 published, 2 published then archived, 3 published then a second draft, 4 second version published
    return Combinators.combine(Arbitraries.of(true, false), contents, Arbitraries.integers().between(0, 4))
        .as(Plan::new).list().ofMinSize(1).ofMaxSize(8);
  }

  private static Article carryOut(KnowledgeBase kb, Plan p) {
    Article a = kb.createDraft(p.content(), "u-1");
    if (p.steps() >= 1) {
      a = kb.publish(a.id(), a.version(), "u-1").published();
    }
    if (p.steps() == 2) {
      a = kb.archive(a.id(), a.version(), "u-1");
    }
    if (p.steps() >= 3) {
      Article next = kb.createNextDraft(a.master(), "u-1");
      next = kb.updateDraft(next.id(), next.version(), next.content().withTitle(p.content().title() + " v2"), "u-1");
      if (p.steps() == 4) {
        next = kb.publish(next.id(), next.version(), "u-1").published();
      }
    }
    return a;
  }

  @Property(tries = 100)
  void customerSearchNeverReturnsAnotherTenantsOrUnpublishedArticle(@ForAll("plans") List<Plan> plans, @ForAll("words") String query) {
    CrmStore store = InMemoryStore.create();
    IdGenerator ids = IdGenerator.uuidV7(CLOCK);
    try (KnowledgeIndex index = KnowledgeIndex.inMemory()) {
      KnowledgeBase acme = KnowledgeBase.builder(store.forTenant(TenantId.of("acme")), CLOCK, ids).index(index).build();
      KnowledgeBase globex = KnowledgeBase.builder(store.forTenant(TenantId.of("globex")), CLOCK, ids).index(index).build();
      List<Article> mine = new ArrayList<>();
      for (Plan p : plans) {
        Article a = carryOut(p.otherTenant() ? globex : acme, p);
        if (!p.otherTenant()) {
          mine.add(a);
        }
      }
      Set<ArticleId> acmeVersions = mine.stream().flatMap(a -> acme.versions(a.master()).stream()).map(Article::id).collect(Collectors.toSet());
      for (SearchHit h : acme.search(KnowledgeQuery.of(query, Audience.CUSTOMER).limit(100))) {
        assertThat(h.article().tenantId()).isEqualTo(TenantId.of("acme"));
        assertThat(acmeVersions).contains(h.article().id());
        assertThat(acme.find(h.article().id()).orElseThrow().state()).isEqualTo(ArticleLifecycle.PUBLISHED);
      }
      for (SearchHit h : acme.search(KnowledgeQuery.of(query, Audience.AGENT).limit(100))) {
        assertThat(acmeVersions).contains(h.article().id());
        assertThat(h.article().isArchived()).isFalse();
      }
    }
  }

  @Property(tries = 100)
  void publishingMakesAnArticleFindableByAWordOfItsTitle(
      @ForAll("plans") List<Plan> others, @ForAll("words") String word, @ForAll("words") String otherWord) {
    CrmStore store = InMemoryStore.create();
    IdGenerator ids = IdGenerator.uuidV7(CLOCK);
    try (KnowledgeIndex index = KnowledgeIndex.inMemory()) {
      KnowledgeBase acme = KnowledgeBase.builder(store.forTenant(TenantId.of("acme")), CLOCK, ids).index(index).build();
      KnowledgeBase globex = KnowledgeBase.builder(store.forTenant(TenantId.of("globex")), CLOCK, ids).index(index).build();
      others.forEach(p -> carryOut(p.otherTenant() ? globex : acme, p));
      Article draft = acme.createDraft(ArticleContent.of(otherWord + " " + word, "Body text."), "u-1");
      Article published = acme.publish(draft.id(), draft.version(), "u-1").published();
      List<SearchHit> hits = acme.search(KnowledgeQuery.of(word, Audience.CUSTOMER).limit(100));
      assertThat(hits).extracting(h -> h.article().id()).contains(published.id());
    }
  }
}
