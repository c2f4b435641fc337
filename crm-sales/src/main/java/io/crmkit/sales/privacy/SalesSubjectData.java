package io.crmkit.sales.privacy;

import io.crmkit.core.field.CustomFields;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.privacy.ErasureAction;
import io.crmkit.core.privacy.ErasurePolicy;
import io.crmkit.core.privacy.Subject;
import io.crmkit.core.privacy.SubjectDataSource;
import io.crmkit.core.privacy.SubjectRecord;
import io.crmkit.core.privacy.RecordErasure;
import io.crmkit.core.privacy.TextScrubber;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import io.crmkit.sales.cadence.EnrolledRecord;
import io.crmkit.sales.cadence.Enrolment;
import io.crmkit.sales.cadence.EnrolmentId;
import io.crmkit.sales.cadence.ExitReason;
import io.crmkit.sales.followup.FollowUp;
import io.crmkit.sales.followup.FollowUpId;
import io.crmkit.sales.followup.FollowUpTarget;
import io.crmkit.sales.lead.ConversionInfo;
import io.crmkit.sales.lead.Lead;
import io.crmkit.sales.partner.DealContact;
import io.crmkit.sales.partner.DealRegistration;
import io.crmkit.sales.partner.DealRegistrationId;
import io.crmkit.sales.lead.LeadFields;
import io.crmkit.sales.lead.LeadId;
import io.crmkit.sales.opportunity.ContactRole;
import io.crmkit.sales.opportunity.Opportunity;
import io.crmkit.sales.opportunity.OpportunityFields;
import io.crmkit.sales.opportunity.OpportunityId;
import io.crmkit.sales.quote.Quote;
import io.crmkit.sales.quote.QuoteId;
import io.crmkit.sales.quote.QuoteRevision;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The {@link SubjectDataSource} of crm-sales: what the sales module holds about one person, and its erasure.
 *
 * <p>It finds, in this order: the person's leads (converted into their contact, or carrying one of their e-mail
 * addresses or phone numbers), the opportunities where they have a contact role or that their lead's conversion
 * created, the quotes of those opportunities, and the follow-ups and cadence enrolments of their contact or their
 * leads. Erasure per record type ({@code lead}, {@code opportunity}, {@code quote}, {@code follow_up},
 * {@code cadence_enrolment}) and field:
 * <ul>
 *   <li>lead: {@code name} becomes {@value #ERASED}, {@code jobTitle}, {@code email}, {@code phone},
 *       {@code address} and {@code customFields} are cleared; company, source, status and conversion stay;
 *   <li>opportunity (the account's deal, not the person's): the person's names, e-mail addresses and phone numbers
 *       are replaced by {@value #ERASED} in {@code name}, {@code nextStep} and {@code closeReason};
 *   <li>quote: the customer's {@code decisionNote} is cleared in every revision; a host that keeps quotes as
 *       invoice-like documents says {@code ErasurePolicy.keep("quote", "...")}, and erasure reports them as kept;
 *   <li>follow-up: {@code subject} becomes {@value #ERASED} and an open one is cancelled ({@code status});
 *   <li>cadence enrolment: a live one is unenrolled ({@code status}), so no further step reaches the person.
 * </ul>
 * A delete rule deletes an opportunity (and its quotes) only when the person is its only contact role; a deal shared
 * with other contacts gets this person's part anonymised instead. Links to the person's contact (contact roles, targets, enrolled records, conversions) stay on anonymised records:
 * crm-core's source anonymises the contact itself, so they point at an anonymous person and keep kept records (a
 * quote) findable by a later export or a repeated erasure.
 * Partner deal registrations ({@code io.crmkit.sales.partner}) are not covered yet.
 *
 * <p>{@code List<SubjectRecord> found = new SalesSubjectData(clock).collect(tenantStore, subject);}
 */
public final class SalesSubjectData implements SubjectDataSource {
  /** The module name in records and actions. */
  public static final String MODULE = "sales";

  /** What overwrites a personal value that must stay present. */
  public static final String ERASED = RecordErasure.ERASED;

  private final Optional<Clock> clock;

  /**
   * A source for {@link java.util.ServiceLoader}: it gets its clock from {@code SubjectRequests} ({@link #withClock});
   * erasing through it directly, without a clock, is refused.
   */
  public SalesSubjectData() {
    this.clock = Optional.empty();
  }

  /** A source whose erasures date their changes (cancellations, unenrolments) by {@code clock}. */
  public SalesSubjectData(Clock clock) {
    this.clock = Optional.of(Objects.requireNonNull(clock, "clock"));
  }

  @Override
  public SalesSubjectData withClock(Clock clock) {
    return new SalesSubjectData(clock);
  }

  @Override
  public String module() {
    return MODULE;
  }

  @Override
  public List<SubjectRecord> collect(TenantStore store, Subject subject) {
    return new Finding(store, subject).records();
  }

  @Override
  public List<ErasureAction> erase(TenantStore store, Subject subject, ErasurePolicy policy) {
    Objects.requireNonNull(policy, "policy");
    Finding found = new Finding(store, subject);
    Instant now = clock.orElseThrow(() -> new IllegalStateException(
        "this source has no clock: build it with new SalesSubjectData(clock), or let SubjectRequests hand it its own")).instant();
    List<ErasureAction> actions = new ArrayList<>();
    RecordErasure<Lead, LeadId> lead = RecordErasure.<Lead, LeadId>of(MODULE, Lead.TYPE_NAME)
        .field("name", l -> l.name().equals(PersonName.of("", ERASED)) ? l : l.withName(PersonName.of("", ERASED)))
        .field("jobTitle", l -> l.toBuilder().noJobTitle().build())
        .field("email", l -> l.toBuilder().noEmail().build())
        .field("phone", l -> l.toBuilder().noPhone().build())
        .field("address", l -> l.toBuilder().noAddress().build())
        .field("customFields", l -> l.withCustomFields(CustomFields.empty()))
        .touch(l -> l.updatedAt().isBefore(now) ? l.withUpdatedAt(now) : l);
    found.leads.values().forEach(l -> lead.erase(found.leadRepo, l, policy).ifPresent(actions::add));

    TextScrubber scrub = found.scrubber();
    RecordErasure<Opportunity, OpportunityId> opportunity = RecordErasure.<Opportunity, OpportunityId>of(MODULE, Opportunity.TYPE_NAME)
        .field("name", o -> o.withName(scrub.apply(o.name())))
        .field("nextStep", o -> o.nextStep().map(s -> o.withNextStep(scrub.apply(s))).orElse(o))
        .field("closeReason", o -> o.closeReason().map(s -> o.toBuilder().closeReason(scrub.apply(s)).build()).orElse(o))
        .touch(o -> o.updatedAt().isBefore(now) ? o.toBuilder().updatedAt(now).build() : o);
    // a deal with other contacts is theirs too: a delete rule anonymises only this person's part of it (and its quotes)
    Predicate<Opportunity> alone = o -> o.contactRoles().stream().allMatch(r -> r.contact().equals(subject.contact()));
    found.opportunities.values().forEach(o -> opportunity.erase(found.opportunityRepo, o, policy, alone.test(o)).ifPresent(actions::add));

    RecordErasure<Quote, QuoteId> quote = RecordErasure.<Quote, QuoteId>of(MODULE, Quote.TYPE_NAME)
        .field("decisionNote", SalesSubjectData::withoutDecisionNotes)
        .touch(q -> q.updatedAt().isBefore(now)
            ? new Quote(q.id(), q.tenantId(), q.version(), q.opportunityId(), q.currency(), q.zone(), q.revisions(), q.createdAt(), now)
            : q);
    found.quotes.values().forEach(q -> quote.erase(found.quoteRepo, q, policy, alone.test(found.opportunities.get(q.opportunityId().value())))
        .ifPresent(actions::add));

    RecordErasure<FollowUp, FollowUpId> followUp = RecordErasure.<FollowUp, FollowUpId>of(MODULE, FollowUp.TYPE_NAME)
        .field("subject", f -> f.subject().equals(ERASED) ? f : f.withSubject(ERASED))
        .field("status", f -> f.isOpen() ? f.cancel(now) : f)
        .touch(f -> f.updatedAt().isBefore(now) ? f.withUpdatedAt(now) : f);
    found.followUps.values().forEach(f -> followUp.erase(found.followUpRepo, f, policy).ifPresent(actions::add));

    RecordErasure<Enrolment, EnrolmentId> enrolment = RecordErasure.<Enrolment, EnrolmentId>of(MODULE, Enrolment.TYPE_NAME)
        .field("status", e -> e.status().isLive() ? e.unenrol(ExitReason.MANUAL, now) : e);
    found.enrolments.values().forEach(e -> enrolment.erase(found.enrolmentRepo, e, policy).ifPresent(actions::add));

    // the registration is the partner's business record: its customer contact is anonymised, it is never deleted
    DealContact erasedContact = DealContact.of(PersonName.of("", ERASED));
    RecordErasure<DealRegistration, DealRegistrationId> registration =
        RecordErasure.<DealRegistration, DealRegistrationId>of(MODULE, DealRegistration.TYPE_NAME)
            .field("contact", r -> r.contact().equals(Optional.of(erasedContact)) ? r : r.withContact(erasedContact))
            .field("description", r -> r.description().map(d -> r.withDescription(scrub.apply(d))).orElse(r))
            .touch(r -> r.updatedAt().isBefore(now) ? r.withUpdatedAt(now) : r);
    found.registrations.values().forEach(r -> registration.erase(found.registrationRepo, r, policy, false).ifPresent(actions::add));
    return actions;
  }

  private static Quote withoutDecisionNotes(Quote q) {
    if (q.revisions().stream().allMatch(r -> r.decisionNote().isEmpty())) {
      return q;
    }
    List<QuoteRevision> revisions = q.revisions().stream()
        .map(r -> new QuoteRevision(
            r.number(), r.lines(), r.validUntil(), r.status(), r.createdAt(), r.presentedAt(), r.decidedAt(), Optional.empty()))
        .toList();
    return new Quote(q.id(), q.tenantId(), q.version(), q.opportunityId(), q.currency(), q.zone(), revisions, q.createdAt(), q.updatedAt());
  }

  /** Everything the module holds about one subject, read once, by type and id. */
  private static final class Finding {
    final Subject subject;
    final TenantStore store;
    final Repository<Lead, LeadId> leadRepo;
    final Repository<Opportunity, OpportunityId> opportunityRepo;
    final Repository<Quote, QuoteId> quoteRepo;
    final Repository<FollowUp, FollowUpId> followUpRepo;
    final Repository<Enrolment, EnrolmentId> enrolmentRepo;
    final Map<String, Lead> leads = new TreeMap<>();
    final Map<String, String> leadRelations = new TreeMap<>();
    final Map<String, Opportunity> opportunities = new TreeMap<>();
    final Map<String, String> opportunityRelations = new TreeMap<>();
    final Map<String, Quote> quotes = new TreeMap<>();
    final Map<String, FollowUp> followUps = new TreeMap<>();
    final Map<String, Enrolment> enrolments = new TreeMap<>();
    Repository<DealRegistration, DealRegistrationId> registrationRepo;
    final Map<String, DealRegistration> registrations = new TreeMap<>();

    Finding(TenantStore store, Subject subject) {
      RecordErasure.requireSameTenant(store, subject);
      this.store = store;
      this.subject = subject;
      leadRepo = store.repository(Lead.TYPE);
      opportunityRepo = store.repository(Opportunity.TYPE);
      quoteRepo = store.repository(Quote.TYPE);
      followUpRepo = store.repository(FollowUp.TYPE);
      enrolmentRepo = store.repository(Enrolment.TYPE);
      findLeads();
      findOpportunities();
      if (!opportunities.isEmpty()) {
        quoteRepo.query(Criteria.in(Quote.OPPORTUNITY, opportunities.keySet())).forEach(q -> quotes.put(q.id().value(), q));
      }
      Set<String> targets = new LinkedHashSet<>();
      targets.add(FollowUpTarget.contact(subject.contact()).toString());
      leads.values().forEach(l -> targets.add(FollowUpTarget.lead(l.id()).toString()));
      followUpRepo.query(Criteria.in(FollowUp.TARGET, targets)).forEach(f -> followUps.put(f.id().value(), f));
      Set<String> enrolled = new LinkedHashSet<>();
      enrolled.add(EnrolledRecord.contact(subject.contact()).toString());
      leads.values().forEach(l -> enrolled.add(EnrolledRecord.lead(l.id()).toString()));
      enrolmentRepo.query(Criteria.in(Enrolment.RECORD, enrolled)).forEach(e -> enrolments.put(e.id().value(), e));
      // a partner's registration names the customer's contact by address only (no contact id): streamed and matched
      Set<String> emails = lower(subject.emails());
      registrationRepo = store.repository(DealRegistration.TYPE);
      if (!emails.isEmpty() || !subject.phones().isEmpty()) {
        try (java.util.stream.Stream<DealRegistration> all = registrationRepo.stream(Criteria.all())) {
          all.filter(r -> r.contact().filter(c -> c.email().map(e -> emails.contains(e.normalized())).orElse(false)
                  || c.phone().map(ph -> subject.phones().contains(ph.normalized())).orElse(false)).isPresent())
              .forEach(r -> registrations.put(r.id().value(), r));
        }
      }
    }

    private void findLeads() {
      leadRepo.query(Criteria.eq(LeadFields.CONVERTED_CONTACT_ID, subject.contact().value()))
          .forEach(l -> addLead(l, "converted into the contact"));
      if (!subject.emails().isEmpty()) {
        leadRepo.query(Criteria.in(LeadFields.EMAIL, lower(subject.emails()))).forEach(l -> addLead(l, "carries the e-mail address"));
      }
      if (!subject.phones().isEmpty()) {
        leadRepo.query(Criteria.in(LeadFields.PHONE, subject.phones())).forEach(l -> addLead(l, "carries the phone number"));
      }
    }

    private void addLead(Lead lead, String relation) {
      leads.putIfAbsent(lead.id().value(), lead);
      leadRelations.putIfAbsent(lead.id().value(), relation);
    }

    private void findOpportunities() {
      opportunityRepo.query(Criteria.eq(OpportunityFields.CONTACT_ID, subject.contact().value())).forEach(o -> {
        ContactRole role = o.contactRoles().stream().filter(r -> r.contact().equals(subject.contact())).findFirst().orElseThrow();
        addOpportunity(o, (role.primary() ? "primary contact role " : "contact role ") + role.role());
      });
      for (Lead l : leads.values()) {
        Optional<OpportunityId> created = l.conversion().flatMap(ConversionInfo::opportunity);
        created.flatMap(opportunityRepo::find).ifPresent(o -> addOpportunity(o, "created by converting the lead " + l.id().value()));
      }
    }

    private void addOpportunity(Opportunity o, String relation) {
      opportunities.putIfAbsent(o.id().value(), o);
      opportunityRelations.putIfAbsent(o.id().value(), relation);
    }

    /** The person's names (from their contact and leads), e-mail addresses and phone numbers. */
    TextScrubber scrubber() {
      Set<String> values = new LinkedHashSet<>(subject.emails());
      values.addAll(subject.phones());
      store.repository(Contact.TYPE).find(subject.contact()).ifPresent(c -> values.add(c.name().fullName()));
      leads.values().forEach(l -> values.add(l.name().fullName()));
      return TextScrubber.of(values, ERASED);
    }

    List<SubjectRecord> records() {
      List<SubjectRecord> out = new ArrayList<>();
      leads.forEach((id, l) -> out.add(new SubjectRecord(MODULE, Lead.TYPE_NAME, id, "lead that " + leadRelations.get(id), l)));
      opportunities.forEach((id, o) -> out.add(new SubjectRecord(MODULE, Opportunity.TYPE_NAME, id, opportunityRelations.get(id), o)));
      quotes.forEach((id, q) -> out.add(new SubjectRecord(
          MODULE, Quote.TYPE_NAME, id, "quote on the opportunity " + q.opportunityId().value(), q)));
      followUps.forEach((id, f) -> out.add(new SubjectRecord(MODULE, FollowUp.TYPE_NAME, id, "follow-up on " + f.target(), f)));
      enrolments.forEach((id, e) -> out.add(new SubjectRecord(
          MODULE, Enrolment.TYPE_NAME, id, "cadence enrolment of " + e.record(), e)));
      registrations.forEach((id, r) -> out.add(new SubjectRecord(
          MODULE, DealRegistration.TYPE_NAME, id, "customer contact on a deal registered by partner " + r.partner().value(), r)));
      return out;
    }

    private static Set<String> lower(Set<String> emails) {
      Set<String> out = new LinkedHashSet<>();
      emails.forEach(e -> out.add(e.strip().toLowerCase(Locale.ROOT)));
      return out;
    }
  }
}
