package io.crmkit.marketing.segment;

import io.crmkit.core.EntityId;
import io.crmkit.core.ValidationException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One rule of a suppression list: a record id, an e-mail address (compared lower-cased) or a whole e-mail
 * domain (compared lower-cased, sub-domains included). {@code SuppressionEntry.domain("competitor.com")}
 */
public record SuppressionEntry(Kind kind, String value) {

  /** What a suppression entry names. */
  public enum Kind {
    /** A contact or account id. */
    ID,
    /** One e-mail address. */
    EMAIL,
    /** Every address at a domain or its sub-domains. */
    DOMAIN
  }

  public SuppressionEntry {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    switch (kind) {
      case ID:
        EntityId.checked(value, "suppression.value");
        break;
      case EMAIL:
        value = value.strip().toLowerCase(Locale.ROOT);
        ValidationException.check(
            value.matches("[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+"), "suppression.value", "'" + value + "' is not an e-mail address like name@example.com");
        break;
      default:
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.startsWith("@")) {
          value = value.substring(1);
        }
        ValidationException.check(
            value.matches("[^\\s@.]+(\\.[^\\s@.]+)+"), "suppression.value", "'" + value + "' is not a domain like example.com");
        break;
    }
  }

  public static SuppressionEntry id(String recordId) {
    return new SuppressionEntry(Kind.ID, recordId);
  }

  public static SuppressionEntry email(String address) {
    return new SuppressionEntry(Kind.EMAIL, address);
  }

  public static SuppressionEntry domain(String domain) {
    return new SuppressionEntry(Kind.DOMAIN, domain);
  }

  /** Whether this entry suppresses the record with {@code recordId} and the (normalised) {@code emails}. */
  public boolean suppresses(String recordId, List<String> emails) {
    switch (kind) {
      case ID:
        return value.equals(recordId);
      case EMAIL:
        return emails.stream().anyMatch(e -> e.toLowerCase(Locale.ROOT).equals(value));
      default:
        return emails.stream().anyMatch(e -> {
          String d = e.substring(e.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
          return d.equals(value) || d.endsWith("." + value);
        });
    }
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(Locale.ROOT) + ":" + value;
  }
}
