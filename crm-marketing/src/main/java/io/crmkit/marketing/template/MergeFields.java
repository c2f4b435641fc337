package io.crmkit.marketing.template;

import io.crmkit.core.field.CustomFields;
import io.crmkit.core.field.FieldValue;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PostalAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The merge-field vocabulary and how each field is read from a {@link MergeContext}. Fixed fields:
 * {@code contact.id}, {@code contact.givenName}, {@code contact.familyName}, {@code contact.fullName},
 * {@code contact.prefix}, {@code contact.email}, {@code contact.phone}, {@code contact.jobTitle},
 * {@code contact.city}, {@code contact.country}, {@code account.name}, {@code account.domain},
 * {@code account.industry}; patterns: {@code contact.custom.<key>} and {@code account.custom.<key>} (custom
 * fields, as text: numbers plain, dates ISO, money as amount and currency, multi-picklists sorted and joined with
 * ", ") and {@code extra.<key>} (values of the sending part). An empty text counts as missing.
 *
 * <p>{@code MergeFields.resolve(MergeContext.of(contact), "contact.givenName")}
 */
public final class MergeFields {
  private static final Pattern CUSTOM = Pattern.compile("(contact|account)\\.custom\\.([a-z][a-z0-9_]*)");
  private static final Pattern EXTRA = Pattern.compile("extra\\.([a-zA-Z][a-zA-Z0-9_]*)");
  private static final Map<String, Field> FIXED = new LinkedHashMap<>();

  private record Field(String description, Function<MergeContext, Optional<String>> reader) {}

  static {
    fixed("contact.id", "the contact's id", c -> Optional.of(c.contact().id().value()));
    fixed("contact.givenName", "the contact's given name", c -> c.contact().name().givenName());
    fixed("contact.familyName", "the contact's family name", c -> c.contact().name().familyName());
    fixed("contact.fullName", "prefix, given, middle and family name and suffix", c -> Optional.of(c.contact().name().fullName()));
    fixed("contact.prefix", "the name prefix such as 'Dr.'", c -> c.contact().name().prefix());
    fixed("contact.email", "the primary (else first) e-mail address", c -> c.contact().primaryEmail());
    fixed("contact.phone", "the primary (else first) phone number in E.164", c -> c.contact().primaryPhone());
    fixed("contact.jobTitle", "the contact's job title", c -> c.contact().jobTitle());
    fixed("contact.city", "the locality of the primary (else first) postal address", c -> address(c).map(PostalAddress::locality));
    fixed("contact.country", "the ISO country code of that address", c -> address(c).map(PostalAddress::countryCode));
    fixed("account.name", "the account's name", c -> c.account().map(Account::name));
    fixed("account.domain", "the account's web domain", c -> c.account().flatMap(Account::domain));
    fixed("account.industry", "the account's industry", c -> c.account().flatMap(Account::industry));
  }

  private MergeFields() {}

  private static void fixed(String name, String description, Function<MergeContext, Optional<String>> reader) {
    FIXED.put(name, new Field(description, reader));
  }

  private static Optional<PostalAddress> address(MergeContext c) {
    List<ContactPoint> postal = c.contact().contactPoints(ContactPoint.Kind.POSTAL);
    return postal.stream().filter(ContactPoint::primary).findFirst()
        .or(() -> postal.stream().findFirst())
        .flatMap(ContactPoint::address);
  }

  /** Every fixed field and the three patterns, with what each stands for. */
  public static List<MergeField> vocabulary() {
    List<MergeField> out = new java.util.ArrayList<>();
    FIXED.forEach((name, f) -> out.add(new MergeField(name, f.description())));
    out.add(new MergeField("contact.custom.<key>", "the contact's custom field <key>, as text"));
    out.add(new MergeField("account.custom.<key>", "the account's custom field <key>, as text"));
    out.add(new MergeField("extra.<key>", "a value supplied by the sending part, such as extra.unsubscribeUrl"));
    return List.copyOf(out);
  }

  /** Whether {@code name} is a fixed field or matches one of the patterns. */
  public static boolean isKnown(String name) {
    Objects.requireNonNull(name, "name");
    return FIXED.containsKey(name) || CUSTOM.matcher(name).matches() || EXTRA.matcher(name).matches();
  }

  /**
   * The value of {@code name} for {@code context}; empty when the recipient has none (or it is empty text).
   *
   * @throws io.crmkit.core.ValidationException when {@code name} is not in the vocabulary
   */
  public static Optional<String> resolve(MergeContext context, String name) {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(name, "name");
    Field fixed = FIXED.get(name);
    Optional<String> value;
    if (fixed != null) {
      value = fixed.reader().apply(context);
    } else {
      var custom = CUSTOM.matcher(name);
      var extra = EXTRA.matcher(name);
      if (custom.matches()) {
        Optional<CustomFields> fields = custom.group(1).equals("contact")
            ? Optional.of(context.contact().customFields())
            : context.account().map(Account::customFields);
        value = fields.flatMap(f -> f.get(custom.group(2))).map(MergeFields::text);
      } else if (extra.matches()) {
        value = Optional.ofNullable(context.extras().get(extra.group(1)));
      } else {
        throw new io.crmkit.core.ValidationException("mergeField",
            "'" + name + "' is not a merge field; known: " + String.join(", ", FIXED.keySet())
                + ", contact.custom.<key>, account.custom.<key>, extra.<key>");
      }
    }
    return value.filter(v -> !v.isEmpty());
  }

  /** A custom-field value as template text. */
  static String text(FieldValue value) {
    if (value instanceof FieldValue.TextValue v) {
      return v.value();
    } else if (value instanceof FieldValue.NumberValue v) {
      return Long.toString(v.value());
    } else if (value instanceof FieldValue.DecimalValue v) {
      return v.value().toPlainString();
    } else if (value instanceof FieldValue.BooleanValue v) {
      return v.value() ? "yes" : "no";
    } else if (value instanceof FieldValue.DateValue v) {
      return v.value().toString();
    } else if (value instanceof FieldValue.DateTimeValue v) {
      return v.value().toString();
    } else if (value instanceof FieldValue.PicklistValue v) {
      return v.value();
    } else if (value instanceof FieldValue.MultiPicklistValue v) {
      return String.join(", ", new TreeSet<>(v.values()));
    } else if (value instanceof FieldValue.MoneyValue v) {
      return v.value().amount().toPlainString() + " " + v.value().currency().getCurrencyCode();
    } else if (value instanceof FieldValue.EmailValue v) {
      return v.value();
    } else if (value instanceof FieldValue.PhoneValue v) {
      return v.value();
    } else if (value instanceof FieldValue.UrlValue v) {
      return v.value();
    }
    throw new IllegalStateException("unhandled field value " + value.getClass().getName());
  }
}
