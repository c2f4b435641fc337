package io.crmkit.core.party;

import static io.crmkit.core.party.ContactFields.ACCOUNT_ID;
import static io.crmkit.core.party.ContactFields.CREATED_AT;
import static io.crmkit.core.party.ContactFields.EMAIL;
import static io.crmkit.core.party.ContactFields.EXTERNAL_ID;
import static io.crmkit.core.party.ContactFields.FAMILY_NAME;
import static io.crmkit.core.party.ContactFields.GIVEN_NAME;
import static io.crmkit.core.party.ContactFields.JOB_TITLE;
import static io.crmkit.core.party.ContactFields.OWNER;
import static io.crmkit.core.party.ContactFields.PHONE;
import static io.crmkit.core.party.ContactFields.RELATIONSHIP_TYPE;
import static io.crmkit.core.party.ContactFields.UPDATED_AT;

import io.crmkit.core.Aggregate;
import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.field.CustomFields;
import io.crmkit.core.store.EntityType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A person the tenant deals with: name, account, job title, contact points, owner, relationship to the
 * business, ids in outside systems and custom fields.
 *
 * <pre>{@code
 * Contact ada = Contact.builder(ids.next(ContactId::new), tenant)
 *     .name(PersonName.of("Ada", "Lovelace"))
 *     .owner(Owner.user("u-1"))
 *     .contactPoint(ContactPoint.email("ada@example.com", Purpose.WORK).asPrimary())
 *     .timestamps(clock)
 *     .build();
 * Contact moved = ada.withAccount(acme).withJobTitle("CTO").withUpdatedAt(clock.instant());
 * }</pre>
 *
 * <p>Invariants: at most one primary contact point per kind, no channel listed twice, {@code createdAt ≤
 * updatedAt}, external-id systems are lower-case names. The {@code withX} methods change one thing and leave
 * {@code updatedAt} alone: set it with {@link #withUpdatedAt} from the caller's clock.
 */
public record Contact(
    ContactId id,
    TenantId tenantId,
    long version,
    PersonName name,
    Optional<AccountId> account,
    Optional<String> jobTitle,
    List<ContactPoint> contactPoints,
    Owner owner,
    RelationshipType relationshipType,
    Map<String, String> externalIds,
    CustomFields customFields,
    Instant createdAt,
    Instant updatedAt)
    implements Aggregate<ContactId> {

  /** The entity type name, used in {@link RecordRef}s: {@code RecordRef.of(Contact.TYPE_NAME, id)}. */
  public static final String TYPE_NAME = "contact";

  /** Describes contacts to the stores; fields in {@link ContactFields}, custom fields as {@code custom.<key>}. */
  public static final EntityType<Contact, ContactId> TYPE =
      EntityType.builder(TYPE_NAME, Contact.class, ContactId::new)
          .optionalField(GIVEN_NAME, c -> c.name().givenName())
          .optionalField(FAMILY_NAME, c -> c.name().familyName())
          .optionalField(ACCOUNT_ID, c -> c.account().map(AccountId::value))
          .field(OWNER, c -> c.owner().toString())
          .field(RELATIONSHIP_TYPE, c -> c.relationshipType().name())
          .optionalField(JOB_TITLE, Contact::jobTitle)
          .multiField(EMAIL, Contact::emails)
          .multiField(PHONE, Contact::phones)
          .multiField(EXTERNAL_ID, c -> PartyRecords.externalIdKeys(c.externalIds()))
          .field(CREATED_AT, Contact::createdAt)
          .field(UPDATED_AT, Contact::updatedAt)
          .index(ACCOUNT_ID, OWNER, EMAIL, PHONE, EXTERNAL_ID, UPDATED_AT)
          .customFields((c, key, kind) -> c.customFields().queryValues(key, kind), c -> c.customFields().allQueryValues())
          .build();

  public Contact {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(relationshipType, "relationshipType");
    Objects.requireNonNull(customFields, "customFields");
    ValidationException.checkNotNegative(version, "version");
    jobTitle = PartyText.optional(jobTitle, "jobTitle");
    contactPoints = PartyRecords.contactPoints(contactPoints);
    externalIds = PartyRecords.externalIds(externalIds);
    PartyRecords.timestamps(createdAt, updatedAt);
  }

  /** Starts a new contact (version 0); name, owner and timestamps are required. */
  public static Builder builder(ContactId id, TenantId tenantId) {
    return new Builder(id, tenantId);
  }

  /** A builder holding this contact's values, to change several at once. */
  public Builder toBuilder() {
    Builder b = new Builder(id, tenantId);
    b.version = version;
    b.name = name;
    account.ifPresent(b::account);
    jobTitle.ifPresent(b::jobTitle);
    b.contactPoints.addAll(contactPoints);
    b.owner = owner;
    b.relationshipType = relationshipType;
    b.externalIds.putAll(externalIds);
    b.customFields = customFields;
    b.createdAt = createdAt;
    b.updatedAt = updatedAt;
    return b;
  }

  /** This contact as a record reference, {@code contact:<id>}. */
  public RecordRef ref() {
    return RecordRef.of(TYPE_NAME, id);
  }

  /** The primary e-mail address (normalised), or else the first one; empty when the contact has none. */
  public Optional<String> primaryEmail() {
    return primary(ContactPoint.Kind.EMAIL);
  }

  /** The primary phone number (E.164), or else the first one. */
  public Optional<String> primaryPhone() {
    return primary(ContactPoint.Kind.PHONE);
  }

  /** Every e-mail address, normalised, in contact-point order. */
  public List<String> emails() {
    return PartyRecords.normalized(contactPoints, ContactPoint.Kind.EMAIL);
  }

  /** Every phone number in E.164, in contact-point order. */
  public List<String> phones() {
    return PartyRecords.normalized(contactPoints, ContactPoint.Kind.PHONE);
  }

  /** The contact points of {@code kind}. */
  public List<ContactPoint> contactPoints(ContactPoint.Kind kind) {
    return contactPoints.stream().filter(p -> p.kind() == kind).toList();
  }

  public Optional<String> externalId(String system) {
    return Optional.ofNullable(externalIds.get(system));
  }

  private Optional<String> primary(ContactPoint.Kind kind) {
    List<ContactPoint> of = contactPoints(kind);
    return of.stream().filter(ContactPoint::primary).findFirst().or(() -> of.stream().findFirst())
        .map(ContactPoint::normalized);
  }

  @Override
  public Contact withVersion(long version) {
    // the canonical constructor, not the builder: stores call this on every write
    return new Contact(
        id, tenantId, version, name, account, jobTitle, contactPoints, owner, relationshipType, externalIds, customFields,
        createdAt, updatedAt);
  }

  public Contact withName(PersonName value) {
    return toBuilder().name(value).build();
  }

  public Contact withAccount(AccountId value) {
    return toBuilder().account(value).build();
  }

  public Contact withoutAccount() {
    return toBuilder().noAccount().build();
  }

  public Contact withJobTitle(String value) {
    return toBuilder().jobTitle(value).build();
  }

  public Contact withoutJobTitle() {
    return toBuilder().noJobTitle().build();
  }

  /** This contact with exactly {@code value} as contact points. */
  public Contact withContactPoints(List<ContactPoint> value) {
    return toBuilder().contactPoints(value).build();
  }

  /**
   * This contact with {@code point} added, replacing one of the same channel (kind and normalised form);
   * when {@code point} is primary, the former primary of its kind stops being primary.
   */
  public Contact withContactPoint(ContactPoint point) {
    return withContactPoints(PartyRecords.withContactPoint(contactPoints, point));
  }

  /** This contact without the contact point of the same channel as {@code point}. */
  public Contact withoutContactPoint(ContactPoint point) {
    return withContactPoints(PartyRecords.withoutContactPoint(contactPoints, point));
  }

  public Contact withOwner(Owner value) {
    return toBuilder().owner(value).build();
  }

  public Contact withRelationshipType(RelationshipType value) {
    return toBuilder().relationshipType(value).build();
  }

  /** This contact with its id in {@code system} set to {@code externalId}. */
  public Contact withExternalId(String system, String externalId) {
    return toBuilder().externalIds(PartyRecords.withExternalId(externalIds, system, externalId)).build();
  }

  public Contact withoutExternalId(String system) {
    return toBuilder().externalIds(PartyRecords.withoutExternalId(externalIds, system)).build();
  }

  public Contact withCustomFields(CustomFields value) {
    return toBuilder().customFields(value).build();
  }

  /** This contact marked as changed at {@code value} (from the caller's clock). */
  public Contact withUpdatedAt(Instant value) {
    return toBuilder().updatedAt(value).build();
  }

  /**
   * Builds a {@link Contact}; {@link #build()} validates. Defaults: no account, job title, contact points,
   * external ids or custom fields; relationship type {@link RelationshipType#OTHER}; version 0.
   */
  public static final class Builder {
    private final ContactId id;
    private final TenantId tenantId;
    private long version;
    private @Nullable PersonName name;
    private @Nullable AccountId account;
    private @Nullable String jobTitle;
    private final List<ContactPoint> contactPoints = new ArrayList<>();
    private @Nullable Owner owner;
    private RelationshipType relationshipType = RelationshipType.OTHER;
    private final Map<String, String> externalIds = new HashMap<>();
    private CustomFields customFields = CustomFields.empty();
    private @Nullable Instant createdAt;
    private @Nullable Instant updatedAt;

    private Builder(ContactId id, TenantId tenantId) {
      this.id = Objects.requireNonNull(id, "id");
      this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
    }

    public Builder version(long value) {
      this.version = value;
      return this;
    }

    public Builder name(PersonName value) {
      this.name = Objects.requireNonNull(value, "name");
      return this;
    }

    public Builder account(AccountId value) {
      this.account = Objects.requireNonNull(value, "account");
      return this;
    }

    /** No account (the default). */
    public Builder noAccount() {
      this.account = null;
      return this;
    }

    public Builder jobTitle(String value) {
      this.jobTitle = Objects.requireNonNull(value, "jobTitle");
      return this;
    }

    /** No job title (the default). */
    public Builder noJobTitle() {
      this.jobTitle = null;
      return this;
    }

    /** Adds a contact point; {@link #build()} rejects a second primary of a kind or a repeated channel. */
    public Builder contactPoint(ContactPoint value) {
      contactPoints.add(Objects.requireNonNull(value, "contactPoint"));
      return this;
    }

    /** Replaces all contact points. */
    public Builder contactPoints(List<ContactPoint> value) {
      contactPoints.clear();
      value.forEach(this::contactPoint);
      return this;
    }

    public Builder owner(Owner value) {
      this.owner = Objects.requireNonNull(value, "owner");
      return this;
    }

    public Builder relationshipType(RelationshipType value) {
      this.relationshipType = Objects.requireNonNull(value, "relationshipType");
      return this;
    }

    public Builder externalId(String system, String externalId) {
      externalIds.put(Objects.requireNonNull(system, "system"), Objects.requireNonNull(externalId, "externalId"));
      return this;
    }

    /** Replaces all external ids. */
    public Builder externalIds(Map<String, String> value) {
      externalIds.clear();
      externalIds.putAll(value);
      return this;
    }

    public Builder customFields(CustomFields value) {
      this.customFields = Objects.requireNonNull(value, "customFields");
      return this;
    }

    public Builder createdAt(Instant value) {
      this.createdAt = Objects.requireNonNull(value, "createdAt");
      return this;
    }

    public Builder updatedAt(Instant value) {
      this.updatedAt = Objects.requireNonNull(value, "updatedAt");
      return this;
    }

    /** Sets both timestamps to {@code clock}'s current instant (a new record). */
    public Builder timestamps(Clock clock) {
      Instant now = clock.instant();
      this.createdAt = now;
      this.updatedAt = now;
      return this;
    }

    /**
     * The contact.
     *
     * @throws NullPointerException naming a missing name, owner or timestamp
     * @throws ValidationException if a value breaks a rule of {@link Contact}
     */
    public Contact build() {
      return new Contact(
          id,
          tenantId,
          version,
          Objects.requireNonNull(name, "name"),
          Optional.ofNullable(account),
          Optional.ofNullable(jobTitle),
          contactPoints,
          Objects.requireNonNull(owner, "owner"),
          relationshipType,
          externalIds,
          customFields,
          Objects.requireNonNull(createdAt, "createdAt"),
          Objects.requireNonNull(updatedAt, "updatedAt"));
    }
  }
}
