package io.crmkit.core.party;

import static io.crmkit.core.party.AccountFields.CREATED_AT;
import static io.crmkit.core.party.AccountFields.DOMAIN;
import static io.crmkit.core.party.AccountFields.EMAIL;
import static io.crmkit.core.party.AccountFields.EXTERNAL_ID;
import static io.crmkit.core.party.AccountFields.INDUSTRY;
import static io.crmkit.core.party.AccountFields.NAME;
import static io.crmkit.core.party.AccountFields.OWNER;
import static io.crmkit.core.party.AccountFields.PHONE;
import static io.crmkit.core.party.AccountFields.RELATIONSHIP_TYPE;
import static io.crmkit.core.party.AccountFields.UPDATED_AT;

import io.crmkit.core.Aggregate;
import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.field.CustomFields;
import io.crmkit.core.store.EntityType;
import java.net.IDN;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An organisation the tenant deals with (a company, a public body, a household): name, web domain,
 * industry, contact points, owner, relationship to the business, ids in outside systems and custom fields.
 *
 * <pre>{@code
 * Account acme = Account.builder(ids.next(AccountId::new), tenant)
 *     .name("ACME Corp").domain("https://www.acme.example/about").owner(Owner.team("emea"))
 *     .relationshipType(RelationshipType.CUSTOMER).timestamps(clock).build();   // domain "acme.example"
 * }</pre>
 *
 * <p>The domain is normalised for matching: scheme, path, port and a leading {@code www.} are dropped,
 * letters are lower-cased and international names are kept in their ASCII (punycode) form. The same
 * contact-point, external-id and timestamp rules as {@link Contact} apply.
 */
public record Account(
    AccountId id,
    TenantId tenantId,
    long version,
    String name,
    Optional<String> domain,
    Optional<String> industry,
    List<ContactPoint> contactPoints,
    Owner owner,
    RelationshipType relationshipType,
    Map<String, String> externalIds,
    CustomFields customFields,
    Instant createdAt,
    Instant updatedAt)
    implements Aggregate<AccountId> {

  /** The entity type name, used in {@link RecordRef}s: {@code RecordRef.of(Account.TYPE_NAME, id)}. */
  public static final String TYPE_NAME = "account";

  /** Describes accounts to the stores; fields in {@link AccountFields}, custom fields as {@code custom.<key>}. */
  public static final EntityType<Account, AccountId> TYPE =
      EntityType.builder(TYPE_NAME, Account.class, AccountId::new)
          .field(NAME, Account::name)
          .optionalField(DOMAIN, Account::domain)
          .optionalField(INDUSTRY, Account::industry)
          .field(OWNER, a -> a.owner().toString())
          .field(RELATIONSHIP_TYPE, a -> a.relationshipType().name())
          .multiField(EMAIL, a -> PartyRecords.normalized(a.contactPoints(), ContactPoint.Kind.EMAIL))
          .multiField(PHONE, a -> PartyRecords.normalized(a.contactPoints(), ContactPoint.Kind.PHONE))
          .multiField(EXTERNAL_ID, a -> PartyRecords.externalIdKeys(a.externalIds()))
          .field(CREATED_AT, Account::createdAt)
          .field(UPDATED_AT, Account::updatedAt)
          .index(NAME, DOMAIN, OWNER, EMAIL, PHONE, EXTERNAL_ID, UPDATED_AT)
          .customFields((a, key, kind) -> a.customFields().queryValues(key, kind), a -> a.customFields().allQueryValues())
          .build();

  private static final Pattern DOMAIN_NAME =
      Pattern.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]");

  public Account {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(relationshipType, "relationshipType");
    Objects.requireNonNull(customFields, "customFields");
    Objects.requireNonNull(domain, "domain");
    ValidationException.checkNotNegative(version, "version");
    name = PartyText.required(name, "name");
    domain = domain.map(Account::normalizeDomain);
    industry = PartyText.optional(industry, "industry");
    contactPoints = PartyRecords.contactPoints(contactPoints);
    externalIds = PartyRecords.externalIds(externalIds);
    PartyRecords.timestamps(createdAt, updatedAt);
  }

  /** Starts a new account (version 0); name, owner and timestamps are required. */
  public static Builder builder(AccountId id, TenantId tenantId) {
    return new Builder(id, tenantId);
  }

  /**
   * The web domain of {@code text} (a domain or a URL) in normal form, e.g. {@code acme.example} for
   * {@code https://WWW.Acme.example:443/about}.
   *
   * @throws ValidationException when no domain name can be read from it
   */
  public static String normalizeDomain(String text) {
    Objects.requireNonNull(text, "domain");
    String d = text.strip();
    int scheme = d.indexOf("://");
    if (scheme >= 0) {
      d = d.substring(scheme + 3);
    }
    int end = d.length();
    for (char stop : new char[] {'/', '?', '#', ':'}) {
      int at = d.indexOf(stop);
      if (at >= 0) {
        end = Math.min(end, at);
      }
    }
    d = d.substring(0, end);
    int userInfo = d.lastIndexOf('@');
    if (userInfo >= 0) {
      d = d.substring(userInfo + 1);
    }
    if (d.endsWith(".")) {
      d = d.substring(0, d.length() - 1);
    }
    try {
      d = IDN.toASCII(d).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      throw new ValidationException("domain", "'" + text + "' is not a domain name: " + e.getMessage());
    }
    if (d.startsWith("www.")) {
      d = d.substring(4);
    }
    ValidationException.check(
        DOMAIN_NAME.matcher(d).matches(), "domain", "'" + text + "' is not a domain name such as example.com");
    return d;
  }

  /** A builder holding this account's values. */
  public Builder toBuilder() {
    Builder b = new Builder(id, tenantId);
    b.version = version;
    b.name = name;
    domain.ifPresent(b::domain);
    industry.ifPresent(b::industry);
    b.contactPoints.addAll(contactPoints);
    b.owner = owner;
    b.relationshipType = relationshipType;
    b.externalIds.putAll(externalIds);
    b.customFields = customFields;
    b.createdAt = createdAt;
    b.updatedAt = updatedAt;
    return b;
  }

  /** This account as a record reference, {@code account:<id>}. */
  public RecordRef ref() {
    return RecordRef.of(TYPE_NAME, id);
  }

  /** The primary web site (normalised URL), or else the first one. */
  public Optional<String> website() {
    List<ContactPoint> web = contactPoints.stream().filter(p -> p.kind() == ContactPoint.Kind.WEB).toList();
    return web.stream().filter(ContactPoint::primary).findFirst().or(() -> web.stream().findFirst())
        .map(ContactPoint::normalized);
  }

  public Optional<String> externalId(String system) {
    return Optional.ofNullable(externalIds.get(system));
  }

  @Override
  public Account withVersion(long version) {
    // the canonical constructor, not the builder: stores call this on every write
    return new Account(
        id, tenantId, version, name, domain, industry, contactPoints, owner, relationshipType, externalIds, customFields,
        createdAt, updatedAt);
  }

  public Account withName(String value) {
    return toBuilder().name(value).build();
  }

  /** This account with the domain read from {@code value} (a domain or URL). */
  public Account withDomain(String value) {
    return toBuilder().domain(value).build();
  }

  public Account withoutDomain() {
    return toBuilder().noDomain().build();
  }

  public Account withIndustry(String value) {
    return toBuilder().industry(value).build();
  }

  public Account withoutIndustry() {
    return toBuilder().noIndustry().build();
  }

  public Account withContactPoints(List<ContactPoint> value) {
    return toBuilder().contactPoints(value).build();
  }

  /** Adds or replaces a contact point; a primary one demotes the former primary of its kind. */
  public Account withContactPoint(ContactPoint point) {
    return withContactPoints(PartyRecords.withContactPoint(contactPoints, point));
  }

  public Account withoutContactPoint(ContactPoint point) {
    return withContactPoints(PartyRecords.withoutContactPoint(contactPoints, point));
  }

  public Account withOwner(Owner value) {
    return toBuilder().owner(value).build();
  }

  public Account withRelationshipType(RelationshipType value) {
    return toBuilder().relationshipType(value).build();
  }

  public Account withExternalId(String system, String externalId) {
    return toBuilder().externalIds(PartyRecords.withExternalId(externalIds, system, externalId)).build();
  }

  public Account withoutExternalId(String system) {
    return toBuilder().externalIds(PartyRecords.withoutExternalId(externalIds, system)).build();
  }

  public Account withCustomFields(CustomFields value) {
    return toBuilder().customFields(value).build();
  }

  /** This account marked as changed at {@code value} (from the caller's clock). */
  public Account withUpdatedAt(Instant value) {
    return toBuilder().updatedAt(value).build();
  }

  /**
   * Builds an {@link Account}; {@link #build()} validates. Defaults: no domain, industry, contact points,
   * external ids or custom fields; relationship type {@link RelationshipType#OTHER}; version 0.
   */
  public static final class Builder {
    private final AccountId id;
    private final TenantId tenantId;
    private long version;
    private @Nullable String name;
    private @Nullable String domain;
    private @Nullable String industry;
    private final List<ContactPoint> contactPoints = new ArrayList<>();
    private @Nullable Owner owner;
    private RelationshipType relationshipType = RelationshipType.OTHER;
    private final Map<String, String> externalIds = new HashMap<>();
    private CustomFields customFields = CustomFields.empty();
    private @Nullable Instant createdAt;
    private @Nullable Instant updatedAt;

    private Builder(AccountId id, TenantId tenantId) {
      this.id = Objects.requireNonNull(id, "id");
      this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
    }

    public Builder version(long value) {
      this.version = value;
      return this;
    }

    public Builder name(String value) {
      this.name = Objects.requireNonNull(value, "name");
      return this;
    }

    /** The web domain, given as a domain or a URL. */
    public Builder domain(String value) {
      this.domain = Objects.requireNonNull(value, "domain");
      return this;
    }

    public Builder noDomain() {
      this.domain = null;
      return this;
    }

    public Builder industry(String value) {
      this.industry = Objects.requireNonNull(value, "industry");
      return this;
    }

    public Builder noIndustry() {
      this.industry = null;
      return this;
    }

    public Builder contactPoint(ContactPoint value) {
      contactPoints.add(Objects.requireNonNull(value, "contactPoint"));
      return this;
    }

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
     * The account.
     *
     * @throws NullPointerException naming a missing name, owner or timestamp
     * @throws ValidationException if a value breaks a rule of {@link Account}
     */
    public Account build() {
      return new Account(
          id,
          tenantId,
          version,
          Objects.requireNonNull(name, "name"),
          Optional.ofNullable(domain),
          Optional.ofNullable(industry),
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
