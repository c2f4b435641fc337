package io.crmkit.marketing.template.internal;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import io.crmkit.core.annotation.Internal;
import io.crmkit.marketing.template.MergeFields;
import io.crmkit.marketing.template.TemplateException;
import io.crmkit.marketing.template.TemplatePart;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One template part compiled with mustache.java. The source is scanned first (so every error carries a line and
 * a column, and only vocabulary fields, sections and comments pass), then rewritten so that each value tag reads
 * its own slot and each section a presence flag: the missing-field policy is applied per tag by the caller, and
 * mustache.java does the escaping (HTML part) and the rendering.
 */
@Internal
public final class MustacheTemplate {

  /**
   * A value tag: the field it inserts, where it is, and the sections around it as {@code field} (rendered when
   * present) or {@code ^field} (rendered when absent); a tag whose sections are not rendered needs no value.
   */
  public record Slot(String field, int line, int column, List<String> enclosing) {
    public Slot {
      enclosing = List.copyOf(enclosing);
    }

    /** Whether the tag is rendered when exactly the fields in {@code present} have values. */
    public boolean isRendered(Set<String> present) {
      for (String e : enclosing) {
        boolean inverted = e.startsWith("^");
        if (present.contains(inverted ? e.substring(1) : e) == inverted) {
          return false;
        }
      }
      return true;
    }
  }

  private final TemplatePart part;
  private final Mustache mustache;
  private final List<Slot> slots;
  private final List<String> sections;

  private MustacheTemplate(TemplatePart part, Mustache mustache, List<Slot> slots, List<String> sections) {
    this.part = part;
    this.mustache = mustache;
    this.slots = List.copyOf(slots);
    this.sections = List.copyOf(sections);
  }

  /** Scans, checks and compiles {@code source} as {@code part}; a problem is a {@link TemplateException}. */
  public static MustacheTemplate compile(String source, TemplatePart part) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(part, "part");
    List<Slot> slots = new ArrayList<>();
    Map<String, Integer> sectionIndex = new LinkedHashMap<>();
    Deque<Object[]> open = new ArrayDeque<>();   // {name, line, column, guard}
    StringBuilder out = new StringBuilder(source.length() + 16);
    int i = 0;
    int line = 1;
    int lineStart = 0;
    while (i < source.length()) {
      int tag = source.indexOf("{{", i);
      int end = tag < 0 ? source.length() : tag;
      for (int k = i; k < end; k++) {
        if (source.charAt(k) == '\n') {
          line++;
          lineStart = k + 1;
        }
      }
      out.append(source, i, end);
      if (tag < 0) {
        break;
      }
      int column = tag - lineStart + 1;
      boolean triple = source.startsWith("{{{", tag);
      String closer = triple ? "}}}" : "}}";
      int close = source.indexOf(closer, tag + (triple ? 3 : 2));
      if (close < 0) {
        throw new TemplateException(part, line, column, "tag is not closed with '" + closer + "'");
      }
      String inner = source.substring(tag + (triple ? 3 : 2), close);
      if (inner.contains("\n") && !inner.startsWith("!")) {
        throw new TemplateException(part, line, column, "a tag must not span lines");
      }
      char sigil = inner.isEmpty() ? ' ' : inner.charAt(0);
      String name = inner.strip();
      if (!triple && "#^/&!=><$".indexOf(sigil) >= 0) {
        name = inner.substring(1).strip();
      }
      if (triple) {
        name = inner.strip();
        sigil = '{';
      }
      switch (sigil) {
        case '!' -> { }
        case '=' -> throw new TemplateException(part, line, column, "delimiter changes are not supported");
        case '>', '<', '$' -> throw new TemplateException(part, line, column, "partials and blocks are not supported");
        case '#', '^' -> {
          checkField(part, line, column, name);
          int s = sectionIndex.computeIfAbsent(name, n -> sectionIndex.size());
          open.push(new Object[] {name, line, column, (sigil == '^' ? "^" : "") + name});
          out.append("{{").append(sigil).append("s").append(s).append("}}");
        }
        case '/' -> {
          if (open.isEmpty()) {
            throw new TemplateException(part, line, column, "'{{/" + name + "}}' closes no open section");
          }
          Object[] top = open.pop();
          if (!top[0].equals(name)) {
            throw new TemplateException(part, line, column,
                "'{{/" + name + "}}' closes the section '" + top[0] + "' opened at line " + top[1] + ", column " + top[2]);
          }
          out.append("{{/s").append(sectionIndex.get(name)).append("}}");
        }
        default -> {
          boolean unescaped = sigil == '{' || sigil == '&';
          checkField(part, line, column, name);
          if (unescaped && part == TemplatePart.HTML) {
            throw new TemplateException(part, line, column,
                "unescaped merge field '" + name + "' in the HTML part: contact data is always escaped there");
          }
          int v = slots.size();
          List<String> enclosing = new ArrayList<>();
          open.descendingIterator().forEachRemaining(o -> enclosing.add((String) o[3]));
          slots.add(new Slot(name, line, column, enclosing));
          out.append(unescaped ? "{{{v" + v + "}}}" : "{{v" + v + "}}");
        }
      }
      for (int k = tag; k < close; k++) {
        if (source.charAt(k) == '\n') {
          line++;
          lineStart = k + 1;
        }
      }
      i = close + closer.length();
    }
    if (!open.isEmpty()) {
      Object[] top = open.pop();
      throw new TemplateException(part, (Integer) top[1], (Integer) top[2], "section '" + top[0] + "' is never closed");
    }
    DefaultMustacheFactory factory = part == TemplatePart.HTML ? new Factory(false) : new Factory(true);
    Mustache compiled;
    try {
      compiled = factory.compile(new StringReader(out.toString()), part.name());
    } catch (MustacheException e) {
      throw new TemplateException(part, 1, 1, "mustache could not compile it: " + e.getMessage());
    }
    return new MustacheTemplate(part, compiled, slots, new ArrayList<>(sectionIndex.keySet()));
  }

  private static void checkField(TemplatePart part, int line, int column, String name) {
    if (name.isEmpty()) {
      throw new TemplateException(part, line, column, "empty tag");
    }
    if (!MergeFields.isKnown(name)) {
      throw new TemplateException(part, line, column, "unknown merge field '" + name + "' (see MergeFields.vocabulary())");
    }
  }

  /** The part this is. */
  public TemplatePart part() {
    return part;
  }

  /** The value tags, in source order; {@link #render} takes one text per slot. */
  public List<Slot> slots() {
    return slots;
  }

  /** The fields used as sections, in order of first use. */
  public List<String> sections() {
    return sections;
  }

  /** Renders with {@code values.get(i)} for slot {@code i} and sections true exactly for {@code present} fields. */
  public String render(List<String> values, Set<String> present) {
    if (values.size() != slots.size()) {
      throw new IllegalArgumentException("needs " + slots.size() + " values, got " + values.size());
    }
    Map<String, Object> scope = new HashMap<>();
    for (int i = 0; i < values.size(); i++) {
      scope.put("v" + i, values.get(i));
    }
    for (int s = 0; s < sections.size(); s++) {
      scope.put("s" + s, present.contains(sections.get(s)));
    }
    StringWriter writer = new StringWriter();
    mustache.execute(writer, scope);
    return writer.toString();
  }

  /** A factory that resolves no partials and, for plain-text parts, does not escape. */
  private static final class Factory extends DefaultMustacheFactory {
    private final boolean plain;

    Factory(boolean plain) {
      super(name -> {
        throw new MustacheException("partials are not supported: " + name);
      });
      this.plain = plain;
    }

    @Override
    public void encode(String value, Writer writer) {
      if (!plain) {
        super.encode(value, writer);
        return;
      }
      try {
        writer.write(value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
