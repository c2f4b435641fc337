package io.crmkit.service.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.IdGenerator;
import io.crmkit.core.TenantId;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The "Knowledge base" snippet of crm-service/README.md is the body of {@link #searchAndSuggest()}, and it holds. */
class KnowledgeReadmeSnippetTest {
  private static final String SOURCE = "src/test/java/io/crmkit/service/knowledge/KnowledgeReadmeSnippetTest.java";

  @Test
  void searchAndSuggest() {
    Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
    IdGenerator ids = IdGenerator.uuidV7(clock);
    TenantStore acme = InMemoryStore.create().forTenant(TenantId.of("acme"));
    // readme:begin
    KnowledgeBase kb = KnowledgeBase.builder(acme, clock, ids).build();   // Lucene in memory unless .index(...) says otherwise
    Article draft = kb.createDraft(ArticleContent.of("Paper jam in tray 2", "Open tray 2, remove the jammed sheet and close the tray.")
        .withSummary("Clearing a paper jam")
        .withCategories(Category.parse("Printers/Laser"))
        .withLocale(Locale.ENGLISH), "u-1");
    Publication live = kb.publish(draft.id(), draft.version(), "u-1");   // archives the previous version, if any

    List<SearchHit> hits = kb.search(KnowledgeQuery.of("jammed paper", Audience.CUSTOMER).inLocale(Locale.ENGLISH));
    System.out.println(hits.get(0).excerpt().marked("**", "**"));       // Open tray 2, remove the **jammed** sheet and close the tray.
    System.out.println(hits.get(0).explanation());                      // [title:paper +…, title:jam +…, summary:…, body:jam +…]

    List<SearchHit> suggested = kb.suggestFor(CaseText.of("Printer jams", "The paper keeps jamming in tray 2.").inLocale(Locale.ENGLISH), Audience.CUSTOMER, 3);
    // readme:end

    assertThat(hits).extracting(h -> h.article().id()).containsExactly(live.published().id());
    assertThat(hits.get(0).excerpt().marked("**", "**")).isEqualTo("Open tray 2, remove the **jammed** sheet and close the tray.");
    assertThat(hits.get(0).reasons()).extracting(MatchReason::field).startsWith("title").contains("summary", "body");
    assertThat(suggested).extracting(h -> h.article().id()).containsExactly(live.published().id());
    assertThat(suggested.get(0).reasons()).extracting(MatchReason::term).contains("jam", "trai");  // English stems: jams, jamming → jam; tray → trai
  }

  @Test
  void readmeShowsThisTestsCode() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int marker = readme.indexOf("<!-- snippet: the body of " + SOURCE);
    assertThat(marker).as("the README marks the knowledge-base snippet").isNotNegative();
    int start = readme.indexOf("```java\n", marker) + "```java\n".length();
    List<String> snippet = lines(readme.substring(start, readme.indexOf("```", start)));
    String source = Files.readString(Path.of(SOURCE));
    int from = source.indexOf("// readme:" + "begin");
    List<String> code = lines(source.substring(source.indexOf('\n', from) + 1, source.indexOf("// readme:" + "end")));
    assertThat(snippet).isNotEmpty().isEqualTo(code);
  }

  private static List<String> lines(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }
}
