package io.crmkit.marketing.template;

/** One part of a {@link MessageTemplate}; errors and missing fields name the part they are in. */
public enum TemplatePart {
  /** The subject line (e-mail) or title (push); not escaped. */
  SUBJECT,
  /** The HTML body; every merge field is HTML-escaped. */
  HTML,
  /** The text body (e-mail, SMS, push, social post); not escaped. */
  TEXT
}
