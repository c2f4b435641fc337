package io.crmkit.sales.quote;

import io.crmkit.core.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A document template for quotes, given by the host or {@link #defaultTemplate()} (shipped as the resource
 * {@code io/crmkit/sales/quote/quote-default.html}). The syntax is deliberately small and safe: {@code {{name}}}
 * inserts a value, always HTML-escaped (there is no way to insert raw markup), and {@code {{#lines}}...{{/lines}}}
 * or {@code {{#taxes}}...{{/taxes}}} repeats its body per quote line or tax rate. The names are those of
 * {@link QuoteDocuments}; an unknown name or an unbalanced section is refused when the template is made.
 *
 * <p>For PDF output the template must be well-formed XHTML.
 *
 * <p>{@code QuoteTemplate t = QuoteTemplate.of("<p>{{customer}}: {{grandTotal}}</p>");}
 */
public final class QuoteTemplate {
  private static final String DEFAULT_RESOURCE = "quote-default.html";

  private final String source;
  private final List<Node> nodes;

  private QuoteTemplate(String source, List<Node> nodes) {
    this.source = source;
    this.nodes = nodes;
  }

  /**
   * Parses {@code source}.
   *
   * @throws ValidationException naming the offset and the problem: an unclosed tag, an unknown name, a section
   *     that is not closed or closed by another name
   */
  public static QuoteTemplate of(String source) {
    Objects.requireNonNull(source, "source");
    return new QuoteTemplate(source, parse(source));
  }

  /** The template shipped with crm-sales: seller, customer, lines, taxes per rate and the totals. */
  public static QuoteTemplate defaultTemplate() {
    try (InputStream in = QuoteTemplate.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the resource io/crmkit/sales/quote/" + DEFAULT_RESOURCE + " is missing from crm-sales");
      }
      return of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The template text as given. */
  public String source() {
    return source;
  }

  /** Renders with {@code values} (name → text) and {@code sections} (name → one value map per repetition). */
  String render(Map<String, String> values, Map<String, List<Map<String, String>>> sections) {
    StringBuilder out = new StringBuilder(source.length() * 2);
    write(nodes, values, sections, out);
    return out.toString();
  }

  private static void write(
      List<Node> nodes, Map<String, String> values, Map<String, List<Map<String, String>>> sections, StringBuilder out) {
    for (Node n : nodes) {
      if (n instanceof Text t) {
        out.append(t.text());
      } else if (n instanceof Value v) {
        out.append(escape(Objects.requireNonNull(values.get(v.name()), v.name())));
      } else if (n instanceof Section s) {
        for (Map<String, String> row : sections.getOrDefault(s.name(), List.of())) {
          Map<String, String> scoped = new java.util.HashMap<>(values);
          scoped.putAll(row);
          write(s.body(), scoped, sections, out);
        }
      }
    }
  }

  /** {@code text} with {@code & < > " '} escaped and characters XML cannot carry replaced by U+FFFD. */
  public static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          boolean xmlChar = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
              || (c >= 0x10000 && c <= 0x10FFFF);
          b.appendCodePoint(xmlChar ? c : 0xFFFD);
        }
      }
    }
    return b.toString();
  }

  private static List<Node> parse(String source) {
    Deque<List<Node>> stack = new ArrayDeque<>();
    Deque<String> open = new ArrayDeque<>();
    Deque<Integer> openedAt = new ArrayDeque<>();
    stack.push(new ArrayList<>());
    int i = 0;
    while (i < source.length()) {
      int start = source.indexOf("{{", i);
      if (start < 0) {
        stack.peek().add(new Text(source.substring(i)));
        break;
      }
      if (start > i) {
        stack.peek().add(new Text(source.substring(i, start)));
      }
      int end = source.indexOf("}}", start + 2);
      if (end < 0) {
        throw new ValidationException("template", "the tag opened at offset " + start + " is not closed with '}}'");
      }
      String tag = source.substring(start + 2, end).strip();
      if (tag.startsWith("#")) {
        String name = tag.substring(1).strip();
        check(QuoteDocuments.SECTIONS.containsKey(name), start, "'" + name + "' is not a section; sections are " + QuoteDocuments.SECTIONS.keySet());
        check(open.isEmpty(), start, "sections cannot be nested ('" + name + "' inside '" + open.peek() + "')");
        open.push(name);
        openedAt.push(start);
        stack.push(new ArrayList<>());
      } else if (tag.startsWith("/")) {
        String name = tag.substring(1).strip();
        check(!open.isEmpty() && open.peek().equals(name), start,
            "'{{/" + name + "}}' closes " + (open.isEmpty() ? "no open section" : "section '" + open.peek() + "'"));
        open.pop();
        openedAt.pop();
        List<Node> body = stack.pop();
        stack.peek().add(new Section(name, List.copyOf(body)));
      } else {
        Set<String> known = open.isEmpty() ? QuoteDocuments.VALUES : union(QuoteDocuments.VALUES, QuoteDocuments.SECTIONS.get(open.peek()));
        check(known.contains(tag), start, "'" + tag + "' is not a value here; known: " + new java.util.TreeSet<>(known));
        stack.peek().add(new Value(tag));
      }
      i = end + 2;
    }
    if (!open.isEmpty()) {
      throw new ValidationException("template", "section '" + open.peek() + "' opened at offset " + openedAt.peek() + " is not closed");
    }
    return List.copyOf(stack.pop());
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    java.util.Set<String> u = new java.util.HashSet<>(a);
    u.addAll(b);
    return u;
  }

  private static void check(boolean ok, int offset, String problem) {
    if (!ok) {
      throw new ValidationException("template", "at offset " + offset + ": " + problem);
    }
  }

  private sealed interface Node permits Text, Value, Section {}

  private record Text(String text) implements Node {}

  private record Value(String name) implements Node {}

  private record Section(String name, List<Node> body) implements Node {}
}
