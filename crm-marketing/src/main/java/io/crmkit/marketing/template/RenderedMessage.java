package io.crmkit.marketing.template;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A template rendered for one recipient: the subject and HTML body when the template has them, the text body,
 * and every merge field that had no value (with what was rendered instead).
 *
 * <p>{@code RenderedMessage m = compiled.render(MergeContext.of(contact)); m.subject().orElse("")}
 */
public record RenderedMessage(Optional<String> subject, Optional<String> html, String text, List<MissingField> missing) {
  public RenderedMessage {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(text, "text");
    missing = List.copyOf(Objects.requireNonNull(missing, "missing"));
  }
}
