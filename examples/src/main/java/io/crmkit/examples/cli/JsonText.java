package io.crmkit.examples.cli;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes the JSON of the analytics commands from maps (kept in their order), lists, strings, numbers,
 * booleans, {@link #NULL} and any other value as its {@code toString()} text, pretty-printed with two spaces: {@code JsonText.write(Map.of("a", 1))}.
 * A number that is not finite is written as {@code null}, as JSON has no NaN.
 */
final class JsonText {
  /** The JSON {@code null}. */
  static final Object NULL = new Object();

  private JsonText() {}

  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out, "");
    return out.append('\n').toString();
  }

  private static void write(Object v, StringBuilder out, String indent) {
    if (v == NULL) {
      out.append("null");
    } else if (v instanceof String s) {
      string(s, out);
    } else if (v instanceof Double d) {
      out.append(Double.isFinite(d) ? number(d) : "null");
    } else if (v instanceof Number || v instanceof Boolean) {
      out.append(v);
    } else if (v instanceof Map<?, ?> m) {
      if (m.isEmpty()) {
        out.append("{}");
        return;
      }
      String inner = indent + "  ";
      out.append("{\n");
      Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator();
      while (it.hasNext()) {
        Map.Entry<?, ?> e = it.next();
        out.append(inner);
        string(String.valueOf(e.getKey()), out);
        out.append(": ");
        write(e.getValue(), out, inner);
        out.append(it.hasNext() ? ",\n" : "\n");
      }
      out.append(indent).append('}');
    } else if (v instanceof List<?> l) {
      if (l.isEmpty()) {
        out.append("[]");
        return;
      }
      boolean flat = l.stream().allMatch(x -> x instanceof String || x instanceof Number);
      if (flat) {
        out.append('[');
        for (int i = 0; i < l.size(); i++) {
          write(l.get(i), out, indent);
          out.append(i + 1 < l.size() ? ", " : "");
        }
        out.append(']');
        return;
      }
      String inner = indent + "  ";
      out.append("[\n");
      for (int i = 0; i < l.size(); i++) {
        out.append(inner);
        write(l.get(i), out, inner);
        out.append(i + 1 < l.size() ? ",\n" : "\n");
      }
      out.append(indent).append(']');
    } else {
      // dates, enums and other values: their text form
      string(String.valueOf(v), out);
    }
  }

  /** A double in its shortest form, without a trailing {@code .0} for whole numbers. */
  static String number(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return Double.toString(d);
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /** Entries for a map literal that keeps its order: {@code JsonText.object("a", 1, "b", 2)}. */
  static Map<String, Object> object(Object... keysAndValues) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }
}
