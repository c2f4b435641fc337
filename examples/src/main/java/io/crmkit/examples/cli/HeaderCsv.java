package io.crmkit.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small CSV file with a header line, as the analytics commands read it: comma-separated, fields may be
 * quoted with {@code "} (a doubled {@code ""} inside is a quote), surrounding spaces trimmed, blank lines
 * skipped. Use {@code HeaderCsv csv = HeaderCsv.read(path); int c = csv.column("date");}.
 */
final class HeaderCsv {
  final String file;
  final List<String> header;
  final List<Row> rows;

  /** One data line: its 1-based line number in the file and its fields. */
  record Row(long line, List<String> fields) {}

  private HeaderCsv(String file, List<String> header, List<Row> rows) {
    this.file = file;
    this.header = header;
    this.rows = rows;
  }

  static HeaderCsv read(Path path) {
    List<String> lines = readLines(path);
    String file = path.toString();
    List<String> header = null;
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = i == 0 ? stripBom(lines.get(i)) : lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      List<String> fields = split(file, i + 1, line);
      if (header == null) {
        header = fields;
        continue;
      }
      if (fields.size() != header.size()) {
        throw new BadInputException(file + ": line " + (i + 1) + " has " + fields.size() + " fields but the header has "
            + header.size() + " (" + String.join(",", header) + ")");
      }
      rows.add(new Row(i + 1, fields));
    }
    if (header == null) {
      throw new BadInputException(file + ": the file is empty; it needs a header line");
    }
    return new HeaderCsv(file, header, rows);
  }

  /** The lines of {@code path} in UTF-8, or a {@link BadInputException} saying why it cannot be read. */
  static List<String> readLines(Path path) {
    try {
      return Files.readAllLines(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new BadInputException(path + ": no such file");
    } catch (IOException e) {
      throw new BadInputException(path + ": cannot be read (" + e.getMessage() + ")");
    }
  }

  /** The index of the column named {@code name} (case-insensitive), or an error listing the header. */
  int column(String name) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        return i;
      }
    }
    throw new BadInputException(file + ": line 1 (header) has no column '" + name + "'; it has "
        + String.join(", ", header));
  }

  /** The field of {@code column} in {@code row} as a number, or an error naming line and column. */
  double number(Row row, int column) {
    String v = row.fields().get(column);
    try {
      double d = Double.parseDouble(v);
      if (!Double.isFinite(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw BadInputException.at(file, row.line(), header.get(column), "'" + v + "' is not a number");
    }
  }

  private static String stripBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  static List<String> split(String file, long lineNo, String line) {
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.toString().isBlank()) {
        quoted = true;
        wasQuoted = true;
        field.setLength(0);
      } else if (c == ',') {
        out.add(wasQuoted ? field.toString() : field.toString().strip());
        field.setLength(0);
        wasQuoted = false;
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new BadInputException(file + ": line " + lineNo + " has a quote that is never closed");
    }
    out.add(wasQuoted ? field.toString() : field.toString().strip());
    return out;
  }
}
