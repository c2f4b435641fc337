package io.crmkit.examples.cli;

import java.util.List;
import java.util.Locale;

/**
 * Output of {@code crm clv} and {@code crm rfm}: JSON through {@link JsonText} and left-aligned tables. Numbers print
 * with full precision.
 */
final class AnalyticsOutput {
  private AnalyticsOutput() {}

  /** The JSON of {@code value}, written by {@link JsonText} like every analytics command's. */
  static String json(Object value) {
    return JsonText.write(value);
  }

  /** A double as JSON: integers without ".0", others in their shortest exact form. */
  static String number(double d) {
    return JsonText.number(d);
  }

  /** Rows as a table with a header, columns left-aligned to their widest cell. */
  static String table(List<String> header, List<List<String>> rows) {
    int[] widths = new int[header.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = header.get(i).length();
      for (List<String> r : rows) {
        widths[i] = Math.max(widths[i], r.get(i).length());
      }
    }
    StringBuilder sb = new StringBuilder();
    line(sb, header, widths);
    for (List<String> r : rows) {
      line(sb, r, widths);
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, List<String> cells, int[] widths) {
    StringBuilder row = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      row.append(i == 0 ? "" : "  ").append(cells.get(i));
      if (i + 1 < cells.size()) {
        row.append(" ".repeat(widths[i] - cells.get(i).length()));
      }
    }
    sb.append(row).append('\n');
  }

  /** A number for a table: six significant digits. */
  static String cell(double d) {
    return String.format(Locale.ROOT, "%.6g", d);
  }
}
