package io.crmkit.marketing.imports;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV: fields split by a delimiter, double-quoted fields may hold delimiters, line breaks and
 * doubled quotes; CRLF or LF ends a record; a UTF-8 byte-order mark is skipped. Each record remembers the
 * physical line it starts on.
 */
final class CsvReader {
  /** One record: the line it starts on, its fields, and a problem when it is malformed. */
  record Row(long line, List<String> fields, String problem) {}

  private final Reader in;
  private final char delimiter;
  private long line = 1;
  private int peeked = -2;

  CsvReader(Reader in, char delimiter) {
    this.in = in;
    this.delimiter = delimiter;
  }

  /** The next record, or null at the end of the input. */
  Row next() {
    int c = read();
    if (c == -1) {
      return null;
    }
    if (line == 1 && c == '\uFEFF') {
      c = read();
    }
    long start = line;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    String problem = "";
    boolean quoted = false;
    boolean fieldStart = true;
    boolean afterQuote = false;
    while (true) {
      if (c == -1) {
        if (quoted) {
          problem = "a quoted field is not closed before the end of the file";
        }
        fields.add(field.toString());
        return new Row(start, List.copyOf(fields), problem);
      }
      char ch = (char) c;
      if (quoted) {
        if (ch == '"') {
          int n = read();
          if (n == '"') {
            field.append('"');
          } else {
            quoted = false;
            afterQuote = true;
            c = n;
            continue;
          }
        } else {
          if (ch == '\n') {
            line++;
          }
          field.append(ch);
        }
      } else if (ch == delimiter) {
        fields.add(field.toString());
        field.setLength(0);
        fieldStart = true;
        afterQuote = false;
        c = read();
        continue;
      } else if (ch == '\r' || ch == '\n') {
        if (ch == '\r') {
          int n = read();
          if (n != '\n') {
            unread(n);
          }
        }
        line++;
        fields.add(field.toString());
        return new Row(start, List.copyOf(fields), problem);
      } else if (ch == '"' && fieldStart) {
        quoted = true;
      } else {
        if (afterQuote && problem.isEmpty()) {
          problem = "text after a closing quote in field " + (fields.size() + 1);
        } else if (ch == '"' && problem.isEmpty()) {
          problem = "a quote inside an unquoted field " + (fields.size() + 1) + " (quote the field and double the quote)";
        }
        field.append(ch);
      }
      fieldStart = false;
      c = read();
    }
  }

  private int read() {
    if (peeked != -2) {
      int p = peeked;
      peeked = -2;
      return p;
    }
    try {
      return in.read();
    } catch (IOException e) {
      throw new UncheckedIOException("reading the import file failed at line " + line, e);
    }
  }

  private void unread(int c) {
    peeked = c;
  }
}
