package io.crmkit.analytics.summary;

import io.crmkit.core.ValidationException;
import java.util.ArrayList;
import java.util.List;

/** Splits one CSV line (RFC 4180 quoting, no embedded newlines). */
final class Csv {
  private Csv() {}

  static List<String> split(String line, int lineNo) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            cur.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          cur.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        out.add(cur.toString());
        cur.setLength(0);
      } else if (ch != '\r') {
        cur.append(ch);
      }
    }
    if (quoted) {
      throw new ValidationException("line " + lineNo, "a quoted field is not closed");
    }
    out.add(cur.toString());
    return out;
  }
}
