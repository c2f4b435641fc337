package io.crmkit.sales.cadence;

import io.crmkit.core.EntityId;
import io.crmkit.core.RecordRef;
import io.crmkit.core.party.ContactId;
import io.crmkit.sales.lead.LeadId;
import java.util.Locale;
import java.util.Objects;

/** The lead or contact an {@link Enrolment} works on, e.g. {@code EnrolledRecord.lead(leadId)}. */
public record EnrolledRecord(Kind kind, String id) {
  /** The kinds of record a cadence enrols. */
  public enum Kind {
    LEAD,
    CONTACT
  }

  public EnrolledRecord {
    Objects.requireNonNull(kind, "kind");
    EntityId.checked(id, "record.id");
  }

  public static EnrolledRecord lead(LeadId id) {
    return new EnrolledRecord(Kind.LEAD, id.value());
  }

  public static EnrolledRecord contact(ContactId id) {
    return new EnrolledRecord(Kind.CONTACT, id.value());
  }

  /** The record as a crm-core reference, e.g. {@code lead:l-1}: how activities link to it. */
  public RecordRef ref() {
    return new RecordRef(kind.name().toLowerCase(Locale.ROOT), id);
  }

  @Override
  public String toString() {
    return ref().toString();
  }
}
