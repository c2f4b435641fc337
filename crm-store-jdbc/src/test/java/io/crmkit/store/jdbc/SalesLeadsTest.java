package io.crmkit.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.crmkit.core.ConcurrencyConflictException;
import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.event.DomainEvent;
import io.crmkit.core.field.CustomFields;
import io.crmkit.core.field.FieldValue;
import io.crmkit.core.money.Money;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.party.PostalAddress;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.store.Repository;
import io.crmkit.sales.lead.ConversionContext;
import io.crmkit.sales.lead.ConversionContribution;
import io.crmkit.sales.lead.ConversionParticipant;
import io.crmkit.sales.lead.ConversionRequest;
import io.crmkit.sales.lead.ConversionResult;
import io.crmkit.sales.lead.Lead;
import io.crmkit.sales.lead.LeadConversion;
import io.crmkit.sales.lead.LeadFields;
import io.crmkit.sales.lead.LeadId;
import io.crmkit.sales.lead.LeadLifecycle;
import io.crmkit.sales.lead.LeadRating;
import io.crmkit.sales.lead.LeadReadOnlyException;
import io.crmkit.sales.lead.LeadService;
import io.crmkit.sales.lead.LeadSource;
import io.crmkit.sales.lead.LifecycleStage;
import io.crmkit.sales.lead.PartyResolution;
import io.crmkit.sales.opportunity.ContactRole;
import io.crmkit.sales.opportunity.Opportunity;
import io.crmkit.sales.opportunity.OpportunityFields;
import io.crmkit.sales.opportunity.OpportunityId;
import io.crmkit.sales.pipeline.Pipelines;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * crm-sales' {@link LeadService} and {@link LeadConversion} on the JDBC store: the same operations on the
 * in-memory reference store and on the database give equal records, events and query answers; conversion is
 * one database transaction, undone completely when a participant fails.
 */
class SalesLeadsTest {
  private static final Owner OWNER = Owner.user("u-1");

  private static Lead.Builder grace(SalesWorld w) {
    return Lead.builder(w.ids.next(LeadId::new), w.tenantId)
        .name(PersonName.of("Grace", "Hopper"))
        .company("Remington Rand Inc.")
        .industry("Computing")
        .companyDomain("Remington.Example")
        .email(ContactPoint.email(" Grace@Remington.example ", ContactPoint.Purpose.WORK))
        .phone(ContactPoint.phone("+1 202 555 0143", "US", ContactPoint.Purpose.WORK))
        .address(PostalAddress.of(List.of("1 Main St"), "Philadelphia", "19104", "US"))
        .source(LeadSource.TRADE_SHOW)
        .customFields(CustomFields.empty().with("region", FieldValue.picklist("amer")).with("employees", FieldValue.number(5200)))
        .owner(OWNER)
        .timestamps(w.clock);
  }

  private static Lead.Builder ada(SalesWorld w) {
    return Lead.builder(w.ids.next(LeadId::new), w.tenantId)
        .name(PersonName.of("Ada", "Lovelace"))
        .company("Analytical Engines Ltd")
        .email(ContactPoint.email("ada@engines.example", ContactPoint.Purpose.WORK))
        .source(LeadSource.WEB)
        .customFields(CustomFields.empty().with("region", FieldValue.picklist("emea")))
        .owner(Owner.user("u-2"))
        .timestamps(w.clock);
  }

  /** What a LeadService session did, to compare between stores. */
  record LeadRun(
      Lead last,
      List<Long> staleUpdate,
      List<Long> staleStatus,
      Lead storedAfterConflicts,
      Map<String, Object> stored,
      Map<String, Object> queries,
      List<DomainEvent> events) {}

  private static LeadRun leadService(SalesWorld w) {
    List<DomainEvent> events = new ArrayList<>();
    LeadService leads = LeadService.builder(w.tenant, w.clock).publisher(events::add).build();
    Lead grace = leads.create(grace(w).build(), "u-1").lead();
    leads.create(ada(w).build(), "u-2");
    w.clock.advance(Duration.ofMinutes(1));
    Lead updated = leads.update(grace.withJobTitle("Rear Admiral").withRating(LeadRating.HOT)
        .withCustomFields(grace.customFields().with("region", FieldValue.picklist("emea"))), "u-1").lead();
    w.clock.advance(Duration.ofMinutes(1));
    // grace is version 1, the store has 2: both writes are refused and nothing is overwritten
    ConcurrencyConflictException staleUpdate = catchThrowableOfType(ConcurrencyConflictException.class,
        () -> leads.update(grace.withCompany("Stale Corp"), "u-9"));
    ConcurrencyConflictException staleStatus = catchThrowableOfType(ConcurrencyConflictException.class,
        () -> leads.changeStatus(grace.id(), grace.version(), "work", "u-9"));
    Lead afterConflicts = w.reopened().repository(Lead.TYPE).get(grace.id());
    Lead working = leads.changeStatus(updated.id(), updated.version(), "work", "u-1").lead();
    w.clock.advance(Duration.ofMinutes(1));
    Lead mql = leads.advanceStage(working.id(), working.version(), LifecycleStage.MARKETING_QUALIFIED_LEAD, "u-1").lead();

    Repository<Lead, LeadId> fresh = w.reopened().repository(Lead.TYPE);
    Map<String, Object> q = new LinkedHashMap<>();
    q.put("status working", fresh.query(Criteria.eq(LeadFields.STATUS, LeadLifecycle.WORKING)));
    q.put("status new", fresh.query(Criteria.eq(LeadFields.STATUS, LeadLifecycle.NEW)));
    q.put("email", fresh.query(Criteria.eq(LeadFields.EMAIL, "grace@remington.example")));
    q.put("phone", fresh.query(Criteria.eq(LeadFields.PHONE, "+12025550143")));
    q.put("domain", fresh.query(Criteria.eq(LeadFields.COMPANY_DOMAIN, "remington.example")));
    q.put("owner", fresh.query(Criteria.eq(LeadFields.OWNER, "user:u-2")));
    q.put("stage", fresh.query(Criteria.eq(LeadFields.STAGE, LifecycleStage.MARKETING_QUALIFIED_LEAD.name())));
    q.put("rating", fresh.query(Criteria.eq(LeadFields.RATING, LeadRating.HOT.name())));
    q.put("unrated", fresh.query(Criteria.isNull(LeadFields.RATING)));
    q.put("source", fresh.query(Criteria.in(LeadFields.SOURCE, "web", "partner_referral")));
    q.put("company prefix", fresh.query(Criteria.prefix(LeadFields.COMPANY, "Remington")));
    q.put("custom region", fresh.query(Criteria.eq(FieldRef.text("custom.region"), "emea")));
    q.put("custom employees", fresh.count(Criteria.atLeast(FieldRef.number("custom.employees"), 5000L)));
    q.put("updated late", fresh.query(Criteria.atLeast(LeadFields.UPDATED_AT, SalesWorld.START.plus(Duration.ofSeconds(90)))));
    q.put("not converted", fresh.count(Criteria.isNull(LeadFields.CONVERTED_ACCOUNT_ID)));
    return new LeadRun(mql, versions(staleUpdate), versions(staleStatus), afterConflicts, w.snapshot(List.of(Lead.TYPE)), q, events);
  }

  private static List<Long> versions(ConcurrencyConflictException e) {
    return e == null ? List.of() : List.of(e.expectedVersion(), e.actualVersion());
  }

  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {"h2", "postgresql"})
  @DisplayName("LeadService: create, update, status and stage changes, stale versions refused; same records and answers as in memory")
  void leadService(String database) {
    List<LeadRun> runs = SalesWorld.run(SalesWorld.referenceAnd(database, "leads"), SalesLeadsTest::leadService);
    LeadRun db = runs.get(1);

    assertThat(db.staleUpdate()).containsExactly(1L, 2L);
    assertThat(db.staleStatus()).containsExactly(1L, 2L);
    assertThat(db.storedAfterConflicts().company()).contains("Remington Rand Inc.");
    assertThat(db.storedAfterConflicts().status()).isEqualTo(LeadLifecycle.NEW);
    assertThat(db.last().version()).isEqualTo(4);
    assertThat(db.last().status()).isEqualTo(LeadLifecycle.WORKING);
    assertThat(db.last().stage()).isEqualTo(LifecycleStage.MARKETING_QUALIFIED_LEAD);
    assertThat(db.stored()).containsValue(db.last()).hasSize(2);
    assertThat(db.queries().get("status working")).isEqualTo(List.of(db.last()));
    assertThat(db.queries().get("email")).isEqualTo(List.of(db.last()));
    assertThat(db.queries().get("custom region")).asList().hasSize(2);
    assertThat(db.queries().get("not converted")).isEqualTo(2L);
    assertThat(db.events()).hasSize(7);

    assertThat(db).isEqualTo(runs.get(0));
  }

  /** Creates the opportunity a conversion asks for, in the conversion's transaction, as a host would. */
  private static ConversionParticipant opportunities(boolean fail) {
    return new ConversionParticipant() {
      @Override
      public String name() {
        return "opportunities";
      }

      @Override
      public ConversionContribution participate(ConversionContext c) {
        if (!c.request().wantsOpportunity()) {
          return ConversionContribution.none();
        }
        OpportunityId id = c.ids().next(OpportunityId::new);
        c.store().repository(Opportunity.TYPE).insert(Opportunity.builder(id, c.lead().tenantId())
            .name(c.request().opportunityName().orElseThrow())
            .account(c.account().id())
            .owner(c.recordOwner())
            .closeDate(LocalDate.parse("2026-06-30"))
            .amount(Money.of("25000.00", "EUR"))
            .contactRole(ContactRole.primary(c.contact().id(), ContactRole.Role.DECISION_MAKER))
            .startIn(Pipelines.standardSales(), c.at())
            .build());
        if (fail) {
          throw new IllegalStateException("the host's ERP refused the opportunity " + id.value());
        }
        return ConversionContribution.opportunity(id, List.of(RecordRef.of(Opportunity.TYPE_NAME, id)));
      }
    };
  }

  /** The records a conversion starts from: a matching account and contact for Grace, nothing for Ada. */
  record Setup(Lead grace, Lead ada, Account remington, Contact existingGrace, Activity task, Activity note, Activity unrelated) {}

  private static Setup setup(SalesWorld w) {
    Account remington = w.repo(Account.TYPE).insert(Account.builder(w.ids.next(AccountId::new), w.tenantId)
        .name("Remington Rand").domain("remington.example").owner(OWNER).timestamps(w.clock).build());
    Contact existing = w.repo(Contact.TYPE).insert(Contact.builder(w.ids.next(ContactId::new), w.tenantId)
        .name(PersonName.of("Grace", "Hopper")).owner(OWNER).timestamps(w.clock)
        .contactPoint(ContactPoint.email("grace@remington.example", ContactPoint.Purpose.WORK).asPrimary()).build());
    LeadService leads = LeadService.builder(w.tenant, w.clock).build();
    Lead grace = qualified(leads, grace(w).build(), w);
    Lead ada = qualified(leads, ada(w).build(), w);
    Repository<Activity, ActivityId> activities = w.repo(Activity.TYPE);
    Activity task = activities.insert(Activity.task(w.ids.next(ActivityId::new), w.tenantId, "Call back", Owner.user("u-9"),
        List.of(grace.ref(), ada.ref()), Optional.of(w.clock.instant().plus(Duration.ofDays(2))), w.clock.instant()));
    Activity note = activities.insert(Activity.note(w.ids.next(ActivityId::new), w.tenantId, "Met at the fair", "Wants a demo",
        Owner.user("u-9"), List.of(grace.ref()), w.clock.instant()));
    Activity unrelated = activities.insert(Activity.task(w.ids.next(ActivityId::new), w.tenantId, "Send the brochure",
        Owner.user("u-9"), List.of(ada.ref()), Optional.empty(), w.clock.instant()));
    w.clock.advance(Duration.ofHours(1));
    return new Setup(grace, ada, remington, existing, task, note, unrelated);
  }

  private static Lead qualified(LeadService leads, Lead draft, SalesWorld w) {
    Lead lead = leads.create(draft, "u-1").lead();
    w.clock.advance(Duration.ofSeconds(1));
    lead = leads.changeStatus(lead.id(), lead.version(), "work", "u-1").lead();
    w.clock.advance(Duration.ofSeconds(1));
    return leads.changeStatus(lead.id(), lead.version(), "qualify", "u-1").lead();
  }

  record ConversionRun(Setup setup, ConversionResult grace, ConversionResult ada, Map<String, Object> stored, Map<String, Object> queries) {}

  private static ConversionRun conversions(SalesWorld w) {
    Setup s = setup(w);
    LeadConversion conversion = LeadConversion.builder(w.tenant, w.clock, w.ids).participant(opportunities(false)).build();
    ConversionResult grace = conversion.convert(
        ConversionRequest.of(s.grace().id(), s.grace().version(), "u-7").withOpportunity("Remington — UNIVAC"));
    w.clock.advance(Duration.ofMinutes(5));
    ConversionResult ada = conversion.convert(ConversionRequest.of(s.ada().id(), s.ada().version(), "u-7"));
    var fresh = w.reopened();
    Map<String, Object> q = new LinkedHashMap<>();
    q.put("leads of account", fresh.repository(Lead.TYPE).query(
        Criteria.eq(LeadFields.CONVERTED_ACCOUNT_ID, grace.account().id().value())));
    q.put("leads of opportunity", fresh.repository(Lead.TYPE).query(
        Criteria.eq(LeadFields.CONVERTED_OPPORTUNITY_ID, grace.opportunity().orElseThrow().value())));
    q.put("converted", fresh.repository(Lead.TYPE).count(Criteria.eq(LeadFields.STATUS, LeadLifecycle.CONVERTED)));
    q.put("opportunities of contact", fresh.repository(Opportunity.TYPE).query(
        Criteria.eq(OpportunityFields.CONTACT_ID, grace.contact().id().value())));
    q.put("activities of contact", fresh.repository(Activity.TYPE).query(
        Criteria.eq(Activity.LINKS, grace.contact().ref().toString())));
    return new ConversionRun(s, grace, ada, w.snapshot(SalesWorld.ALL_TYPES), q);
  }

  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {"h2", "postgresql"})
  @DisplayName("LeadConversion in one transaction: account and contact reused or created, activities moved, opportunity made, lead read-only")
  void conversion(String database) {
    List<SalesWorld> worlds = SalesWorld.referenceAnd(database, "convert");
    List<ConversionRun> runs = SalesWorld.run(worlds, SalesLeadsTest::conversions);
    ConversionRun db = runs.get(1);
    SalesWorld w = worlds.get(1);
    Setup s = db.setup();

    // Grace: the account (by domain) and the contact (by e-mail) are reused and filled, never duplicated
    assertThat(db.grace().accountResolution()).isEqualTo(PartyResolution.MATCHED);
    assertThat(db.grace().contactResolution()).isEqualTo(PartyResolution.MATCHED);
    assertThat(db.grace().account().id()).isEqualTo(s.remington().id());
    assertThat(db.grace().account().name()).isEqualTo("Remington Rand");
    assertThat(db.grace().account().industry()).contains("Computing");
    assertThat(db.grace().contact().id()).isEqualTo(s.existingGrace().id());
    assertThat(db.grace().contact().account()).contains(s.remington().id());
    // Ada: nothing matched, both created from the lead
    assertThat(db.ada().accountResolution()).isEqualTo(PartyResolution.CREATED);
    assertThat(db.ada().contactResolution()).isEqualTo(PartyResolution.CREATED);
    assertThat(db.ada().account().name()).isEqualTo("Analytical Engines Ltd");

    // fresh reads through a new store object
    var fresh = w.reopened();
    assertThat(fresh.repository(Account.TYPE).count(Criteria.all())).isEqualTo(2);
    assertThat(fresh.repository(Contact.TYPE).count(Criteria.all())).isEqualTo(2);
    Lead convertedGrace = fresh.repository(Lead.TYPE).get(s.grace().id());
    assertThat(convertedGrace).isEqualTo(db.grace().lead());
    assertThat(convertedGrace.status()).isEqualTo(LeadLifecycle.CONVERTED);
    assertThat(convertedGrace.stage()).isEqualTo(LifecycleStage.OPPORTUNITY);
    assertThat(convertedGrace.conversion().orElseThrow().opportunity()).isEqualTo(db.grace().opportunity());
    Opportunity deal = fresh.repository(Opportunity.TYPE).get(db.grace().opportunity().orElseThrow());
    assertThat(deal.account()).isEqualTo(s.remington().id());
    Activity task = fresh.repository(Activity.TYPE).get(s.task().id());
    assertThat(task.links()).containsExactly(
        db.grace().contact().ref(), db.grace().account().ref(), db.ada().contact().ref(), db.ada().account().ref());
    assertThat(task.owner()).isEqualTo(Owner.user("u-7"));
    assertThat(fresh.repository(Activity.TYPE).get(s.note().id()).links())
        .containsExactly(db.grace().contact().ref(), db.grace().account().ref());
    assertThat(fresh.repository(Activity.TYPE).get(s.note().id()).owner()).isEqualTo(s.note().owner());
    assertThat(fresh.repository(Activity.TYPE).get(s.unrelated().id()).links())
        .containsExactly(db.ada().contact().ref(), db.ada().account().ref());
    assertThat(db.queries().get("leads of account")).isEqualTo(List.of(convertedGrace));
    assertThat(db.queries().get("opportunities of contact")).isEqualTo(List.of(deal));
    assertThat(db.queries().get("converted")).isEqualTo(2L);

    // read-only on the database too
    LeadService leads = LeadService.builder(fresh, w.clock).build();
    assertThatThrownBy(() -> leads.update(convertedGrace.withJobTitle("CEO"), "u-1")).isInstanceOf(LeadReadOnlyException.class);
    assertThatThrownBy(() -> leads.changeStatus(convertedGrace.id(), convertedGrace.version(), "reopen", "u-1"))
        .isInstanceOf(LeadReadOnlyException.class);
    assertThatThrownBy(() -> LeadConversion.builder(fresh, w.clock, w.ids).build()
        .convert(ConversionRequest.of(convertedGrace.id(), convertedGrace.version(), "u-7")))
        .isInstanceOf(LeadReadOnlyException.class);
    assertThat(fresh.repository(Lead.TYPE).get(s.grace().id())).isEqualTo(convertedGrace);

    assertThat(db).isEqualTo(runs.get(0));
  }

  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {"h2", "postgresql"})
  @DisplayName("a participant that throws undoes the whole conversion on the database: fresh reads show the store as before")
  void failingParticipant(String database) {
    SalesWorld w = SalesWorld.of(database, SalesWorld.freshTenant("abort"));
    Setup s = setup(w);
    Map<String, Object> before = w.snapshot(SalesWorld.ALL_TYPES);
    LeadConversion failing = LeadConversion.builder(w.tenant, w.clock, w.ids).participant(opportunities(true)).build();

    // Grace: matched account and contact are filled (updates), activities moved, an opportunity inserted, then the throw
    assertThatThrownBy(() -> failing.convert(
        ConversionRequest.of(s.grace().id(), s.grace().version(), "u-7").withOpportunity("Remington — UNIVAC")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("ERP refused");
    assertThat(w.snapshot(SalesWorld.ALL_TYPES)).isEqualTo(before);
    // Ada: account and contact are created (inserts) before the throw
    assertThatThrownBy(() -> failing.convert(
        ConversionRequest.of(s.ada().id(), s.ada().version(), "u-7").withOpportunity("Engines")))
        .isInstanceOf(IllegalStateException.class);
    assertThat(w.snapshot(SalesWorld.ALL_TYPES)).isEqualTo(before);

    var fresh = w.reopened();
    assertThat(fresh.repository(Opportunity.TYPE).count(Criteria.all())).isZero();
    assertThat(fresh.repository(Account.TYPE).query(Criteria.all())).containsExactly(s.remington());
    assertThat(fresh.repository(Contact.TYPE).query(Criteria.all())).containsExactly(s.existingGrace());
    assertThat(fresh.repository(Lead.TYPE).get(s.grace().id())).isEqualTo(s.grace());
    assertThat(fresh.repository(Activity.TYPE).get(s.task().id())).isEqualTo(s.task());

    // the store is usable afterwards: the same conversion without the failure goes through
    ConversionResult done = LeadConversion.builder(w.tenant, w.clock, w.ids).participant(opportunities(false)).build()
        .convert(ConversionRequest.of(s.grace().id(), s.grace().version(), "u-7").withOpportunity("Remington — UNIVAC"));
    assertThat(fresh.repository(Lead.TYPE).get(s.grace().id()).status()).isEqualTo(LeadLifecycle.CONVERTED);
    assertThat(fresh.repository(Opportunity.TYPE).query(Criteria.all()))
        .extracting(Opportunity::id).containsExactly(done.opportunity().orElseThrow());
  }
}
