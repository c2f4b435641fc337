package io.crmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The root README's code is Quickstart.java's, word for word, and it runs. */
class ReadmeSnippetTest {
  private static final Path ROOT = Path.of("..");

  @Test
  void readmeSnippetIsTheQuickstartProgram() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    int marker = readme.indexOf("<!-- quickstart");
    assertThat(marker).as("README.md has the quickstart marker").isNotNegative();
    int start = readme.indexOf("```java\n", marker) + "```java\n".length();
    int end = readme.indexOf("```", start);
    List<String> snippet = lines(readme.substring(start, end));

    String source = Files.readString(ROOT.resolve("examples/src/main/java/io/crmkit/examples/Quickstart.java"));
    int from = source.indexOf("// quickstart:begin");
    int to = source.indexOf("// quickstart:end");
    List<String> program = lines(source.substring(source.indexOf('\n', from) + 1, to));

    assertThat(snippet).as("README snippet vs Quickstart.java").isNotEmpty().isEqualTo(program);
  }

  @Test
  void quickstartFindsTheContactAndMayEmailHer() {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      Quickstart.run(Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC));
    } finally {
      System.setOut(original);
    }
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(printed)
        .startsWith("1 found; may e-mail: true")
        .contains("Ada Lovelace")
        .contains("ada@example.com")
        .contains("EMAIL / newsletter");
  }

  private static List<String> lines(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
  }
}
