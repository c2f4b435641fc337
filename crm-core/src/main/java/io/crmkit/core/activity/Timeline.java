package io.crmkit.core.activity;

import io.crmkit.core.RecordRef;
import io.crmkit.core.audit.AuditEntry;
import io.crmkit.core.audit.FieldChange;
import io.crmkit.core.consent.ConsentEvent;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.TenantStore;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One customer's full history in one list, newest first: the activities linked to any of its records, their
 * consent events and the audit entries of those records. Pass every record that makes up the customer (the
 * contact and its account, say) as {@code parties}. The order is {@link TimelineEntry#NEWEST_FIRST}: total,
 * so the same data always gives the same list.
 *
 * <p>{@code List<TimelineEntry> lines = Timeline.of(tenantStore, Set.of(contactRef, accountRef));}
 */
public final class Timeline {
  private static final int MAX_FIELDS_NAMED = 5;

  private Timeline() {}

  /** Every entry of every kind for {@code parties}. */
  public static List<TimelineEntry> of(TenantStore store, Set<RecordRef> parties) {
    return of(store, parties, EnumSet.allOf(TimelineEntry.Kind.class));
  }

  /** The entries of the given kinds for {@code parties}, e.g. only activities and consent. */
  public static List<TimelineEntry> of(TenantStore store, Set<RecordRef> parties, Set<TimelineEntry.Kind> kinds) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(parties, "parties");
    Objects.requireNonNull(kinds, "kinds");
    if (parties.isEmpty() || kinds.isEmpty()) {
      return List.of();
    }
    List<String> keys = parties.stream().map(RecordRef::toString).sorted().toList();
    List<TimelineEntry> out = new ArrayList<>();
    if (kinds.contains(TimelineEntry.Kind.ACTIVITY)) {
      for (Activity a : store.repository(Activity.TYPE).query(Criteria.in(Activity.LINKS, keys))) {
        out.add(new TimelineEntry(a.occurredAt(), TimelineEntry.Kind.ACTIVITY, summary(a), RecordRef.of(Activity.TYPE.name(), a.id()), a));
      }
    }
    if (kinds.contains(TimelineEntry.Kind.CONSENT)) {
      for (ConsentEvent e : store.repository(ConsentEvent.TYPE).query(Criteria.in(ConsentEvent.PARTY, keys))) {
        out.add(new TimelineEntry(e.at(), TimelineEntry.Kind.CONSENT, summary(e), RecordRef.of(ConsentEvent.TYPE.name(), e.id()), e));
      }
    }
    if (kinds.contains(TimelineEntry.Kind.AUDIT)) {
      for (AuditEntry e : store.repository(AuditEntry.TYPE).query(Criteria.in(AuditEntry.RECORD, keys))) {
        out.add(new TimelineEntry(e.at(), TimelineEntry.Kind.AUDIT, summary(e), RecordRef.of(AuditEntry.TYPE.name(), e.id()), e));
      }
    }
    out.sort(TimelineEntry.NEWEST_FIRST);
    return List.copyOf(out);
  }

  static String summary(Activity a) {
    StringBuilder s = new StringBuilder(a.type().label());
    a.direction().ifPresent(d -> s.append(" (").append(d.name().toLowerCase(Locale.ROOT)).append(')'));
    s.append(": ").append(a.subject());
    if (a.status() == ActivityStatus.CANCELLED || (a.status() == ActivityStatus.COMPLETED && a.type() == ActivityType.TASK)) {
      s.append(" [").append(a.status().name().toLowerCase(Locale.ROOT)).append(']');
    }
    return s.toString();
  }

  static String summary(ConsentEvent e) {
    String action = e.action().name().toLowerCase(Locale.ROOT);
    String what = e.purpose().isAll() ? "every purpose" : e.purpose().value();
    return "Consent " + action + ": " + e.channel() + " / " + what + " via " + e.source()
        + (e.doubleOptIn() ? " (awaiting double opt-in)" : "");
  }

  static String summary(AuditEntry e) {
    String action = e.action().name().toLowerCase(Locale.ROOT);
    String head = e.record() + " " + action + " by " + e.actor();
    if (e.action() != io.crmkit.core.event.ChangeKind.UPDATED || e.changes().isEmpty()) {
      return head;
    }
    List<String> fields = e.changes().stream().map(FieldChange::field).toList();
    String named = fields.stream().limit(MAX_FIELDS_NAMED).collect(Collectors.joining(", "));
    return head + ": " + named + (fields.size() > MAX_FIELDS_NAMED ? " and " + (fields.size() - MAX_FIELDS_NAMED) + " more" : "");
  }
}
