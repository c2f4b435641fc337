package io.crmkit.sales.partner;

import io.crmkit.core.Aggregate;
import io.crmkit.core.EntityId;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.money.Money;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.statemachine.Decision;
import io.crmkit.core.statemachine.StateChange;
import io.crmkit.core.statemachine.StateHistory;
import io.crmkit.core.store.EntityType;
import io.crmkit.sales.opportunity.OpportunityId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A deal a partner registers to claim it (Salesforce PRM's deal registration): which partner and partner user, the
 * prospective customer, the contact there, the products of interest, the estimated amount and close date, its
 * status in {@link DealRegistrationLifecycle#MACHINE} with history, the conflicts found when it was submitted, who
 * decided and why (a rejection always says why), how long an approval protects it ({@code expiresOn}) and, once
 * converted, the opportunity it became. The {@code partner} field holds the partner's account id, so partner
 * users see their own registrations exactly as their leads and opportunities ({@link PartnerSharing}).
 *
 * <pre>{@code
 * DealRegistration draft = DealRegistration.draft(ids.next(DealRegistrationId::new), globex, "p-1",
 *         DealCustomer.of("Initech GmbH").withDomain("initech.example"), Money.of("25000", "EUR"),
 *         LocalDate.parse("2026-06-30"), clock.instant())
 *     .withContact(DealContact.of(PersonName.of("Ada", "Lovelace")))
 *     .withProducts(List.of("CRM-PRO"));
 * }</pre>
 *
 * <p>Invariants: the status is the current state of {@code statusHistory}; {@code expiresOn} is present exactly
 * once approved (approved, converted, expired), the opportunity exactly when converted, the decision reason
 * exactly when rejected, and the decider once approved or rejected; products are unique; the amount is not negative.
 */
public record DealRegistration(
    DealRegistrationId id,
    TenantId tenantId,
    long version,
    PartnerId partnerId,
    AccountId partner,
    String registeredBy,
    DealCustomer customer,
    Optional<DealContact> contact,
    List<String> products,
    Money estimatedAmount,
    LocalDate closeDate,
    Optional<String> description,
    StateHistory statusHistory,
    List<RegistrationConflict> conflicts,
    Optional<String> decidedBy,
    Optional<String> decisionReason,
    Optional<LocalDate> expiresOn,
    Optional<OpportunityId> opportunity,
    Instant createdAt,
    Instant updatedAt)
    implements Aggregate<DealRegistrationId> {

  /** The entity type name, used in {@link RecordRef}s. */
  public static final String TYPE_NAME = "deal_registration";
  /** The partner's account id: what partner visibility keys on, as on leads and opportunities. Indexed. */
  public static final FieldRef<String> PARTNER = FieldRef.text("partner");
  /** The {@link Partner}'s id. Indexed. */
  public static final FieldRef<String> PARTNER_ID = FieldRef.text("partnerId");
  /** The partner user who registered it. Indexed. */
  public static final FieldRef<String> REGISTERED_BY = FieldRef.text("registeredBy");
  /** The status, a state of {@link DealRegistrationLifecycle#MACHINE}. Indexed. */
  public static final FieldRef<String> STATUS = FieldRef.text("status");
  /** The customer's normalised domain. Indexed. */
  public static final FieldRef<String> CUSTOMER_DOMAIN = FieldRef.text("customerDomain");
  /** The customer's name key ({@link DealCustomer#nameKey()}). Indexed. */
  public static final FieldRef<String> CUSTOMER_KEY = FieldRef.text("customerKey");
  /** The customer's existing account id. Indexed. */
  public static final FieldRef<String> CUSTOMER_ACCOUNT = FieldRef.text("customerAccount");
  /** The opportunity it was converted into. Indexed. */
  public static final FieldRef<String> OPPORTUNITY = FieldRef.text("opportunity");
  public static final FieldRef<LocalDate> CLOSE_DATE = FieldRef.date("closeDate");
  public static final FieldRef<LocalDate> EXPIRES_ON = FieldRef.date("expiresOn");
  public static final FieldRef<Instant> UPDATED_AT = FieldRef.instant("updatedAt");

  /** The entity type {@code deal_registration}. */
  public static final EntityType<DealRegistration, DealRegistrationId> TYPE =
      EntityType.builder(TYPE_NAME, DealRegistration.class, DealRegistrationId::new)
          .field(PARTNER, r -> r.partner().value())
          .field(PARTNER_ID, r -> r.partnerId().value())
          .field(REGISTERED_BY, DealRegistration::registeredBy)
          .field(STATUS, DealRegistration::status)
          .optionalField(CUSTOMER_DOMAIN, r -> r.customer().domain())
          .field(CUSTOMER_KEY, r -> r.customer().nameKey())
          .optionalField(CUSTOMER_ACCOUNT, r -> r.customer().account().map(AccountId::value))
          .optionalField(OPPORTUNITY, r -> r.opportunity().map(OpportunityId::value))
          .field(CLOSE_DATE, DealRegistration::closeDate)
          .optionalField(EXPIRES_ON, DealRegistration::expiresOn)
          .field(UPDATED_AT, DealRegistration::updatedAt)
          .index(PARTNER, PARTNER_ID, REGISTERED_BY, STATUS, CUSTOMER_DOMAIN, CUSTOMER_KEY, CUSTOMER_ACCOUNT, OPPORTUNITY)
          .build();

  public DealRegistration {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(partnerId, "partnerId");
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(estimatedAmount, "estimatedAmount");
    Objects.requireNonNull(closeDate, "closeDate");
    Objects.requireNonNull(statusHistory, "statusHistory");
    Objects.requireNonNull(decidedBy, "decidedBy");
    Objects.requireNonNull(expiresOn, "expiresOn");
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    ValidationException.checkNotNegative(version, "version");
    EntityId.checked(registeredBy, "registeredBy");
    description = PartnerText.optional(description, "description");
    decisionReason = PartnerText.optional(decisionReason, "decisionReason");
    decidedBy.ifPresent(d -> EntityId.checked(d, "decidedBy"));
    products = List.copyOf(products);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < products.size(); i++) {
      String p = PartnerText.required(products.get(i), "products[" + i + "]");
      ValidationException.check(seen.add(p), "products", "lists '" + p + "' twice");
    }
    conflicts = List.copyOf(conflicts);
    ValidationException.check(!estimatedAmount.isNegative(), "estimatedAmount", "must not be negative but was " + estimatedAmount);
    ValidationException.check(estimatedAmount.isRounded(), "estimatedAmount",
        "must not have more decimals than " + estimatedAmount.currency() + " uses but was " + estimatedAmount);
    String status = statusHistory.current();
    ValidationException.check(DealRegistrationLifecycle.MACHINE.hasState(status), "statusHistory",
        "ends in '" + status + "', not a state of " + DealRegistrationLifecycle.MACHINE.states());
    boolean approvedOnce = List.of(DealRegistrationLifecycle.APPROVED, DealRegistrationLifecycle.CONVERTED,
        DealRegistrationLifecycle.EXPIRED).contains(status);
    ValidationException.check(expiresOn.isPresent() == approvedOnce, "expiresOn",
        approvedOnce ? "an approved registration has an expiry date" : "only an approved registration has an expiry date (status '" + status + "')");
    boolean converted = status.equals(DealRegistrationLifecycle.CONVERTED);
    ValidationException.check(opportunity.isPresent() == converted, "opportunity",
        converted ? "a converted registration names its opportunity" : "only a converted registration has an opportunity");
    boolean rejected = status.equals(DealRegistrationLifecycle.REJECTED);
    ValidationException.check(decisionReason.isPresent() == rejected, "decisionReason",
        rejected ? "a rejected registration says why" : "only a rejected registration has a rejection reason");
    ValidationException.check(decidedBy.isPresent() == (approvedOnce || rejected), "decidedBy",
        "names the internal user who approved or rejected, exactly once decided");
    ValidationException.check(!updatedAt.isBefore(createdAt), "updatedAt", "must not be before createdAt " + createdAt);
  }

  /** A new draft (version 0) for {@code partner}, registered by its user {@code registeredBy}. */
  public static DealRegistration draft(
      DealRegistrationId id, Partner partner, String registeredBy, DealCustomer customer, Money estimatedAmount,
      LocalDate closeDate, Instant at) {
    Objects.requireNonNull(partner, "partner");
    return new DealRegistration(id, partner.tenantId(), 0, partner.id(), partner.account(), registeredBy, customer,
        Optional.empty(), List.of(), estimatedAmount, closeDate, Optional.empty(),
        StateHistory.start(DealRegistrationLifecycle.MACHINE.initial(), at), List.of(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), at, at);
  }

  /** The current status, a state of {@link DealRegistrationLifecycle#MACHINE}, e.g. {@code submitted}. */
  public String status() {
    return statusHistory.current();
  }

  /** Whether it competes for its customer now: submitted, or approved and not past {@code expiresOn} on {@code today}. */
  public boolean isActiveOn(LocalDate today) {
    String s = status();
    return s.equals(DealRegistrationLifecycle.SUBMITTED)
        || (s.equals(DealRegistrationLifecycle.APPROVED) && expiresOn.map(e -> !today.isAfter(e)).orElse(false));
  }

  /** When it first entered {@code state}, e.g. when it was submitted; empty if it never did. */
  public Optional<Instant> enteredAt(String state) {
    Objects.requireNonNull(state, "state");
    return statusHistory.changes().stream().filter(c -> c.to().equals(state)).map(StateChange::at).findFirst();
  }

  /** This registration as a record reference, {@code deal_registration:<id>}. */
  public RecordRef ref() {
    return RecordRef.of(TYPE_NAME, id);
  }

  @Override
  public DealRegistration withVersion(long version) {
    return new DealRegistration(id, tenantId, version, partnerId, partner, registeredBy, customer, contact, products,
        estimatedAmount, closeDate, description, statusHistory, conflicts, decidedBy, decisionReason, expiresOn, opportunity,
        createdAt, updatedAt);
  }

  public DealRegistration withCustomer(DealCustomer value) {
    return with(f -> f.customer = value);
  }

  public DealRegistration withContact(DealContact value) {
    return with(f -> f.contact = Optional.of(value));
  }

  /** This registration with exactly {@code value} as products of interest (product codes or names). */
  public DealRegistration withProducts(List<String> value) {
    return with(f -> f.products = value);
  }

  public DealRegistration withEstimatedAmount(Money value) {
    return with(f -> f.estimatedAmount = value);
  }

  public DealRegistration withCloseDate(LocalDate value) {
    return with(f -> f.closeDate = value);
  }

  public DealRegistration withDescription(String value) {
    return with(f -> f.description = Optional.of(value));
  }

  /** This registration marked as changed at {@code value} (never earlier than its last change). */
  public DealRegistration withUpdatedAt(Instant value) {
    return with(f -> f.updatedAt = value.isAfter(updatedAt) ? value : updatedAt);
  }

  /**
   * This registration after {@code decision} at {@code at}, with what the decision brings: the conflicts found on
   * submit, the decider, the rejection reason, the expiry date, the opportunity.
   */
  DealRegistration decided(
      Decision.Accepted decision, Instant at, List<RegistrationConflict> foundConflicts, Optional<String> decider,
      Optional<String> reason, Optional<LocalDate> expiry, Optional<OpportunityId> converted) {
    return with(f -> {
      f.statusHistory = statusHistory.record(decision, at);
      f.conflicts = foundConflicts;
      f.decidedBy = decider;
      f.decisionReason = reason;
      f.expiresOn = expiry;
      f.opportunity = converted;
      f.updatedAt = at.isAfter(updatedAt) ? at : updatedAt;
    });
  }

  private DealRegistration with(Consumer<Fields> change) {
    Fields f = new Fields(this);
    change.accept(f);
    return new DealRegistration(id, tenantId, version, partnerId, partner, registeredBy, f.customer, f.contact, f.products,
        f.estimatedAmount, f.closeDate, f.description, f.statusHistory, f.conflicts, f.decidedBy, f.decisionReason, f.expiresOn,
        f.opportunity, createdAt, f.updatedAt);
  }

  /** The changeable components of a registration, for {@link #with}; the constructor validates the result. */
  private static final class Fields {
    DealCustomer customer;
    Optional<DealContact> contact;
    List<String> products;
    Money estimatedAmount;
    LocalDate closeDate;
    Optional<String> description;
    StateHistory statusHistory;
    List<RegistrationConflict> conflicts;
    Optional<String> decidedBy;
    Optional<String> decisionReason;
    Optional<LocalDate> expiresOn;
    Optional<OpportunityId> opportunity;
    Instant updatedAt;

    Fields(DealRegistration r) {
      customer = r.customer;
      contact = r.contact;
      products = r.products;
      estimatedAmount = r.estimatedAmount;
      closeDate = r.closeDate;
      description = r.description;
      statusHistory = r.statusHistory;
      conflicts = r.conflicts;
      decidedBy = r.decidedBy;
      decisionReason = r.decisionReason;
      expiresOn = r.expiresOn;
      opportunity = r.opportunity;
      updatedAt = r.updatedAt;
    }
  }

}
