package io.crmkit.examples;

import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.activity.Activities;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.Direction;
import io.crmkit.core.audit.Audit;
import io.crmkit.core.audit.AuditEntry;
import io.crmkit.core.audit.Auditor;
import io.crmkit.core.audit.FieldHistory;
import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.ConsentDecision;
import io.crmkit.core.consent.ConsentEvent;
import io.crmkit.core.consent.ConsentLedger;
import io.crmkit.core.consent.LegalBasis;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.event.InProcessEventPublisher;
import io.crmkit.core.field.CustomFieldSchema;
import io.crmkit.core.field.CustomFields;
import io.crmkit.core.field.FieldDefinition;
import io.crmkit.core.field.FieldType;
import io.crmkit.core.field.FieldValue;
import io.crmkit.core.money.Money;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.OrgChart;
import io.crmkit.core.party.PartyRelationship;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.party.RelationshipId;
import io.crmkit.core.party.RelationshipType;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.statemachine.Decision;
import io.crmkit.core.statemachine.Effect;
import io.crmkit.core.statemachine.Guard;
import io.crmkit.core.statemachine.StateHistory;
import io.crmkit.core.statemachine.StateMachine;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.core.view.CustomerView;
import io.crmkit.core.view.CustomerViewContributor;
import io.crmkit.core.view.CustomerViewText;
import io.crmkit.core.view.CustomerViews;
import io.crmkit.core.view.ViewSection;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A guided tour of crmkit's core on the in-memory store, printed as it goes: a tenant, custom fields, accounts
 * and contacts, an org chart, activities, consent, an audited update, a lead lifecycle and finally the single
 * customer view. The {@code crm demo} command runs it; it works without the command line too.
 *
 * <pre>{@code
 * new CoreTour(Instant.parse("2026-01-15T10:00:00Z"), TenantId.of("demo"), ZoneId.of("Europe/Berlin"),
 *     new PrintWriter(System.out, true)).run();
 * }</pre>
 *
 * <p>Given the same start instant, tenant and zone, the output is the same on every run: time only moves when
 * the story says so ("the next morning"), and ids are counted ({@code c-1}, {@code a-1}, ...) rather than
 * random.
 */
public final class CoreTour extends Tour {
  private static final Owner SALES = Owner.user("maria");


  /**
   * A tour of {@code tenant} that starts at {@code start}, shows times in {@code zone} and prints to
   * {@code out}.
   */
  public CoreTour(Instant start, TenantId tenant, ZoneId zone, PrintWriter out) {
    super("", start, tenant, zone, out);
  }

  /** Runs the tour and returns the customer view it ends with. */
  public CustomerView run() {
    InMemoryStore store = InMemoryStore.create();
    TenantStore crm = store.forTenant(tenant);
    InProcessEventPublisher bus = new InProcessEventPublisher();
    Auditor auditor = Auditor.custom().actor("maria").clock(clock).events(bus).ids(ids("audit")).build();
    LeadSection leads = new LeadSection();
    CustomerViews views = CustomerViews.builder(store).clock(clock).contributor(leads).build();
    views.listenTo(bus);

    heading("A tenant");
    say("Tenant '%s' on %s; every repository below sees this tenant only.", tenant, store);
    say("It is %s in %s.", local(clock.instant()), zone.getId());

    // custom fields
    heading("Custom fields");
    CustomFieldSchema schema = CustomFieldSchema.of(tenant, Contact.TYPE_NAME)
        .withDefinition(FieldDefinition.picklist("tier", "Customer tier", List.of("gold", "silver", "bronze")).asRequired())
        .withDefinition(FieldDefinition.of("seats", "Licensed seats", FieldType.NUMBER)
            .withMin(FieldValue.number(1)).withMax(FieldValue.number(10_000)))
        .withDefinition(FieldDefinition.of("renewal", "Renewal date", FieldType.DATE));
    schema = crm.repository(CustomFieldSchema.TYPE).insert(schema);
    for (FieldDefinition d : schema.definitions()) {
      say("  custom.%-8s %-16s %s%s%s", d.key(), d.label(), d.type(), d.required() ? ", required" : "",
          d.picklistValues().isEmpty() ? "" : " " + d.picklistValues());
    }
    CustomFields zoeFields = schema.validate(CustomFields.empty()
        .with("tier", FieldValue.picklist("silver"))
        .with("seats", FieldValue.number(40))
        .with("renewal", FieldValue.date(LocalDate.ofInstant(clock.instant(), zone).plusMonths(6))));
    say("Valid for Zoë: tier silver, 40 seats, renewal on %s", LocalDate.ofInstant(clock.instant(), zone).plusMonths(6));
    try {
      schema.validate(CustomFields.empty().with("tier", FieldValue.picklist("platinum")).with("seats", FieldValue.number(0))
          .with("colour", FieldValue.text("teal")));
    } catch (ValidationException e) {
      say("Refused: %s", e.getMessage());
    }

    // parties
    heading("Accounts and contacts");
    Repository<Account, AccountId> accounts = Audit.audited(crm.repository(Account.TYPE), crm, auditor);
    Repository<Contact, ContactId> contacts = Audit.audited(crm.repository(Contact.TYPE), crm, auditor,
        c -> c.account().map(a -> Set.of(RecordRef.of(Account.TYPE_NAME, a))).orElse(Set.of()));
    Account zurich = accounts.insert(Account.builder(next("a", AccountId::new), tenant)
        .name("Zürich Ångström Analytics AG")
        .domain("https://www.zürich-ångström.example/über-uns")
        .industry("Analytics")
        .relationshipType(RelationshipType.CUSTOMER)
        .contactPoint(ContactPoint.phone("044 668 18 00", "CH", ContactPoint.Purpose.WORK).asPrimary())
        .owner(SALES)
        .timestamps(clock)
        .build());
    say("Account %s  domain %s  phone %s", zurich.name(), zurich.domain().orElse("-"), zurich.contactPoints().get(0).normalized());
    Contact soren = contacts.insert(person("Søren", "Kierkegaard", " Soren.K@Zurich-Analytics.EXAMPLE ", "+41 44 668 18 01", zurich, "CEO")
        .build());
    Contact zoe = contacts.insert(person("Zoë", "Ó Briain", "  ZOE.OBRIAIN@zurich-analytics.example", "044 668 18 02", zurich, "CTO")
        .customFields(zoeFields).relationshipType(RelationshipType.CUSTOMER).build());
    Contact li = contacts.insert(person("小龙", "李", "li.xiaolong@zurich-analytics.example", "+41 79 123 45 67", zurich, "Data engineer")
        .build());
    for (Contact c : List.of(soren, zoe, li)) {
      say("Contact %-16s %-38s %s", c.name().fullName(), c.primaryEmail().orElse("-"), c.primaryPhone().orElse("-"));
    }
    say("(e-mails trimmed and lower-cased, phones in E.164 read with region CH)");

    // org chart
    heading("Org chart");
    Repository<PartyRelationship, RelationshipId> relationships = Audit.audited(crm.repository(PartyRelationship.TYPE), crm, auditor,
        r -> Set.of(r.from(), r.to()));
    LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
    relationships.insert(PartyRelationship.worksFor(next("r", RelationshipId::new), tenant, soren.id(), zurich.id()).withTitle("CEO")
        .withFromDate(LocalDate.parse("2019-04-01")));
    relationships.insert(PartyRelationship.worksFor(next("r", RelationshipId::new), tenant, zoe.id(), zurich.id()).withTitle("CTO")
        .withFromDate(LocalDate.parse("2022-09-01")));
    relationships.insert(PartyRelationship.worksFor(next("r", RelationshipId::new), tenant, li.id(), zurich.id()).withTitle("Data engineer")
        .withFromDate(LocalDate.parse("2024-02-15")));
    relationships.insert(PartyRelationship.reportsTo(next("r", RelationshipId::new), tenant, zoe.id(), soren.id()));
    relationships.insert(PartyRelationship.reportsTo(next("r", RelationshipId::new), tenant, li.id(), zoe.id()));
    relationships.insert(PartyRelationship.reportsTo(next("r", RelationshipId::new), tenant, li.id(), soren.id())
        .withThruDate(LocalDate.parse("2025-06-30")));
    OrgChart chart = OrgChart.of(zurich.id(), today, crm.repository(PartyRelationship.TYPE).query(
        Criteria.eq(PartyRelationship.PARTY, zurich.ref().toString())
            .or(Criteria.eq(PartyRelationship.ROLE, "REPORTS_TO"))));
    Map<ContactId, String> names = Map.of(soren.id(), soren.name().fullName(), zoe.id(), zoe.name().fullName(), li.id(), li.name().fullName());
    out.print(indent(chart.render(names::get)));
    say("(%s reported to %s until 2025-06-30; that relationship is past and not drawn)", li.name().fullName(), soren.name().givenName().orElseThrow());

    // activities
    heading("Activities");
    Repository<Activity, ActivityId> activities = Audit.audited(crm.repository(Activity.TYPE), crm, auditor, a -> Set.copyOf(a.links()));
    Instant yesterday = clock.instant().minus(Duration.ofDays(1));
    Activity call = activities.insert(Activity.call(next("act", ActivityId::new), tenant, "Discovery call", SALES,
            List.of(zoe.ref(), zurich.ref()), Direction.OUTBOUND, yesterday, Optional.of(yesterday.plus(Duration.ofMinutes(25))), yesterday)
        .complete(yesterday.plus(Duration.ofMinutes(25))));
    Instant meetingStart = at(1, LocalTime.of(14, 0));
    Activity meeting = activities.insert(Activity.meeting(next("act", ActivityId::new), tenant, "Architecture workshop", SALES,
            List.of(zoe.ref(), li.ref()), meetingStart, meetingStart.plus(Duration.ofMinutes(90)), clock.instant())
        .withRemindAt(Optional.of(meetingStart.minus(Duration.ofMinutes(30)))));
    Instant due = at(3, LocalTime.of(17, 0));
    Activity task = activities.insert(Activity.task(next("act", ActivityId::new), tenant, "Send the proposal", SALES,
            List.of(zoe.ref()), Optional.of(due), clock.instant())
        .withRemindAt(Optional.of(at(2, LocalTime.of(9, 0)))));
    say("%-22s %s, %s", call.subject(), "completed call", local(call.occurredAt()));
    say("%-22s meeting %s, reminder %s", meeting.subject(), local(meeting.occurredAt()), local(meeting.remindAt().orElseThrow()));
    say("%-22s open task due %s, reminder %s", task.subject(), local(due), local(task.remindAt().orElseThrow()));
    Instant reminderTime = task.remindAt().orElseThrow();
    say("Reminders due by %s: %s", local(reminderTime),
        Activities.remindersDue(crm.repository(Activity.TYPE), reminderTime).stream().map(Activity::subject).toList());

    // consent
    heading("Consent");
    ConsentLedger ledger = new ConsentLedger(tenant, crm.repository(ConsentEvent.TYPE), clock, ids("consent"), bus);
    ledger.grant(zoe.ref(), Channel.EMAIL, Purpose.MARKETING, LegalBasis.CONSENT, "webinar-form", true, Optional.of("submission 8812"));
    say("Zoë signs up for marketing e-mail; double opt-in: %s", answer(ledger.decide(zoe.ref(), Channel.EMAIL, Purpose.MARKETING, clock.instant())));
    clock.advance(Duration.ofMinutes(12));
    ledger.confirm(zoe.ref(), Channel.EMAIL, Purpose.MARKETING, "confirmation-link", Optional.empty());
    say("12 minutes later she clicks the link: %s", answer(ledger.decide(zoe.ref(), Channel.EMAIL, Purpose.MARKETING, clock.instant())));
    ledger.grant(zoe.ref(), Channel.SMS, Purpose.NEWSLETTER, LegalBasis.CONSENT, "webinar-form", false, Optional.empty());
    clock.advance(Duration.ofMinutes(3));
    ledger.withdraw(zoe.ref(), Channel.SMS, Purpose.ALL, "sms-stop", Optional.of("replied STOP"));
    say("She replies STOP to an SMS: %s", answer(ledger.decide(zoe.ref(), Channel.SMS, Purpose.NEWSLETTER, clock.instant())));
    ConsentDecision mayEmail = ledger.decide(zoe.ref(), Channel.EMAIL, Purpose.MARKETING, clock.instant());
    say("May I e-mail %s for marketing now? %s — %s", zoe.name().fullName(), mayEmail.allowed() ? "YES" : "NO", mayEmail.reason());

    // audited update
    heading("An audited update");
    clock.advance(Duration.ofMinutes(30));
    Contact promoted = contacts.update(zoe.withJobTitle("Chief Technology Officer")
        .withCustomFields(schema.validate(zoe.customFields().with("tier", FieldValue.picklist("gold"))))
        .withUpdatedAt(clock.instant()));
    say("Maria changes Zoë's job title and tier (now version %d).", promoted.version());
    FieldHistory history = FieldHistory.of(crm, promoted.ref());
    for (FieldHistory.Change c : history.changes()) {
      if (c.field().equals("jobTitle") || c.field().startsWith("customFields")) {
        say("  %s  %-8s %-32s %s → %s", local(c.at()), c.actor(), c.field(), c.change().before().orElse("∅"), c.change().after().orElse("∅"));
      }
    }
    say("%d audit entries so far in the tenant.", crm.repository(AuditEntry.TYPE).count(Criteria.all()));

    // lead lifecycle
    heading("A lead lifecycle");
    StateMachine<LeadFacts> lifecycle = LeadFacts.LIFECYCLE;
    say("States %s, initial '%s', terminal %s", lifecycle.states(), lifecycle.initial(), lifecycle.terminals());
    LeadFacts lead = new LeadFacts("Zürich Ångström: analytics platform", Optional.empty());
    StateHistory leadHistory = StateHistory.start(lifecycle.initial(), clock.instant());
    clock.advance(Duration.ofHours(1));
    leadHistory = leadHistory.record(lifecycle.fireOrThrow(leadHistory.current(), "work", lead), clock.instant());
    say("work      → %s", leadHistory.current());
    Decision refused = lifecycle.fire(leadHistory.current(), "qualify", lead);
    say("qualify   → refused: %s", refused instanceof Decision.Refused r ? r.reason() : "?");
    lead = lead.withBudget(Money.of("48000", "CHF"));
    clock.advance(Duration.ofHours(2));
    Decision.Accepted qualified = lifecycle.fireOrThrow(leadHistory.current(), "qualify", lead);
    leadHistory = leadHistory.record(qualified, clock.instant());
    say("qualify   → %s (budget %s), effects %s", leadHistory.current(), lead.budget().orElseThrow(),
        qualified.effects().stream().map(e -> e.name()).toList());
    say("Time in 'working': %s", leadHistory.timeIn("working", clock.instant()));
    leads.state = leadHistory.current() + " since " + local(leadHistory.enteredAt()) + " — " + lead.title();

    // the customer view
    heading("The single customer view");
    CustomerView view = views.view(tenant, zoe.ref());
    clock.advance(Duration.ofMinutes(5));
    activities.insert(Activity.note(next("act", ActivityId::new), tenant, "Budget approved", "CFO signed off 48k CHF", SALES,
        List.of(zoe.ref()), clock.instant()));
    CustomerView fresh = views.view(tenant, zoe.ref());
    say("A note logged after the first look reached the view through the event bus: %s",
        fresh != view && fresh.timeline().stream().anyMatch(e -> e.summary().contains("Budget approved")) ? "yes" : "no");
    out.println();
    out.print(indent(CustomerViewText.render(fresh, zone)));
    out.flush();
    return fresh;
  }

  private Contact.Builder person(String given, String family, String email, String phone, Account account, String title) {
    return Contact.builder(next("c", ContactId::new), tenant)
        .name(PersonName.of(given, family))
        .account(account.id())
        .jobTitle(title)
        .contactPoint(ContactPoint.email(email, ContactPoint.Purpose.WORK).asPrimary())
        .contactPoint(ContactPoint.phone(phone, "CH", ContactPoint.Purpose.WORK).asPrimary())
        .owner(SALES)
        .timestamps(clock);
  }

  private static String answer(ConsentDecision d) {
    return (d.allowed() ? "allowed" : "not allowed") + " (" + d.state() + ": " + d.reason() + ")";
  }

  /** The instant {@code days} days from now at local time {@code time} in the tour's zone. */
  private Instant at(int days, LocalTime time) {
    return ZonedDateTime.ofInstant(clock.instant(), zone).toLocalDate().plusDays(days).atTime(time).atZone(zone).toInstant();
  }

  /** The facts the lead lifecycle's guards read; a stand-in for the sales module's lead. */
  record LeadFacts(String title, Optional<Money> budget) {
    static final StateMachine<LeadFacts> LIFECYCLE = StateMachine.<LeadFacts>builder("lead")
        .states("new", "working", "qualified", "converted", "disqualified")
        .initial("new")
        .terminal("converted", "disqualified")
        .transition("new", "work", "working")
        .transition("working", "qualify", "qualified",
            Guard.of("has_budget", l -> l.budget().isPresent(), "the lead has no budget yet"),
            Effect.of("notify_owner"))
        .transition("qualified", "convert", "converted")
        .fromAnyNonTerminal("disqualify", "disqualified")
        .build();

    LeadFacts withBudget(Money value) {
      return new LeadFacts(title, Optional.of(value));
    }
  }

  /** How another module plugs a section into the customer view: here, the lead's state from the tour. */
  static final class LeadSection implements CustomerViewContributor {
    volatile String state = "no lead";

    @Override
    public String section() {
      return "leads";
    }

    @Override
    public Optional<ViewSection> contribute(TenantStore store, CustomerView view) {
      return view.contact().isEmpty() ? Optional.empty() : Optional.of(ViewSection.ofLines("leads", "Leads", List.of(state)));
    }
  }

  /** A clock that stands still until the tour moves it, so the same start gives the same output. */
  static final class TourClock extends Clock {
    private volatile Instant now;
    private final ZoneId zone;

    TourClock(Instant start, ZoneId zone) {
      this.now = start;
      this.zone = zone;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
      return new TourClock(now, other);
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
