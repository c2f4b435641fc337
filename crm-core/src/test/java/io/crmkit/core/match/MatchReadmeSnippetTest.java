package io.crmkit.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The "Matching" snippet of crm-core/README.md is the body of {@link #matching()}, word for word, and it holds. */
class MatchReadmeSnippetTest {
  static final String MARKER = "<!-- snippet: the body of src/test/java/io/crmkit/core/match/MatchReadmeSnippetTest.java#matching";

  static List<MatchRecord> records() {
    String[] first = {"ada", "grace", "alan", "edsger", "barbara", "donald", "margaret", "john", "frances", "dennis"};
    String[] last = {"lovelace", "hopper", "turing", "dijkstra", "liskov", "knuth", "hamilton", "mccarthy", "allen"};
    List<MatchRecord> out = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      String f = first[i % first.length];
      String l = last[(i / first.length) % last.length] + (i >= 90 ? i : "");
      out.add(new MatchRecord("c-" + i, Map.of("first", f, "last", l, "email", f + "." + l + "@example.com",
          "phone", String.format(Locale.ROOT, "+1 415 %03d %04d", 200 + i % 700, i))));
    }
    for (int i = 0; i < 1000; i += 50) {   // duplicates: a nickname-free typo and no e-mail, same phone
      MatchRecord r = out.get(i);
      out.add(new MatchRecord("c-dup-" + i, Map.of("first", r.values().get("first").toUpperCase(Locale.ROOT),
          "last", r.values().get("last") + "s", "phone", r.values().get("phone").replace("+1 ", "("))));
    }
    return out;
  }

  @Test
  void matching() {
    List<MatchRecord> records = records();
    MatchRecord incoming = new MatchRecord("web-form-1", Map.of("first", "Ada", "last", "Lovelace",
        "email", "ADA.LOVELACE@example.com", "phone", "(415) 200-0000"));
    // readme:begin
    MatchSchema schema = MatchSchema.builder()
        .field("first", FieldKind.GIVEN_NAME)
        .field("last", FieldKind.FAMILY_NAME)
        .field("email", FieldKind.EMAIL)
        .field("phone", FieldKind.PHONE)
        .build();
    DedupeResult result = Deduplicator.of(schema).run(records);        // unsupervised: EM fits the model
    String cluster = result.clusterOf("c-dup-50");                      // the smallest record id in its cluster
    String why = result.explain("c-50", "c-dup-50").waterfall();        // each field's contribution, in bits

    IncrementalMatcher base = IncrementalMatcher.builder(schema).model(result.model()).build();
    base.upsertAll(records);
    List<ScoredPair> duplicates = base.match(incoming);                 // one new record against the base
    // readme:end

    assertThat(cluster).isEqualTo(result.clusterOf("c-50"));
    assertThat(why).contains("phone", "exact");
    assertThat(duplicates).isNotEmpty();
    assertThat(duplicates.get(0).rightId()).isEqualTo("c-0");
    assertThat(duplicates.get(0).probability()).isGreaterThan(0.999);
  }

  @Test
  void readmeShowsThisTestsCode() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int marker = readme.indexOf(MARKER);
    assertThat(marker).as("README.md has the matching snippet marker").isNotNegative();
    int start = readme.indexOf("```java\n", marker) + "```java\n".length();
    List<String> snippet = lines(readme.substring(start, readme.indexOf("```", start)));
    String source = Files.readString(Path.of("src/test/java/io/crmkit/core/match/MatchReadmeSnippetTest.java"));
    int from = source.indexOf("// readme:begin");
    List<String> code = lines(source.substring(source.indexOf('\n', from) + 1, source.indexOf("// readme:end")));
    assertThat(snippet).isNotEmpty().isEqualTo(code);
  }

  private static List<String> lines(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
  }
}
