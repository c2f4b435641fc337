package io.crmkit.sales.privacy;

import io.crmkit.core.Aggregate;
import io.crmkit.core.IdGenerator;
import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.json.CrmJson;
import io.crmkit.core.money.Money;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.privacy.Subject;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.statemachine.StateHistory;
import io.crmkit.core.store.EntityType;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.sales.cadence.Cadence;
import io.crmkit.sales.cadence.CadenceId;
import io.crmkit.sales.cadence.CadenceStep;
import io.crmkit.sales.cadence.EnrolledRecord;
import io.crmkit.sales.cadence.Enrolment;
import io.crmkit.sales.cadence.EnrolmentId;
import io.crmkit.sales.cadence.StepDelay;
import io.crmkit.sales.cadence.StepKind;
import io.crmkit.sales.followup.FollowUp;
import io.crmkit.sales.followup.FollowUpId;
import io.crmkit.sales.followup.FollowUpTarget;
import io.crmkit.sales.lead.ConversionInfo;
import io.crmkit.sales.lead.Lead;
import io.crmkit.sales.lead.LeadId;
import io.crmkit.sales.lead.LeadLifecycle;
import io.crmkit.sales.opportunity.ContactRole;
import io.crmkit.sales.opportunity.Opportunity;
import io.crmkit.sales.opportunity.OpportunityId;
import io.crmkit.sales.pipeline.Pipelines;
import io.crmkit.sales.product.PriceBook;
import io.crmkit.sales.product.Product;
import io.crmkit.sales.quote.Quote;
import io.crmkit.sales.quote.QuoteId;
import io.crmkit.sales.quote.QuoteLine;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A tenant on an in-memory store with people and their sales records, built through crm-sales' public API. */
final class SalesWorld {
  static final TenantId ACME = TenantId.of("acme");
  static final Owner OWNER = Owner.user("u-1");
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  /** Every entity type of crm-sales (partner registrations excepted, see the README). */
  static final List<EntityType<?, ?>> TYPES =
      List.of(Lead.TYPE, Opportunity.TYPE, Quote.TYPE, FollowUp.TYPE, Enrolment.TYPE, Cadence.TYPE, Product.TYPE, PriceBook.TYPE);

  final Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
  final IdGenerator ids = IdGenerator.uuidV7(clock);
  final InMemoryStore store = InMemoryStore.create();
  final TenantStore acme;
  final Cadence cadence;

  /** A person: their contact, identifiers and the ids of the records made about them, by type. */
  record Person(Contact contact, String email, String phone, Map<String, Set<String>> records) {
    String fullName() {
      return contact.name().fullName();
    }

    Subject subject() {
      return new Subject(contact.tenantId(), contact.id(), Set.of(email), Set.of(phone));
    }

    /** The strings an erasure must remove. */
    List<String> erasable() {
      return List.of(email, phone, fullName());
    }

    void add(String type, String id) {
      records.computeIfAbsent(type, t -> new java.util.TreeSet<>()).add(id);
    }
  }

  SalesWorld() {
    this(ACME);
  }

  SalesWorld(TenantId tenant) {
    acme = store.forTenant(tenant);
    cadence = acme.repository(Cadence.TYPE).insert(Cadence.of(ids.next(CadenceId::new), tenant, "Outbound", List.of(
        CadenceStep.of(StepKind.EMAIL, "Intro", StepDelay.none()), CadenceStep.of(StepKind.CALL, "Call", StepDelay.none())), clock.instant()));
    acme.repository(Product.TYPE).insert(new Product(ids.next(io.crmkit.sales.product.ProductId::new), tenant, 0, "CRM-PRO", "CRM Pro", Optional.empty(), true));
  }

  /** A person with a contact; {@code n} (0 to 25) makes the e-mail, phone and name tag unique in the world. */
  Person person(String given, String family, int n) {
    String email = "p" + n + ".x" + given.length() + "@mail" + n + ".example";
    String phone = String.format("+49301%03d%04d", n, 1000 + given.length());
    Contact c = acme.repository(Contact.TYPE).insert(Contact.builder(ids.next(ContactId::new), acme.tenantId())
        .name(PersonName.of(given, family + "-" + (char) ('A' + n) + "."))
        .owner(OWNER)
        .contactPoint(ContactPoint.email(email, ContactPoint.Purpose.WORK).asPrimary())
        .contactPoint(ContactPoint.phone(phone, "DE", ContactPoint.Purpose.WORK))
        .timestamps(clock)
        .build());
    return new Person(c, email, phone, new TreeMap<>());
  }

  /** A lead never converted, carrying the person's e-mail address (and phone when asked). */
  Lead openLead(Person p, boolean withPhone, boolean withEmail) {
    Lead.Builder b = Lead.builder(ids.next(LeadId::new), acme.tenantId())
        .name(p.contact().name()).owner(OWNER).company("Analytical Engines").jobTitle("Countess of " + p.fullName()).timestamps(clock);
    if (withEmail) {
      b.email(ContactPoint.email(p.email(), ContactPoint.Purpose.WORK));
    }
    if (withPhone) {
      b.phone(ContactPoint.phone(p.phone(), "DE", ContactPoint.Purpose.WORK));
    }
    Lead lead = acme.repository(Lead.TYPE).insert(b.build());
    p.add(Lead.TYPE_NAME, lead.id().value());
    return lead;
  }

  /** A lead converted into the person's contact, optionally with the opportunity the conversion created. */
  Lead convertedLead(Person p, Optional<Opportunity> created) {
    Lead lead = acme.repository(Lead.TYPE).insert(Lead.builder(ids.next(LeadId::new), acme.tenantId())
        .name(p.contact().name()).owner(OWNER)
        .statusHistory(StateHistory.start(LeadLifecycle.CONVERTED, clock.instant()))
        .conversion(new ConversionInfo(clock.instant(), "u-1", new AccountId("acc-1"), p.contact().id(), created.map(Opportunity::id)))
        .timestamps(clock)
        .build());
    p.add(Lead.TYPE_NAME, lead.id().value());
    created.ifPresent(o -> p.add(Opportunity.TYPE_NAME, o.id().value()));
    return lead;
  }

  /** An opportunity with contact roles for {@code people} (the first primary), naming the first in its texts. */
  Opportunity opportunity(List<Person> people, boolean nameThem) {
    Opportunity.Builder b = Opportunity.builder(ids.next(OpportunityId::new), acme.tenantId())
        .name(nameThem && !people.isEmpty() ? "Renewal for " + people.get(0).fullName() : "Renewal")
        .account(new AccountId("acc-1")).owner(OWNER)
        .closeDate(LocalDate.parse("2026-06-30")).amount(Money.of("1200", "EUR"))
        .startIn(Pipelines.standardSales(), clock.instant());
    if (nameThem && !people.isEmpty()) {
      b.nextStep("Call " + people.get(0).phone() + " or write to " + people.get(0).email());
    }
    for (int i = 0; i < people.size(); i++) {
      ContactId id = people.get(i).contact().id();
      b.contactRole(i == 0 ? ContactRole.primary(id, ContactRole.Role.DECISION_MAKER) : ContactRole.of(id, ContactRole.Role.INFLUENCER));
    }
    Opportunity o = acme.repository(Opportunity.TYPE).insert(b.build());
    people.forEach(p -> p.add(Opportunity.TYPE_NAME, o.id().value()));
    return o;
  }

  /** A quote on {@code o}, rejected with a note naming {@code p} when {@code rejected}. */
  Quote quote(Opportunity o, List<Person> about, Optional<Person> rejectedBy) {
    Quote q = Quote.draft(ids.next(QuoteId::new), acme.tenantId(), o.id(), Money.currency("EUR"), BERLIN,
        List.of(QuoteLine.of("CRM-PRO", "CRM Pro seat", "2", Money.of("49.00", "EUR"), "19")), LocalDate.parse("2026-03-31"), clock.instant());
    if (rejectedBy.isPresent()) {
      q = q.present(clock).reject(Optional.of(rejectedBy.get().fullName() + " finds it too dear"), clock).quote();
    }
    Quote stored = acme.repository(Quote.TYPE).insert(q);
    about.forEach(p -> p.add(Quote.TYPE_NAME, stored.id().value()));
    return stored;
  }

  FollowUp followUp(Person p, FollowUpTarget target) {
    FollowUp f = acme.repository(FollowUp.TYPE).insert(FollowUp.builder(ids.next(FollowUpId::new), acme.tenantId())
        .target(target).subject("Call " + p.fullName()).owner(OWNER)
        .due(LocalDateTime.parse("2026-03-10T09:00"), BERLIN).createdAt(clock.instant()).build());
    p.add(FollowUp.TYPE_NAME, f.id().value());
    return f;
  }

  Enrolment enrolment(Person p, EnrolledRecord record) {
    Enrolment e = acme.repository(Enrolment.TYPE).insert(
        Enrolment.enrol(ids.next(EnrolmentId::new), cadence, record, OWNER, BERLIN, clock.instant(), List.of()));
    p.add(Enrolment.TYPE_NAME, e.id().value());
    return e;
  }

  /** Every record of every crm-sales type in the tenant, keyed {@code type/id}. */
  Map<String, Aggregate<?>> snapshot() {
    return snapshot(acme);
  }

  static Map<String, Aggregate<?>> snapshot(TenantStore tenant) {
    Map<String, Aggregate<?>> out = new TreeMap<>();
    for (EntityType<?, ?> type : TYPES) {
      add(tenant, type, out);
    }
    return out;
  }

  private static <T extends Aggregate<I>, I extends io.crmkit.core.EntityId> void add(
      TenantStore tenant, EntityType<T, I> type, Map<String, Aggregate<?>> out) {
    try (Stream<T> all = tenant.repository(type).stream(Criteria.all())) {
      all.forEach(r -> out.put(type.name() + "/" + r.id().value(), r));
    }
  }

  /** The keys ({@code type/id}) of the records whose JSON contains any of {@code values}. */
  static List<String> containing(Map<String, Aggregate<?>> records, List<String> values) {
    List<String> out = new ArrayList<>();
    records.forEach((key, r) -> {
      String json = CrmJson.write(r);
      if (values.stream().anyMatch(json::contains)) {
        out.add(key);
      }
    });
    return out;
  }
}
