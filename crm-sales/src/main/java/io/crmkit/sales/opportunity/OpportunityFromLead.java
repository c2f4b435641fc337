package io.crmkit.sales.opportunity;

import io.crmkit.core.ValidationException;
import io.crmkit.core.money.Money;
import io.crmkit.sales.forecast.FiscalCalendar;
import io.crmkit.sales.lead.ConversionContext;
import io.crmkit.sales.lead.ConversionContribution;
import io.crmkit.sales.lead.ConversionParticipant;
import io.crmkit.sales.lead.Lead;
import io.crmkit.sales.lead.OpportunityRequest;
import io.crmkit.sales.pipeline.Pipeline;
import io.crmkit.sales.pipeline.PipelineCatalog;
import io.crmkit.sales.pipeline.Pipelines;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * The {@link ConversionParticipant} that creates the opportunity of a lead conversion, as Salesforce does,
 * inside the conversion's transaction (a later failure of the conversion leaves no opportunity behind).
 * When the {@link io.crmkit.sales.lead.ConversionRequest} asks for one, it inserts an {@link Opportunity}:
 *
 * <ul>
 *   <li>named as asked, else {@code "<company> -"} (Salesforce's pre-filled name, the company followed by a
 *       dash for the person to complete), else the person's full name when the lead has no company; a default
 *       name is cut to {@link Opportunity#MAX_TEXT} characters and made a single line;
 *   <li>on the converted account, owned by the conversion's record owner (the lead's owner unless the request
 *       says otherwise), created at the conversion instant;
 *   <li>in the first stage of the tenant's pipeline for the requested record type (default {@link
 *       Pipelines#DEFAULT_RECORD_TYPE}), with that stage's probability and forecast category;
 *   <li>closing on the requested date, else on the last day of the {@link FiscalCalendar} period (default:
 *       calendar quarters) that contains the conversion day in {@code zone} — Salesforce's end of the current
 *       quarter;
 *   <li>with the requested amount, else zero in the requested currency, else in this participant's currency;
 *   <li>with the converted contact as its primary contact role ({@link ContactRole.Role#OTHER} unless
 *       configured: Salesforce leaves the role blank, which crmkit's roles do not have).
 * </ul>
 *
 * <pre>{@code
 * LeadConversion conversion = LeadConversion.builder(tenantStore, clock, ids)
 *     .participant(OpportunityFromLead.of(PipelineCatalog.standard(tenant), Money.currency("EUR"), ZoneId.of("Europe/Berlin")))
 *     .build();
 * ConversionResult done = conversion.convert(request.withOpportunity(OpportunityRequest.defaults()));
 * }</pre>
 */
public final class OpportunityFromLead implements ConversionParticipant {
  /** The participant's name in {@link io.crmkit.sales.lead.LeadConverted#contributions()}. */
  public static final String NAME = "opportunities";

  private final PipelineCatalog catalog;
  private final Currency currency;
  private final ZoneId zone;
  private final String recordType;
  private final FiscalCalendar calendar;
  private final ContactRole.Role role;

  private OpportunityFromLead(
      PipelineCatalog catalog, Currency currency, ZoneId zone, String recordType, FiscalCalendar calendar, ContactRole.Role role) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.currency = Objects.requireNonNull(currency, "currency");
    this.zone = Objects.requireNonNull(zone, "zone");
    this.recordType = Objects.requireNonNull(recordType, "recordType");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.role = Objects.requireNonNull(role, "role");
    ValidationException.check(
        catalog.forRecordType(recordType).isPresent(),
        "recordType",
        "'" + recordType + "' has no pipeline in the catalog of tenant " + catalog.tenantId());
  }

  /**
   * Creates opportunities on {@code catalog}'s pipeline for record type {@link Pipelines#DEFAULT_RECORD_TYPE},
   * in {@code currency} unless the request gives one, with default close dates at quarter ends in {@code zone}.
   *
   * @throws ValidationException if the catalog has no pipeline for the default record type
   */
  public static OpportunityFromLead of(PipelineCatalog catalog, Currency currency, ZoneId zone) {
    return new OpportunityFromLead(
        catalog, currency, zone, Pipelines.DEFAULT_RECORD_TYPE, FiscalCalendar.calendarQuarters(), ContactRole.Role.OTHER);
  }

  /**
   * This participant with {@code value} as the record type used when the request names none.
   *
   * @throws ValidationException if the catalog has no pipeline for it
   */
  public OpportunityFromLead withRecordType(String value) {
    return new OpportunityFromLead(catalog, currency, zone, value, calendar, role);
  }

  /** This participant with default close dates at the end of {@code value}'s period containing the conversion day. */
  public OpportunityFromLead withFiscalCalendar(FiscalCalendar value) {
    return new OpportunityFromLead(catalog, currency, zone, recordType, value, role);
  }

  /** This participant giving the converted contact {@code value} as its primary role. */
  public OpportunityFromLead withContactRole(ContactRole.Role value) {
    return new OpportunityFromLead(catalog, currency, zone, recordType, calendar, value);
  }

  @Override
  public String name() {
    return NAME;
  }

  /**
   * Inserts the opportunity when the request asks for one; otherwise does nothing.
   *
   * @throws ValidationException if the catalog is another tenant's, the requested record type has no
   *     pipeline, or a requested value breaks a rule of {@link Opportunity}
   */
  @Override
  public ConversionContribution participate(ConversionContext context) {
    Objects.requireNonNull(context, "context");
    if (context.request().opportunity().isEmpty()) {
      return ConversionContribution.none();
    }
    OpportunityRequest asked = context.request().opportunity().get();
    ValidationException.check(
        catalog.tenantId().equals(context.store().tenantId()),
        "catalog",
        "belongs to tenant " + catalog.tenantId() + " but the conversion runs in " + context.store().tenantId());
    String type = asked.recordType().orElse(recordType);
    Pipeline pipeline = catalog.forRecordType(type).orElseThrow(() -> new ValidationException(
        "opportunity.recordType", "'" + type + "' has no pipeline in the catalog of tenant " + catalog.tenantId()));
    Currency cur = asked.amount().map(Money::currency).or(asked::currency).orElse(currency);
    OpportunityId id = context.ids().next(OpportunityId::new);
    Opportunity draft = Opportunity.builder(id, context.store().tenantId())
        .name(asked.name().orElseGet(() -> defaultName(context.lead())))
        .account(context.account().id())
        .owner(context.recordOwner())
        .currency(cur)
        .amount(asked.amount().orElseGet(() -> Money.zero(cur)))
        .closeDate(asked.closeDate().orElseGet(() -> defaultCloseDate(context)))
        .contactRole(ContactRole.primary(context.contact().id(), role))
        .startIn(pipeline, context.at())
        .build();
    Opportunity stored = context.store().repository(Opportunity.TYPE).insert(draft);
    return ConversionContribution.opportunity(stored.id(), List.of(stored.ref()));
  }

  /** The close date used when the request gives none: the last day of the calendar period of the conversion day. */
  public LocalDate defaultCloseDate(ConversionContext context) {
    LocalDate today = LocalDate.ofInstant(context.at(), zone);
    return calendar.periodOf(today).lastDay();
  }

  /**
   * The name used when the request gives none: {@code "<company> -"}, or the person's full name without a
   * company, on one line and at most {@link Opportunity#MAX_TEXT} characters.
   */
  public static String defaultName(Lead lead) {
    Objects.requireNonNull(lead, "lead");
    String oneLine = lead.company().orElseGet(() -> lead.name().fullName()).replaceAll("[\\r\\n]+", " ").strip();
    String suffix = lead.company().isPresent() ? " -" : "";
    int room = Opportunity.MAX_TEXT - suffix.length();
    if (oneLine.length() > room) {
      int end = room;
      if (Character.isHighSurrogate(oneLine.charAt(end - 1))) {
        end--;
      }
      oneLine = oneLine.substring(0, end).strip();
    }
    return oneLine + suffix;
  }
}
