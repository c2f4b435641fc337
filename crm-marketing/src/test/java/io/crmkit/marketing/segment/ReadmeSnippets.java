package io.crmkit.marketing.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Checks that a crm-marketing/README.md snippet is the readme:begin/end body of a test, line for line. */
public final class ReadmeSnippets {
  private ReadmeSnippets() {}

  /** Asserts that the java block after {@code <!-- snippet: the body of <sourcePath> -->} equals the marked lines of the source. */
  public static void assertReadmeShows(String sourcePath) throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int marker = readme.indexOf("<!-- snippet: the body of " + sourcePath);
    assertThat(marker).as("README marker for %s", sourcePath).isNotNegative();
    int start = readme.indexOf("```java\n", marker) + "```java\n".length();
    List<String> snippet = lines(readme.substring(start, readme.indexOf("```", start)));
    String source = Files.readString(Path.of(sourcePath));
    int from = source.indexOf("// readme:begin");
    List<String> code = lines(source.substring(source.indexOf('\n', from) + 1, source.indexOf("// readme:end")));
    assertThat(snippet).isNotEmpty().isEqualTo(code);
  }

  private static List<String> lines(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }
}
