package io.crmkit.testkit.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.IdGenerator;
import io.crmkit.core.TenantId;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.service.feedback.Achievement;
import io.crmkit.service.feedback.RecognitionRule;
import io.crmkit.service.feedback.SurveySubmission;
import io.crmkit.service.knowledge.Article;
import io.crmkit.service.knowledge.ArticleContent;
import io.crmkit.service.knowledge.Audience;
import io.crmkit.service.knowledge.KnowledgeBase;
import io.crmkit.service.knowledge.KnowledgeIndex;
import io.crmkit.service.knowledge.KnowledgeQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;

class KnowledgeArbitrariesProperties {
  @Provide
  Arbitrary<List<ArticleContent>> contents() {
    return KnowledgeArbitraries.articleContents().list().ofMinSize(1).ofMaxSize(3);
  }

  @Property(tries = 100)
  void generatedArticlesPublishAndAreFoundByTheirTitle(@ForAll("contents") List<ArticleContent> contents) {
    Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    try (KnowledgeIndex index = KnowledgeIndex.inMemory()) {
      KnowledgeBase kb = KnowledgeBase.builder(InMemoryStore.create().forTenant(TenantId.of("t")), clock, IdGenerator.uuidV7(clock))
          .index(index).build();
      publishAndFind(kb, contents);
    }
  }

  private static void publishAndFind(KnowledgeBase kb, List<ArticleContent> contents) {
    for (ArticleContent c : contents) {
      Article d = kb.createDraft(c, "u-1");
      Article live = kb.publish(d.id(), d.version(), "u-1").published();
      // every vocabulary word of the title finds the article (random words may be stop words, which are not indexed)
      for (String word : c.title().split(" ")) {
        if (KnowledgeArbitraries.VOCABULARY.contains(word)) {
          List<Article> found = kb.search(KnowledgeQuery.of(word, Audience.CUSTOMER).limit(100)).stream().map(h -> h.article()).toList();
          assertThat(found).extracting(Article::id).contains(live.id());
        }
      }
    }
  }

  @Property(tries = 100)
  void submissionsRulesAndAchievementsAreValid(
      @ForAll("submissions") SurveySubmission s, @ForAll("rules") RecognitionRule r, @ForAll("achievements") Achievement a) {
    assertThat(s.score()).isBetween(s.kind().min(), s.kind().max());
    assertThat(r.points()).isNotZero();
    assertThat(a.describe()).contains(a.caseId().value());
  }

  @Provide
  Arbitrary<SurveySubmission> submissions() {
    return KnowledgeArbitraries.surveySubmissions();
  }

  @Provide
  Arbitrary<RecognitionRule> rules() {
    return KnowledgeArbitraries.recognitionRules();
  }

  @Provide
  Arbitrary<Achievement> achievements() {
    return KnowledgeArbitraries.achievements();
  }

  @Example
  void valuesAreVaried() {
    Set<Object> locales = new HashSet<>();
    Set<Boolean> faq = new HashSet<>();
    Set<Class<?>> kinds = new HashSet<>();
    KnowledgeArbitraries.articleContents().sampleStream().limit(300).forEach(c -> {
      locales.add(c.locale());
      faq.add(c.isFaq());
    });
    KnowledgeArbitraries.achievements().sampleStream().limit(300).forEach(x -> kinds.add(x.getClass()));
    assertThat(locales).hasSizeGreaterThanOrEqualTo(5);
    assertThat(faq).containsExactlyInAnyOrder(true, false);
    assertThat(kinds).hasSize(3);
    assertThat(KnowledgeArbitraries.queries().sampleStream().limit(200).map(KnowledgeQuery::audience).distinct().count()).isEqualTo(2);
  }
}
