package io.crmkit.marketing.template;

import io.crmkit.core.ValidationException;
import java.util.Objects;

/**
 * A template that cannot be compiled: an unclosed tag or section, an unknown merge field, an unescaped field in
 * the HTML part, an unsupported tag (partials, delimiter changes). Names the part, the 1-based line and column,
 * and the rule: {@code "html: line 3, column 7: unknown merge field 'contact.fristName'"}.
 */
public class TemplateException extends ValidationException {
  private static final long serialVersionUID = 1L;

  private final TemplatePart part;
  private final int line;
  private final int column;

  public TemplateException(TemplatePart part, int line, int column, String problem) {
    super(Objects.requireNonNull(part, "part").name().toLowerCase(java.util.Locale.ROOT),
        "line " + line + ", column " + column + ": " + Objects.requireNonNull(problem, "problem"));
    this.part = part;
    this.line = line;
    this.column = column;
  }

  /** The part the problem is in. */
  public TemplatePart part() {
    return part;
  }

  /** The 1-based line of the offending tag. */
  public int line() {
    return line;
  }

  /** The 1-based column where the offending tag starts. */
  public int column() {
    return column;
  }
}
