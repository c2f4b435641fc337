package io.crmkit.marketing.template;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * A message template of one tenant: a subject (e-mail subject, push title), an HTML body and a text body in
 * mustache syntax, plus the policy for merge fields a recipient has no value for. Only the text body is
 * required (SMS and social posts have nothing else). Compile once with {@link Templates#compile}.
 *
 * <pre>{@code
 * MessageTemplate welcome = MessageTemplate.email(new TemplateId("welcome"), tenant, "welcome",
 *     "Welcome, {{contact.givenName}}", "<p>Hello {{contact.givenName}}</p>", "Hello {{contact.givenName}}")
 *   .withPolicy(MissingFieldPolicy.fallback("", Map.of("contact.givenName", "there")));
 * }</pre>
 *
 * <p>Syntax: {@code {{field}}} inserts a field (escaped in the HTML part), {@code {{#field}}...{{/field}}} renders
 * its content when the field has a value, {@code {{^field}}...{{/field}}} when it has none, {@code {{! note}}} is a
 * comment. Unescaped tags ({@code {{{f}}}}, {@code {{&f}}}) are allowed only outside the HTML part; partials and
 * delimiter changes are not supported.
 */
public record MessageTemplate(
    TemplateId id, TenantId tenantId, long version, String name, Optional<String> subject, Optional<String> html,
    String text, MissingFieldPolicy policy) {
  public MessageTemplate {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    ValidationException.checkNotNegative(version, "version");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(policy, "policy");
    ValidationException.check(!name.isBlank(), "name", "must not be blank");
    ValidationException.check(!text.isBlank(), "text", "must not be blank");
  }

  /** An e-mail template failing on missing fields. */
  public static MessageTemplate email(TemplateId id, TenantId tenantId, String name, String subject, String html, String text) {
    return new MessageTemplate(id, tenantId, 0, name, Optional.of(subject), Optional.of(html), text, MissingFieldPolicy.fail());
  }

  /** A text-only template (SMS, social post) failing on missing fields. */
  public static MessageTemplate text(TemplateId id, TenantId tenantId, String name, String text) {
    return new MessageTemplate(id, tenantId, 0, name, Optional.empty(), Optional.empty(), text, MissingFieldPolicy.fail());
  }

  /** The same template with {@code value} as its missing-field policy. */
  public MessageTemplate withPolicy(MissingFieldPolicy value) {
    return new MessageTemplate(id, tenantId, version, name, subject, html, text, value);
  }

  /** The same template with another version; only stores call it. */
  public MessageTemplate withVersion(long value) {
    return new MessageTemplate(id, tenantId, value, name, subject, html, text, policy);
  }
}
