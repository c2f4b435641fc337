package io.crmkit.marketing.template;

import java.util.Objects;

/**
 * A merge field that had no value for the recipient, where its tag is, and what was rendered instead.
 * {@code rendered.missing()} lists them so a preview can show a marketer what a recipient would miss.
 */
public record MissingField(String field, TemplatePart part, int line, int column, String renderedAs) {
  public MissingField {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(renderedAs, "renderedAs");
  }
}
