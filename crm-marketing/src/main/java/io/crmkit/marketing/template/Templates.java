package io.crmkit.marketing.template;

import java.util.Objects;

/**
 * Compiles {@link MessageTemplate}s: {@code CompiledTemplate c = Templates.compile(template);} Every part is
 * checked when compiled (unknown merge fields, unclosed tags and sections, unescaped fields in HTML), and a
 * problem is a {@link TemplateException} with its part, line and column.
 */
public final class Templates {
  private Templates() {}

  /** Checks and compiles every part of {@code template}. */
  public static CompiledTemplate compile(MessageTemplate template) {
    return new CompiledTemplate(Objects.requireNonNull(template, "template"));
  }
}
