package io.crmkit.service.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.ConcurrencyConflictException;
import io.crmkit.core.IdGenerator;
import io.crmkit.core.IllegalTransitionException;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.event.DomainEvent;
import io.crmkit.core.store.CrmStore;
import io.crmkit.core.store.memory.InMemoryStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class KnowledgeBaseTest {
  private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
  private final IdGenerator ids = IdGenerator.uuidV7(clock);
  private final CrmStore store = InMemoryStore.create();
  private final KnowledgeIndex index = KnowledgeIndex.inMemory();
  private final List<DomainEvent> events = new ArrayList<>();
  private final KnowledgeBase kb = KnowledgeBase.builder(store.forTenant(TenantId.of("acme")), clock, ids).index(index).events(events::add).build();

  @AfterEach
  void close() {
    index.close();
  }

  private Article published(ArticleContent content) {
    Article d = kb.createDraft(content, "u-1");
    return kb.publish(d.id(), d.version(), "u-1").published();
  }

  @Nested
  @DisplayName("versions and states")
  class Versions {
    @Test
    @DisplayName("a draft is found by agents, not by customers; publishing makes it findable by customers")
    void draftsAreForAgents() {
      Article draft = kb.createDraft(ArticleContent.of("Printer paper jams", "Open tray two and remove the paper."), "u-1");
      assertThat(kb.search(KnowledgeQuery.of("printer", Audience.AGENT))).extracting(h -> h.article().id()).containsExactly(draft.id());
      assertThat(kb.search(KnowledgeQuery.of("printer", Audience.CUSTOMER))).isEmpty();

      Publication p = kb.publish(draft.id(), draft.version(), "u-2");
      assertThat(p.published().state()).isEqualTo(ArticleLifecycle.PUBLISHED);
      assertThat(p.published().publishedAt()).contains(clock.instant());
      assertThat(p.archived()).isEmpty();
      assertThat(kb.search(KnowledgeQuery.of("printer", Audience.CUSTOMER))).extracting(h -> h.article().id()).containsExactly(draft.id());
      assertThat(events).last().isEqualTo(p.event());
    }

    @Test
    @DisplayName("publishing a new version archives the previous published one and swaps it in search")
    void newVersionArchivesOld() {
      Article v1 = published(ArticleContent.of("Reset your password", "Use the old settings page."));
      Article v2 = kb.createNextDraft(v1.master(), "u-3");
      assertThat(v2.versionNumber()).isEqualTo(2);
      assertThat(v2.master()).isEqualTo(v1.id());
      v2 = kb.updateDraft(v2.id(), v2.version(), v2.content().withBody("Use the new security centre."), "u-3");
      assertThat(kb.search(KnowledgeQuery.of("password", Audience.CUSTOMER))).extracting(h -> h.article().id()).containsExactly(v1.id());

      Publication p = kb.publish(v2.id(), v2.version(), "u-3");
      assertThat(p.archived()).hasValueSatisfying(a -> {
        assertThat(a.id()).isEqualTo(v1.id());
        assertThat(a.isArchived()).isTrue();
        assertThat(a.publishedAt()).isPresent();
      });
      assertThat(p.event().archivedPrevious()).contains(v1.id());
      assertThat(kb.published(v1.master())).map(Article::id).contains(v2.id());
      assertThat(kb.versions(v1.master())).extracting(Article::versionNumber, Article::state)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "archived"), org.assertj.core.groups.Tuple.tuple(2, "published"));
      assertThat(kb.search(KnowledgeQuery.of("password", Audience.AGENT))).extracting(h -> h.article().id()).containsExactly(v2.id());
      assertThat(kb.search(KnowledgeQuery.of("security", Audience.CUSTOMER))).hasSize(1);
      assertThat(kb.search(KnowledgeQuery.of("old settings", Audience.CUSTOMER))).isEmpty();
      assertThat(events).filteredOn(ArticleArchived.class::isInstance).hasSize(1);
    }

    @Test
    @DisplayName("stale versions, second drafts, edits of published versions and re-archiving are refused")
    void refusals() {
      Article draft = kb.createDraft(ArticleContent.of("VPN setup", "Install the client."), "u-1");
      assertThatThrownBy(() -> kb.publish(draft.id(), draft.version() + 1, "u-1")).isInstanceOf(ConcurrencyConflictException.class);
      Article live = kb.publish(draft.id(), draft.version(), "u-1").published();
      assertThatThrownBy(() -> kb.updateDraft(live.id(), live.version(), live.content(), "u-1"))
          .isInstanceOf(ValidationException.class).hasMessageContaining("only a draft");
      assertThatThrownBy(() -> kb.publish(live.id(), live.version(), "u-1")).isInstanceOf(IllegalTransitionException.class);
      kb.createNextDraft(live.master(), "u-1");
      assertThatThrownBy(() -> kb.createNextDraft(live.master(), "u-1")).isInstanceOf(ValidationException.class).hasMessageContaining("already has a draft");
      Article archived = kb.archive(live.id(), live.version(), "u-1");
      assertThat(kb.search(KnowledgeQuery.of("vpn", Audience.CUSTOMER))).isEmpty();
      assertThatThrownBy(() -> kb.archive(archived.id(), archived.version(), "u-1")).isInstanceOf(IllegalTransitionException.class);
    }
  }

  @Nested
  @DisplayName("search")
  class Search {
    @Test
    @DisplayName("a title match outranks a summary match, which outranks a body match; reasons sum to the score")
    void boosts() {
      Article inBody = published(ArticleContent.of("Shipping times", "Toner cartridges ship within two days.").withSummary("Delivery"));
      Article inSummary = published(ArticleContent.of("Supplies", "Order supplies from the shop.").withSummary("Toner and paper"));
      Article inTitle = published(ArticleContent.of("Toner replacement", "Lift the lid and pull the cartridge.").withSummary("Howto"));
      List<SearchHit> hits = kb.search(KnowledgeQuery.of("toner", Audience.CUSTOMER));
      assertThat(hits).extracting(h -> h.article().id()).containsExactly(inTitle.id(), inSummary.id(), inBody.id());
      for (SearchHit h : hits) {
        assertThat(h.reasons()).isNotEmpty();
        assertThat(h.reasons().stream().mapToDouble(MatchReason::contribution).sum()).isCloseTo(h.score(), within(1e-4 * h.score()));
      }
      assertThat(hits.get(0).reasons().get(0).field()).isEqualTo("title");
      assertThat(hits.get(2).excerpt().marked("[", "]")).isEqualTo("[Toner] cartridges ship within two days.");
    }

    @Test
    @DisplayName("a long body is cut to a passage around the matched words")
    void excerpt() {
      String filler = "Lorem ipsum dolor sit amet consectetur. ".repeat(20);
      published(ArticleContent.of("Long article", filler + "The firmware update fixes the jam. " + filler));
      SearchHit hit = kb.search(KnowledgeQuery.of("firmware", Audience.CUSTOMER)).get(0);
      assertThat(hit.excerpt().field()).isEqualTo("body");
      assertThat(hit.excerpt().text()).startsWith("…").endsWith("…").contains("firmware update").hasSizeLessThanOrEqualTo(202);
      assertThat(hit.excerpt().highlights()).hasSize(1);
      Excerpt.Highlight h = hit.excerpt().highlights().get(0);
      assertThat(hit.excerpt().text().substring(h.start(), h.end())).isEqualTo("firmware");
    }

    @Test
    @DisplayName("a known locale stems the language: German 'Fehlermeldung' finds 'Fehlermeldungen'; the locale filters")
    void perLanguage() {
      Article de = published(ArticleContent.of("Fehlermeldungen beim Drucken", "Schalten Sie das Gerät aus.").withLocale(Locale.GERMAN));
      published(ArticleContent.of("Fehlermeldung glossary", "Turn the device off.").withLocale(Locale.ENGLISH));
      assertThat(kb.search(KnowledgeQuery.of("Fehlermeldung", Audience.CUSTOMER).inLocale(Locale.GERMAN)))
          .extracting(h -> h.article().id()).containsExactly(de.id());
      assertThat(kb.search(KnowledgeQuery.of("Fehlermeldung", Audience.CUSTOMER)))
          .extracting(h -> h.article().content().locale()).containsExactly(java.util.Optional.of(Locale.ENGLISH));
      assertThat(kb.search(KnowledgeQuery.of("printers", Audience.CUSTOMER).inLocale(Locale.ENGLISH))).isEmpty();
      Article en = published(ArticleContent.of("Cleaning printers", "Wipe the heads.").withLocale(Locale.ENGLISH));
      assertThat(kb.search(KnowledgeQuery.of("printer", Audience.CUSTOMER).inLocale(Locale.ENGLISH)))
          .extracting(h -> h.article().id()).containsExactly(en.id());
    }

    @Test
    @DisplayName("a category filter includes its descendants; FAQ questions and keywords are searched")
    void categoriesFaqsKeywords() {
      Article laser = published(ArticleContent.of("Laser drum wear", "Replace the drum.").withCategories(Category.parse("Printers/Laser")));
      published(ArticleContent.of("Drum loop", "Music.").withCategories(Category.of("Audio")));
      Article faq = published(ArticleContent.of("Returns", "").withFaq(new Faq("Can I return a drum?", "Within 30 days.")).withKeywords("refund"));
      assertThat(kb.search(KnowledgeQuery.of("drum", Audience.CUSTOMER).inCategory(Category.of("Printers"))))
          .extracting(h -> h.article().id()).containsExactly(laser.id());
      assertThat(kb.search(KnowledgeQuery.of("refund", Audience.CUSTOMER))).extracting(h -> h.article().id()).containsExactly(faq.id());
      assertThat(kb.search(KnowledgeQuery.of("return drum", Audience.CUSTOMER)).get(0).article().id()).isEqualTo(faq.id());
    }

    @Test
    @DisplayName("query text is words, never syntax: operators and brackets are harmless")
    void noSyntax() {
      published(ArticleContent.of("Error 404 on login", "Clear the cache."));
      assertThat(kb.search(KnowledgeQuery.of("AND (login* [404 \"", Audience.CUSTOMER))).hasSize(1);
      assertThat(kb.search(KnowledgeQuery.of("?!", Audience.CUSTOMER))).isEmpty();
    }

    @Test
    @DisplayName("two tenants sharing one index never see each other's articles; reindex restores a fresh index")
    void tenants() {
      KnowledgeBase other = KnowledgeBase.builder(store.forTenant(TenantId.of("globex")), clock, ids).index(index).build();
      Article mine = published(ArticleContent.of("Invoice download", "Billing page."));
      Article draft = other.createDraft(ArticleContent.of("Invoice layout", "Theirs."), "u-9");
      other.publish(draft.id(), draft.version(), "u-9");
      assertThat(kb.search(KnowledgeQuery.of("invoice", Audience.AGENT))).extracting(h -> h.article().id()).containsExactly(mine.id());
      assertThat(index.size(TenantId.of("acme"))).isEqualTo(1);

      try (KnowledgeIndex fresh = KnowledgeIndex.inMemory()) {
        KnowledgeBase restarted = KnowledgeBase.builder(store.forTenant(TenantId.of("acme")), clock, ids).index(fresh).build();
        assertThat(restarted.search(KnowledgeQuery.of("invoice", Audience.CUSTOMER))).isEmpty();
        assertThat(restarted.reindex()).isEqualTo(1);
        assertThat(restarted.search(KnowledgeQuery.of("invoice", Audience.CUSTOMER))).extracting(h -> h.article().id()).containsExactly(mine.id());
      }
    }
  }

  @Nested
  @DisplayName("suggestions for a case")
  class Suggestions {
    @Test
    @DisplayName("the article sharing the case's distinctive words comes first, with those words as reasons")
    void suggests() {
      Article jam = published(ArticleContent.of("Paper jam in tray 2", "Remove the tray and pull the jammed sheet gently."));
      published(ArticleContent.of("Wireless setup", "Connect the printer to the network with the setup wizard."));
      published(ArticleContent.of("Toner levels", "The printer shows toner levels on the display."));
      List<SearchHit> s = kb.suggestFor(CaseText.of("Printer jam", "Since yesterday the paper jams in tray 2 every time I print."), Audience.CUSTOMER, 3);
      assertThat(s).isNotEmpty();
      assertThat(s.get(0).article().id()).isEqualTo(jam.id());
      assertThat(s.get(0).reasons()).extracting(MatchReason::term).contains("jam");
      assertThat(s.get(0).reasons().stream().mapToDouble(MatchReason::contribution).sum()).isCloseTo(s.get(0).score(), within(1e-4 * s.get(0).score()));
      assertThat(s).extracting(SearchHit::score).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    @DisplayName("a case with no word the tenant's articles know gets no suggestion")
    void nothingInCommon() {
      published(ArticleContent.of("Paper jam", "Remove the sheet."));
      assertThat(kb.suggestFor(CaseText.of("Quantenverschränkung", "Zyxwv"), Audience.CUSTOMER, 5)).isEmpty();
    }
  }
}
