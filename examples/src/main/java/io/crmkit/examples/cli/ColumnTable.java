package io.crmkit.examples.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with a header row and aligned columns, the {@code --format table} output of the
 * analytics commands: {@code new ColumnTable("a", "b").row("1", "2").render()}. Columns whose every cell is
 * a number are right-aligned.
 */
final class ColumnTable {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  ColumnTable(String... header) {
    this.header = List.of(header);
  }

  ColumnTable(List<String> header) {
    this.header = List.copyOf(header);
  }

  ColumnTable row(Object... cells) {
    List<String> r = new ArrayList<>();
    for (Object c : cells) {
      r.add(String.valueOf(c));
    }
    rows.add(r);
    return this;
  }

  ColumnTable row(List<String> cells) {
    rows.add(List.copyOf(cells));
    return this;
  }

  String render() {
    int n = header.size();
    int[] width = new int[n];
    boolean[] numeric = new boolean[n];
    for (int i = 0; i < n; i++) {
      width[i] = header.get(i).length();
      numeric[i] = !rows.isEmpty();
      for (List<String> r : rows) {
        String c = i < r.size() ? r.get(i) : "";
        width[i] = Math.max(width[i], c.length());
        numeric[i] &= c.matches("-?[0-9.]+%?[*]?|-|");
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, header, width, numeric);
    List<String> rule = new ArrayList<>();
    for (int w : width) {
      rule.add("-".repeat(w));
    }
    line(out, rule, width, new boolean[n]);
    for (List<String> r : rows) {
      line(out, r, width, numeric);
    }
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> cells, int[] width, boolean[] right) {
    StringBuilder l = new StringBuilder();
    for (int i = 0; i < width.length; i++) {
      String c = i < cells.size() ? cells.get(i) : "";
      String pad = " ".repeat(width[i] - c.length());
      l.append(i == 0 ? "" : "  ").append(right[i] ? pad + c : c + pad);
    }
    out.append(l.toString().stripTrailing()).append('\n');
  }
}
