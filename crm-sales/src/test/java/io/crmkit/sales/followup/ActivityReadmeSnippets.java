package io.crmkit.sales.followup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Reads snippets from crm-sales's README and the test code they are taken from, to compare them word for word. */
public final class ActivityReadmeSnippets {
  private ActivityReadmeSnippets() {}

  /** The code block after the README's {@code <!-- snippet: the body of <source> -->} marker. */
  public static String block(String source) {
    List<String> lines = read(Path.of("README.md"));
    int marker = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("<!-- snippet: the body of " + source)) {
        marker = i;
      }
    }
    if (marker < 0) {
      throw new AssertionError("README.md has no snippet marker for " + source);
    }
    int start = marker + 2;
    int end = start;
    while (!lines.get(end).equals("```")) {
      end++;
    }
    return String.join("\n", lines.subList(start, end));
  }

  /** The lines between {@code // snippet-start} and {@code // snippet-end} in {@code source}, unindented by four. */
  public static String body(String source) {
    List<String> lines = read(Path.of(source));
    int start = indexOf(lines, "// snippet-start") + 1;
    int end = indexOf(lines, "// snippet-end");
    return lines.subList(start, end).stream()
        .map(l -> l.length() >= 4 ? l.substring(4) : l.strip())
        .collect(Collectors.joining("\n"));
  }

  private static int indexOf(List<String> lines, String marker) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(marker)) {
        return i;
      }
    }
    throw new AssertionError("no " + marker);
  }

  private static List<String> read(Path p) {
    try {
      return Files.readAllLines(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
