package io.crmkit.core.view;

import io.crmkit.core.RecordRef;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.TimelineEntry;
import io.crmkit.core.consent.ConsentDecision;
import io.crmkit.core.field.FieldValue;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PartyRelationship;
import io.crmkit.core.party.RelationshipRole;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A readable plain-text rendering of a {@link CustomerView}: a heading, then sections with underlined titles
 * — the contact, the account, contact points, relationships, the account's org chart, open activities,
 * consent, the timeline newest first, and the contributed sections — with key/value lines aligned within a
 * section and times shown as local times in the zone asked for.
 *
 * <p>{@code System.out.print(CustomerViewText.render(view, ZoneId.of("Europe/Berlin")));}
 */
public final class CustomerViewText {
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
  private static final String INDENT = "  ";

  private CustomerViewText() {}

  /** The view rendered with times in UTC. */
  public static String render(CustomerView view) {
    return render(view, ZoneOffset.UTC);
  }

  /** The view rendered with times as local times in {@code zone}. */
  public static String render(CustomerView view, ZoneId zone) {
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(zone, "zone");
    StringBuilder out = new StringBuilder();
    String kind = view.contact().isPresent() ? "contact" : "account";
    out.append("Customer view: ").append(view.displayName()).append(" (").append(kind).append(")\n");
    out.append("assembled ").append(time(view.assembledAt(), zone)).append(' ').append(zone.getId()).append('\n');

    view.contact().ifPresent(c -> section(out, "Contact", contactLines(c, view, zone)));
    view.account().ifPresent(a -> section(out, "Account", accountLines(a, view, zone)));
    section(out, "Contact points", contactPointLines(view.contactPoints()));
    section(out, "Relationships", relationshipLines(view, zone));
    view.orgChart().ifPresent(chart -> {
      List<String> lines = new ArrayList<>();
      for (String line : chart.render(id -> view.nameOf(RecordRef.of(Contact.TYPE_NAME, id))).split("\n")) {
        lines.add(line);
      }
      heading(out, "Org chart");
      lines.forEach(l -> out.append(INDENT).append(l).append('\n'));
    });
    section(out, "Open activities", activityLines(view.openActivities(), zone));
    section(out, "Consent", consentLines(view.consent()));
    List<String> timeline = new ArrayList<>();
    for (TimelineEntry e : view.timeline()) {
      timeline.add(time(e.at(), zone) + "  " + e.summary());
    }
    list(out, "Timeline (newest first)", timeline);
    for (ViewSection s : view.sections()) {
      list(out, s.title(), s.lines());
    }
    return out.toString();
  }

  private static List<Map.Entry<String, String>> contactLines(Contact c, CustomerView view, ZoneId zone) {
    List<Map.Entry<String, String>> kv = new ArrayList<>();
    kv.add(entry("Name", c.name().fullName()));
    c.jobTitle().ifPresent(t -> kv.add(entry("Job title", t)));
    view.account().ifPresent(a -> kv.add(entry("Account", a.name())));
    kv.add(entry("Relationship", lower(c.relationshipType().name())));
    kv.add(entry("Owner", c.owner().toString()));
    c.primaryEmail().ifPresent(e -> kv.add(entry("E-mail", e)));
    c.primaryPhone().ifPresent(p -> kv.add(entry("Phone", p)));
    c.customFields().values().forEach((k, v) -> kv.add(entry("custom." + k, fieldText(v, zone))));
    kv.add(entry("Id", c.id().value()));
    return kv;
  }

  private static List<Map.Entry<String, String>> accountLines(Account a, CustomerView view, ZoneId zone) {
    List<Map.Entry<String, String>> kv = new ArrayList<>();
    kv.add(entry("Name", a.name()));
    a.domain().ifPresent(d -> kv.add(entry("Domain", d)));
    a.industry().ifPresent(i -> kv.add(entry("Industry", i)));
    kv.add(entry("Relationship", lower(a.relationshipType().name())));
    kv.add(entry("Owner", a.owner().toString()));
    kv.add(entry("People", String.valueOf(view.people().size())));
    a.customFields().values().forEach((k, v) -> kv.add(entry("custom." + k, fieldText(v, zone))));
    kv.add(entry("Id", a.id().value()));
    return kv;
  }

  private static List<Map.Entry<String, String>> contactPointLines(List<ContactPoint> points) {
    List<Map.Entry<String, String>> kv = new ArrayList<>();
    for (ContactPoint p : points) {
      StringBuilder key = new StringBuilder(label(p.kind())).append(" (").append(lower(p.purpose().name()));
      if (p.primary()) {
        key.append(", primary");
      }
      if (p.verified()) {
        key.append(", verified");
      }
      kv.add(entry(key.append(')').toString(), p.normalized()));
    }
    return kv;
  }

  private static List<Map.Entry<String, String>> relationshipLines(CustomerView view, ZoneId zone) {
    List<Map.Entry<String, String>> kv = new ArrayList<>();
    LocalDate today = LocalDate.ofInstant(view.assembledAt(), zone);
    for (PartyRelationship r : view.relationships()) {
      String sentence = view.nameOf(r.from()) + " " + phrase(r.role()) + " " + view.nameOf(r.to())
          + r.title().map(t -> " (" + t + ")").orElse("");
      String dates = r.fromDate().map(LocalDate::toString).orElse("…") + " – " + r.thruDate().map(LocalDate::toString).orElse("…");
      String status = r.activeOn(today) ? "active" : "past";
      kv.add(entry(sentence, dates + "  " + status));
    }
    return kv;
  }

  private static List<Map.Entry<String, String>> activityLines(List<Activity> activities, ZoneId zone) {
    List<Map.Entry<String, String>> kv = new ArrayList<>();
    for (Activity a : activities) {
      StringBuilder value = new StringBuilder(a.type().label()).append(": ").append(a.subject());
      a.dueAt().ifPresent(d -> value.append("  due ").append(time(d, zone)));
      a.remindAt().ifPresent(d -> value.append("  reminder ").append(time(d, zone)));
      value.append("  (").append(a.owner()).append(')');
      kv.add(entry(time(a.expectedAt(), zone), value.toString()));
    }
    return kv;
  }

  private static List<Map.Entry<String, String>> consentLines(List<ConsentDecision> decisions) {
    List<Map.Entry<String, String>> kv = new ArrayList<>();
    for (ConsentDecision d : decisions) {
      kv.add(entry(
          d.channel() + " / " + d.purpose().value(),
          (d.allowed() ? "allowed" : "not allowed") + " — " + lower(d.state().name()).replace('_', ' ') + ": " + d.reason()));
    }
    return kv;
  }

  private static void section(StringBuilder out, String title, List<Map.Entry<String, String>> kv) {
    heading(out, title);
    if (kv.isEmpty()) {
      out.append(INDENT).append("(none)\n");
      return;
    }
    int width = kv.stream().mapToInt(e -> e.getKey().codePointCount(0, e.getKey().length())).max().orElse(0);
    for (Map.Entry<String, String> e : kv) {
      String key = e.getKey();
      int pad = width - key.codePointCount(0, key.length());
      out.append(INDENT).append(key).append(" ".repeat(pad + 2)).append(e.getValue()).append('\n');
    }
  }

  private static void list(StringBuilder out, String title, List<String> lines) {
    heading(out, title);
    if (lines.isEmpty()) {
      out.append(INDENT).append("(none)\n");
    }
    lines.forEach(l -> out.append(INDENT).append(l).append('\n'));
  }

  private static void heading(StringBuilder out, String title) {
    out.append('\n').append(title).append('\n').append("-".repeat(title.codePointCount(0, title.length()))).append('\n');
  }

  private static String phrase(RelationshipRole role) {
    switch (role) {
      case WORKS_FOR:
        return "works for";
      case REPORTS_TO:
        return "reports to";
      case PARTNER_OF:
        return "is a partner of";
      case PARENT_ACCOUNT:
        return "belongs to";
      case ASSISTANT_OF:
        return "assists";
      case SPOUSE_OF:
        return "is the spouse of";
      default:
        return lower(role.name()).replace('_', ' ');
    }
  }

  private static String label(ContactPoint.Kind kind) {
    switch (kind) {
      case EMAIL:
        return "E-mail";
      case PHONE:
        return "Phone";
      case POSTAL:
        return "Postal";
      case WEB:
        return "Web";
      default:
        return "Social";
    }
  }

  private static String fieldText(FieldValue v, ZoneId zone) {
    if (v instanceof FieldValue.TextValue t) {
      return t.value();
    } else if (v instanceof FieldValue.NumberValue n) {
      return Long.toString(n.value());
    } else if (v instanceof FieldValue.DecimalValue d) {
      return d.value().toPlainString();
    } else if (v instanceof FieldValue.BooleanValue b) {
      return b.value() ? "yes" : "no";
    } else if (v instanceof FieldValue.DateValue d) {
      return d.value().toString();
    } else if (v instanceof FieldValue.DateTimeValue d) {
      return time(d.value(), zone);
    } else if (v instanceof FieldValue.PicklistValue p) {
      return p.value();
    } else if (v instanceof FieldValue.MultiPicklistValue m) {
      return String.join(", ", m.values());
    } else if (v instanceof FieldValue.MoneyValue m) {
      return m.value().toString();
    } else if (v instanceof FieldValue.EmailValue e) {
      return e.value();
    } else if (v instanceof FieldValue.PhoneValue p) {
      return p.value();
    } else if (v instanceof FieldValue.UrlValue u) {
      return u.value();
    }
    return v.toString();
  }

  private static String time(Instant at, ZoneId zone) {
    return MINUTE.format(at.atZone(zone));
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static Map.Entry<String, String> entry(String key, String value) {
    return new SimpleEntry<>(key, value);
  }
}
