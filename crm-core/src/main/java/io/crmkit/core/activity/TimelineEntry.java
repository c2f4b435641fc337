package io.crmkit.core.activity;

import io.crmkit.core.Aggregate;
import io.crmkit.core.RecordRef;
import io.crmkit.core.ValidationException;
import io.crmkit.core.query.Values;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a customer's {@link Timeline}: when, what kind, a one-line summary, the record it comes from
 * ({@code activity:<id>}, {@code consent_event:<id>}, {@code audit_entry:<id>}) and that record itself.
 *
 * <p>{@code entry.itemAs(Activity.class).ifPresent(a -> render(a));}
 */
public record TimelineEntry(Instant at, Kind kind, String summary, RecordRef source, Aggregate<?> item) {
  /** Where a timeline entry comes from. */
  public enum Kind {
    /** An {@link Activity}. */
    ACTIVITY,
    /** A {@link io.crmkit.core.consent.ConsentEvent}. */
    CONSENT,
    /** An {@link io.crmkit.core.audit.AuditEntry}. */
    AUDIT
  }

  /**
   * The timeline order: newest first; at the same instant by kind (activities, consent, audit), then by
   * source. Total, since a source names one record.
   */
  public static final Comparator<TimelineEntry> NEWEST_FIRST =
      Comparator.comparing(TimelineEntry::at, Comparator.reverseOrder())
          .thenComparing(TimelineEntry::kind)
          .thenComparing(e -> e.source().type(), Values.CODE_POINT_ORDER)
          .thenComparing(e -> e.source().id(), Values.CODE_POINT_ORDER);

  public TimelineEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(item, "item");
    ValidationException.check(
        source.id().equals(item.id().value()), "source", "must name the item (" + item.id().value() + ") but was " + source);
  }

  /** The item as {@code type}, when it is one. */
  public <X> Optional<X> itemAs(Class<X> type) {
    return type.isInstance(item) ? Optional.of(type.cast(item)) : Optional.empty();
  }
}
