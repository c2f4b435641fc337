package io.crmkit.sales.lead;

import static io.crmkit.sales.lead.LeadFields.COMPANY;
import static io.crmkit.sales.lead.LeadFields.COMPANY_DOMAIN;
import static io.crmkit.sales.lead.LeadFields.CONVERTED_ACCOUNT_ID;
import static io.crmkit.sales.lead.LeadFields.CONVERTED_AT;
import static io.crmkit.sales.lead.LeadFields.CONVERTED_CONTACT_ID;
import static io.crmkit.sales.lead.LeadFields.CONVERTED_OPPORTUNITY_ID;
import static io.crmkit.sales.lead.LeadFields.CREATED_AT;
import static io.crmkit.sales.lead.LeadFields.EMAIL;
import static io.crmkit.sales.lead.LeadFields.FAMILY_NAME;
import static io.crmkit.sales.lead.LeadFields.GIVEN_NAME;
import static io.crmkit.sales.lead.LeadFields.OWNER;
import static io.crmkit.sales.lead.LeadFields.PARTNER;
import static io.crmkit.sales.lead.LeadFields.PHONE;
import static io.crmkit.sales.lead.LeadFields.RATING;
import static io.crmkit.sales.lead.LeadFields.SOURCE;
import static io.crmkit.sales.lead.LeadFields.STAGE;
import static io.crmkit.sales.lead.LeadFields.STATUS;
import static io.crmkit.sales.lead.LeadFields.UPDATED_AT;

import io.crmkit.core.Aggregate;
import io.crmkit.core.IllegalTransitionException;
import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.field.CustomFields;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.party.PostalAddress;
import io.crmkit.core.statemachine.Decision;
import io.crmkit.core.statemachine.StateHistory;
import io.crmkit.core.store.EntityType;
import io.crmkit.sales.opportunity.OpportunityId;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A prospect not yet qualified into an account and a contact: the person (Unicode names), the company, job
 * title, e-mail, phone and address, where the lead came from, its status in the tenant's {@link
 * LeadLifecycle} (with the history of statuses), its HubSpot lifecycle stage, a rating, the owner, the partner
 * account it is shared with (if any), custom fields, and once converted what it became ({@link ConversionInfo}).
 *
 * <pre>{@code
 * Lead lead = Lead.builder(ids.next(LeadId::new), tenant)
 *     .name(PersonName.of("Grace", "Hopper"))
 *     .company("Remington Rand")
 *     .email(ContactPoint.email("grace@remington.example", ContactPoint.Purpose.WORK))
 *     .source(LeadSource.TRADE_SHOW)
 *     .owner(Owner.user("u-1"))
 *     .timestamps(clock)
 *     .build();                                  // status "new", stage LEAD
 * }</pre>
 *
 * <p>Invariants: the e-mail is an e-mail contact point and the phone a phone one; the status is the current
 * state of {@code statusHistory}; {@code conversion} is present exactly when the status is {@link
 * LeadLifecycle#CONVERTED}; {@code createdAt ≤ updatedAt}. Status changes go through {@link LeadService},
 * conversion through {@link LeadConversion}; the {@code withX} methods leave {@code updatedAt} alone.
 */
public record Lead(
    LeadId id,
    TenantId tenantId,
    long version,
    PersonName name,
    Optional<String> company,
    Optional<String> jobTitle,
    Optional<ContactPoint> email,
    Optional<ContactPoint> phone,
    Optional<PostalAddress> address,
    Optional<String> companyDomain,
    Optional<String> industry,
    LeadSource source,
    StateHistory statusHistory,
    LifecycleStage stage,
    Optional<LeadRating> rating,
    Owner owner,
    Optional<AccountId> partner,
    CustomFields customFields,
    Optional<ConversionInfo> conversion,
    Instant createdAt,
    Instant updatedAt)
    implements Aggregate<LeadId> {

  /** The entity type name, used in {@link RecordRef}s: {@code RecordRef.of(Lead.TYPE_NAME, id)}. */
  public static final String TYPE_NAME = "lead";

  /** Describes leads to the stores; fields in {@link LeadFields}, custom fields as {@code custom.<key>}. */
  public static final EntityType<Lead, LeadId> TYPE =
      EntityType.builder(TYPE_NAME, Lead.class, LeadId::new)
          .optionalField(GIVEN_NAME, l -> l.name().givenName())
          .optionalField(FAMILY_NAME, l -> l.name().familyName())
          .optionalField(COMPANY, Lead::company)
          .optionalField(COMPANY_DOMAIN, Lead::companyDomain)
          .optionalField(EMAIL, l -> l.email().map(ContactPoint::normalized))
          .optionalField(PHONE, l -> l.phone().map(ContactPoint::normalized))
          .field(SOURCE, l -> l.source().code())
          .field(STATUS, Lead::status)
          .field(STAGE, l -> l.stage().name())
          .optionalField(RATING, l -> l.rating().map(LeadRating::name))
          .field(OWNER, l -> l.owner().toString())
          .optionalField(PARTNER, l -> l.partner().map(AccountId::value))
          .optionalField(CONVERTED_ACCOUNT_ID, l -> l.conversion().map(c -> c.account().value()))
          .optionalField(CONVERTED_CONTACT_ID, l -> l.conversion().map(c -> c.contact().value()))
          .optionalField(CONVERTED_OPPORTUNITY_ID, l -> l.conversion().flatMap(ConversionInfo::opportunity).map(OpportunityId::value))
          .optionalField(CONVERTED_AT, l -> l.conversion().map(ConversionInfo::convertedAt))
          .field(CREATED_AT, Lead::createdAt)
          .field(UPDATED_AT, Lead::updatedAt)
          .index(COMPANY_DOMAIN, EMAIL, PHONE, SOURCE, STATUS, STAGE, RATING, OWNER, PARTNER, CONVERTED_ACCOUNT_ID, CONVERTED_CONTACT_ID,
              CONVERTED_OPPORTUNITY_ID, UPDATED_AT)
          .customFields((l, key, kind) -> l.customFields().queryValues(key, kind), l -> l.customFields().allQueryValues())
          .build();

  public Lead {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(companyDomain, "companyDomain");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(statusHistory, "statusHistory");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(rating, "rating");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(customFields, "customFields");
    Objects.requireNonNull(conversion, "conversion");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    ValidationException.checkNotNegative(version, "version");
    company = LeadText.optional(company, "company");
    jobTitle = LeadText.optional(jobTitle, "jobTitle");
    industry = LeadText.optional(industry, "industry");
    companyDomain = companyDomain.map(Account::normalizeDomain);
    email.ifPresent(e -> ValidationException.check(
        e.kind() == ContactPoint.Kind.EMAIL, "email", "must be an EMAIL contact point but was " + e.kind()));
    phone.ifPresent(p -> ValidationException.check(
        p.kind() == ContactPoint.Kind.PHONE, "phone", "must be a PHONE contact point but was " + p.kind()));
    boolean converted = statusHistory.current().equals(LeadLifecycle.CONVERTED);
    ValidationException.check(
        conversion.isPresent() == converted,
        "conversion",
        converted
            ? "a lead in status '" + LeadLifecycle.CONVERTED + "' must say what it was converted into"
            : "only a lead in status '" + LeadLifecycle.CONVERTED + "' has conversion details (status '" + statusHistory.current() + "')");
    ValidationException.check(
        !updatedAt.isBefore(createdAt), "updatedAt", "must not be before createdAt " + createdAt + " but was " + updatedAt);
  }

  /** Starts a new lead (version 0) in status {@link LeadLifecycle#NEW} at stage {@link LifecycleStage#LEAD}. */
  public static Builder builder(LeadId id, TenantId tenantId) {
    return new Builder(id, tenantId);
  }

  /** A builder holding this lead's values, to change several at once. */
  public Builder toBuilder() {
    Builder b = new Builder(id, tenantId);
    b.version = version;
    b.name = name;
    b.company = company.orElse(null);
    b.jobTitle = jobTitle.orElse(null);
    b.email = email.orElse(null);
    b.phone = phone.orElse(null);
    b.address = address.orElse(null);
    b.companyDomain = companyDomain.orElse(null);
    b.industry = industry.orElse(null);
    b.source = source;
    b.statusHistory = statusHistory;
    b.stage = stage;
    b.rating = rating.orElse(null);
    b.owner = owner;
    b.partner = partner.orElse(null);
    b.customFields = customFields;
    b.conversion = conversion.orElse(null);
    b.createdAt = createdAt;
    b.updatedAt = updatedAt;
    return b;
  }

  /** The current status: a state of the tenant's {@link LeadLifecycle}. */
  public String status() {
    return statusHistory.current();
  }

  /** Whether the lead has been converted (and is therefore read-only). */
  public boolean isConverted() {
    return conversion.isPresent();
  }

  /** This lead as a record reference, {@code lead:<id>}. */
  public RecordRef ref() {
    return RecordRef.of(TYPE_NAME, id);
  }

  /** The account a converted lead became. */
  public Optional<AccountId> convertedAccount() {
    return conversion.map(ConversionInfo::account);
  }

  /** The contact a converted lead became. */
  public Optional<ContactId> convertedContact() {
    return conversion.map(ConversionInfo::contact);
  }

  @Override
  public Lead withVersion(long version) {
    // the canonical constructor, not the builder: stores call this on every write
    return new Lead(
        id, tenantId, version, name, company, jobTitle, email, phone, address, companyDomain, industry, source, statusHistory,
        stage, rating, owner, partner, customFields, conversion, createdAt, updatedAt);
  }

  public Lead withName(PersonName value) {
    return toBuilder().name(value).build();
  }

  public Lead withCompany(String value) {
    return toBuilder().company(value).build();
  }

  public Lead withJobTitle(String value) {
    return toBuilder().jobTitle(value).build();
  }

  public Lead withEmail(ContactPoint value) {
    return toBuilder().email(value).build();
  }

  public Lead withPhone(ContactPoint value) {
    return toBuilder().phone(value).build();
  }

  public Lead withAddress(PostalAddress value) {
    return toBuilder().address(value).build();
  }

  public Lead withRating(LeadRating value) {
    return toBuilder().rating(value).build();
  }

  public Lead withOwner(Owner value) {
    return toBuilder().owner(value).build();
  }

  /**
   * This lead shared with the partner whose account is {@code value} (partner users see it through the
   * {@code partner} field); the owner stays, see {@code io.crmkit.sales.partner.LeadDistribution} to hand it to a
   * partner user as well.
   */
  public Lead withPartner(AccountId value) {
    return toBuilder().partner(value).build();
  }

  /** This lead no longer shared with a partner. */
  public Lead withoutPartner() {
    return toBuilder().noPartner().build();
  }

  public Lead withSource(LeadSource value) {
    return toBuilder().source(value).build();
  }

  public Lead withCustomFields(CustomFields value) {
    return toBuilder().customFields(value).build();
  }

  /** This lead marked as changed at {@code value} (from the caller's clock). */
  public Lead withUpdatedAt(Instant value) {
    return toBuilder().updatedAt(value).build();
  }

  /**
   * This lead at lifecycle stage {@code next}, which must not lie before the current one (staying is allowed).
   *
   * @throws IllegalTransitionException if {@code next} is an earlier stage; use {@link #resetStage} for that
   */
  public Lead advanceStage(LifecycleStage next) {
    Objects.requireNonNull(next, "next");
    if (!stage.canAdvanceTo(next)) {
      throw new IllegalTransitionException(
          stage.name(), "advance_to_" + next.name().toLowerCase(java.util.Locale.ROOT),
          "lifecycle stages only move forward; " + next + " comes before " + stage + " (reset it explicitly, with a reason)");
    }
    return next == stage ? this : toBuilder().stage(next).build();
  }

  /**
   * This lead at lifecycle stage {@code stage}, in either direction: the explicit reset HubSpot asks for
   * (clear the stage, then set it). {@code reason} says why, for the event and the audit trail.
   *
   * @throws ValidationException if {@code reason} is blank
   */
  public Lead resetStage(LifecycleStage stage, String reason) {
    Objects.requireNonNull(stage, "stage");
    LeadText.required(Objects.requireNonNull(reason, "reason"), "reason");
    return toBuilder().stage(stage).build();
  }

  /** This lead after the accepted status decision {@code decision}, made at {@code at}. */
  Lead withStatusChange(Decision.Accepted decision, Instant at) {
    return toBuilder().statusHistory(statusHistory.record(decision, at)).updatedAt(later(updatedAt, at)).build();
  }

  /** This lead converted by {@code decision} at {@code info.convertedAt()}. */
  Lead converted(Decision.Accepted decision, ConversionInfo info, LifecycleStage newStage) {
    Instant at = info.convertedAt();
    return toBuilder()
        .statusHistory(statusHistory.record(decision, at))
        .conversion(info)
        .stage(stage.atLeast(newStage))
        .updatedAt(later(updatedAt, at))
        .build();
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  /**
   * Builds a {@link Lead}; {@link #build()} validates. Defaults: no company, title, e-mail, phone, address,
   * domain, industry, rating, custom fields or conversion; source {@link LeadSource#OTHER}; status {@link
   * LeadLifecycle#NEW} since {@code createdAt}; stage {@link LifecycleStage#LEAD}; version 0.
   */
  public static final class Builder {
    private final LeadId id;
    private final TenantId tenantId;
    private long version;
    private @Nullable PersonName name;
    private @Nullable String company;
    private @Nullable String jobTitle;
    private @Nullable ContactPoint email;
    private @Nullable ContactPoint phone;
    private @Nullable PostalAddress address;
    private @Nullable String companyDomain;
    private @Nullable String industry;
    private LeadSource source = LeadSource.OTHER;
    private @Nullable StateHistory statusHistory;
    private LifecycleStage stage = LifecycleStage.LEAD;
    private @Nullable LeadRating rating;
    private @Nullable Owner owner;
    private @Nullable AccountId partner;
    private CustomFields customFields = CustomFields.empty();
    private @Nullable ConversionInfo conversion;
    private @Nullable Instant createdAt;
    private @Nullable Instant updatedAt;

    private Builder(LeadId id, TenantId tenantId) {
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

    public Builder company(String value) {
      this.company = Objects.requireNonNull(value, "company");
      return this;
    }

    public Builder noCompany() {
      this.company = null;
      return this;
    }

    public Builder jobTitle(String value) {
      this.jobTitle = Objects.requireNonNull(value, "jobTitle");
      return this;
    }

    public Builder noJobTitle() {
      this.jobTitle = null;
      return this;
    }

    /** The e-mail address, e.g. {@code ContactPoint.email("ada@example.com", Purpose.WORK)}. */
    public Builder email(ContactPoint value) {
      this.email = Objects.requireNonNull(value, "email");
      return this;
    }

    public Builder noEmail() {
      this.email = null;
      return this;
    }

    /** The phone number, e.g. {@code ContactPoint.phone("030 1234567", "DE", Purpose.WORK)}. */
    public Builder phone(ContactPoint value) {
      this.phone = Objects.requireNonNull(value, "phone");
      return this;
    }

    public Builder noPhone() {
      this.phone = null;
      return this;
    }

    public Builder address(PostalAddress value) {
      this.address = Objects.requireNonNull(value, "address");
      return this;
    }

    public Builder noAddress() {
      this.address = null;
      return this;
    }

    /** The company's web domain, given as a domain or a URL. */
    public Builder companyDomain(String value) {
      this.companyDomain = Objects.requireNonNull(value, "companyDomain");
      return this;
    }

    public Builder noCompanyDomain() {
      this.companyDomain = null;
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

    public Builder source(LeadSource value) {
      this.source = Objects.requireNonNull(value, "source");
      return this;
    }

    /** The status history; without it the lead starts in {@link LeadLifecycle#NEW} at {@code createdAt}. */
    public Builder statusHistory(StateHistory value) {
      this.statusHistory = Objects.requireNonNull(value, "statusHistory");
      return this;
    }

    public Builder stage(LifecycleStage value) {
      this.stage = Objects.requireNonNull(value, "stage");
      return this;
    }

    public Builder rating(LeadRating value) {
      this.rating = Objects.requireNonNull(value, "rating");
      return this;
    }

    public Builder noRating() {
      this.rating = null;
      return this;
    }

    public Builder owner(Owner value) {
      this.owner = Objects.requireNonNull(value, "owner");
      return this;
    }

    /** The partner account the lead is shared with (the partner's {@code Account} id). */
    public Builder partner(AccountId value) {
      this.partner = Objects.requireNonNull(value, "partner");
      return this;
    }

    /** Not shared with a partner (the default). */
    public Builder noPartner() {
      this.partner = null;
      return this;
    }

    public Builder customFields(CustomFields value) {
      this.customFields = Objects.requireNonNull(value, "customFields");
      return this;
    }

    public Builder conversion(ConversionInfo value) {
      this.conversion = Objects.requireNonNull(value, "conversion");
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
     * The lead.
     *
     * @throws NullPointerException naming a missing name, owner or timestamp
     * @throws ValidationException if a value breaks a rule of {@link Lead}
     */
    public Lead build() {
      Instant created = Objects.requireNonNull(createdAt, "createdAt");
      StateHistory history = statusHistory != null ? statusHistory : StateHistory.start(LeadLifecycle.NEW, created);
      return new Lead(
          id,
          tenantId,
          version,
          Objects.requireNonNull(name, "name"),
          Optional.ofNullable(company),
          Optional.ofNullable(jobTitle),
          Optional.ofNullable(email),
          Optional.ofNullable(phone),
          Optional.ofNullable(address),
          Optional.ofNullable(companyDomain),
          Optional.ofNullable(industry),
          source,
          history,
          stage,
          Optional.ofNullable(rating),
          Objects.requireNonNull(owner, "owner"),
          Optional.ofNullable(partner),
          customFields,
          Optional.ofNullable(conversion),
          created,
          Objects.requireNonNull(updatedAt, "updatedAt"));
    }
  }
}
