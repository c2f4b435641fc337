package io.crmkit.core.party;

import io.crmkit.core.Aggregate;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.store.EntityType;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A typed, dated link between two parties: "<i>from</i> {@link RelationshipRole ROLE} <i>to</i>", e.g. a
 * contact WORKS_FOR an account as "CTO" since 2024-03-01.
 *
 * <pre>{@code
 * PartyRelationship job = PartyRelationship.of(ids.next(RelationshipId::new), tenant,
 *         ada.ref(), acme.ref(), RelationshipRole.WORKS_FOR)
 *     .withTitle("CTO").withFromDate(LocalDate.parse("2024-03-01"));
 * }</pre>
 *
 * <p>Rules: the role must allow the party types of {@code from} and {@code to}; a party cannot relate to
 * itself; {@code fromDate ≤ thruDate}. Both dates are inclusive and an absent date is open-ended, see
 * {@link #activeOn}.
 */
public record PartyRelationship(
    RelationshipId id,
    TenantId tenantId,
    long version,
    RecordRef from,
    RecordRef to,
    RelationshipRole role,
    Optional<LocalDate> fromDate,
    Optional<LocalDate> thruDate,
    Optional<String> title)
    implements Aggregate<RelationshipId> {

  /** The entity type name. */
  public static final String TYPE_NAME = "party_relationship";

  /** The {@code from} party as {@code type:id}. Indexed. */
  public static final FieldRef<String> FROM = FieldRef.text("from");
  /** The {@code to} party as {@code type:id}. Indexed. */
  public static final FieldRef<String> TO = FieldRef.text("to");
  /** Both parties as {@code type:id}, to find every relationship of a party with one criterion. Indexed. */
  public static final FieldRef<String> PARTY = FieldRef.text("party");
  /** The {@link RelationshipRole} name. */
  public static final FieldRef<String> ROLE = FieldRef.text("role");
  /** The first day; absent when open. */
  public static final FieldRef<LocalDate> FROM_DATE = FieldRef.date("fromDate");
  /** The last day; absent when open. */
  public static final FieldRef<LocalDate> THRU_DATE = FieldRef.date("thruDate");

  /** Describes relationships to the stores. */
  public static final EntityType<PartyRelationship, RelationshipId> TYPE =
      EntityType.builder(TYPE_NAME, PartyRelationship.class, RelationshipId::new)
          .field(FROM, r -> r.from().toString())
          .field(TO, r -> r.to().toString())
          .multiField(PARTY, r -> new TreeSet<>(java.util.List.of(r.from().toString(), r.to().toString())))
          .field(ROLE, r -> r.role().name())
          .optionalField(FROM_DATE, PartyRelationship::fromDate)
          .optionalField(THRU_DATE, PartyRelationship::thruDate)
          .index(FROM, TO, PARTY)
          .build();

  public PartyRelationship {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(fromDate, "fromDate");
    Objects.requireNonNull(thruDate, "thruDate");
    ValidationException.checkNotNegative(version, "version");
    ValidationException.check(
        role.allows(from, to),
        "role",
        role + " connects " + role.fromTypes() + " to " + role.toTypes() + ", not " + from.type() + " to " + to.type());
    ValidationException.check(!from.equals(to), "to", from + " cannot have a relationship with itself");
    if (fromDate.isPresent() && thruDate.isPresent()) {
      ValidationException.check(
          !thruDate.get().isBefore(fromDate.get()),
          "thruDate",
          "must not be before fromDate (" + thruDate.get() + " < " + fromDate.get() + ")");
    }
    title = PartyText.optional(title, "title");
  }

  /** An open-ended relationship (version 0) without title. */
  public static PartyRelationship of(
      RelationshipId id, TenantId tenantId, RecordRef from, RecordRef to, RelationshipRole role) {
    return new PartyRelationship(id, tenantId, 0, from, to, role, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** {@code contact} works for {@code account}. */
  public static PartyRelationship worksFor(RelationshipId id, TenantId tenantId, ContactId contact, AccountId account) {
    return of(id, tenantId, RecordRef.of(Contact.TYPE_NAME, contact), RecordRef.of(Account.TYPE_NAME, account), RelationshipRole.WORKS_FOR);
  }

  /** {@code contact} reports to {@code manager}. */
  public static PartyRelationship reportsTo(RelationshipId id, TenantId tenantId, ContactId contact, ContactId manager) {
    return of(id, tenantId, RecordRef.of(Contact.TYPE_NAME, contact), RecordRef.of(Contact.TYPE_NAME, manager), RelationshipRole.REPORTS_TO);
  }

  /** Whether the relationship holds on {@code day}: on or after {@code fromDate} and on or before {@code thruDate}. */
  public boolean activeOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return fromDate.map(f -> !day.isBefore(f)).orElse(true) && thruDate.map(t -> !day.isAfter(t)).orElse(true);
  }

  /** Whether {@code party} is the {@code from} or the {@code to} side. */
  public boolean involves(RecordRef party) {
    return from.equals(party) || to.equals(party);
  }

  @Override
  public PartyRelationship withVersion(long version) {
    return new PartyRelationship(id, tenantId, version, from, to, role, fromDate, thruDate, title);
  }

  public PartyRelationship withFromDate(LocalDate value) {
    return new PartyRelationship(id, tenantId, version, from, to, role, Optional.of(value), thruDate, title);
  }

  /** This relationship ending on {@code value} (inclusive). */
  public PartyRelationship withThruDate(LocalDate value) {
    return new PartyRelationship(id, tenantId, version, from, to, role, fromDate, Optional.of(value), title);
  }

  public PartyRelationship withTitle(String value) {
    return new PartyRelationship(id, tenantId, version, from, to, role, fromDate, thruDate, Optional.of(value));
  }

  public PartyRelationship withoutTitle() {
    return new PartyRelationship(id, tenantId, version, from, to, role, fromDate, thruDate, Optional.empty());
  }
}
