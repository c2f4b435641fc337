package io.crmkit.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.crmkit.core.ConcurrencyConflictException;
import io.crmkit.core.Owner;
import io.crmkit.core.ValidationException;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.Direction;
import io.crmkit.core.money.Money;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.Sort;
import io.crmkit.core.store.Repository;
import io.crmkit.sales.cadence.Cadence;
import io.crmkit.sales.cadence.CadenceEnrolments;
import io.crmkit.sales.cadence.CadenceId;
import io.crmkit.sales.cadence.CadenceStep;
import io.crmkit.sales.cadence.EnrolledRecord;
import io.crmkit.sales.cadence.Enrolment;
import io.crmkit.sales.cadence.EnrolmentId;
import io.crmkit.sales.cadence.EnrolmentStatus;
import io.crmkit.sales.cadence.ExitReason;
import io.crmkit.sales.cadence.ScheduledStep;
import io.crmkit.sales.cadence.StepDelay;
import io.crmkit.sales.cadence.StepKind;
import io.crmkit.sales.followup.FollowUp;
import io.crmkit.sales.followup.FollowUpCompletion;
import io.crmkit.sales.followup.FollowUpId;
import io.crmkit.sales.followup.FollowUpReminders;
import io.crmkit.sales.followup.FollowUpStatus;
import io.crmkit.sales.followup.FollowUpTarget;
import io.crmkit.sales.followup.Recurrence;
import io.crmkit.sales.lead.LeadId;
import io.crmkit.sales.opportunity.OpportunityId;
import io.crmkit.sales.product.PriceBook;
import io.crmkit.sales.product.PriceBookEntry;
import io.crmkit.sales.product.PriceBookId;
import io.crmkit.sales.product.Product;
import io.crmkit.sales.product.ProductId;
import io.crmkit.sales.quote.Quote;
import io.crmkit.sales.quote.QuoteId;
import io.crmkit.sales.quote.QuoteLine;
import io.crmkit.sales.quote.QuoteStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Quotes, follow-ups, cadences with their enrolments, products and price books on the JDBC store: insert
 * (batches of three or more go through COPY on PostgreSQL), find, update with optimistic versions, queries on
 * their indexed fields and keyset paging — each run on the in-memory reference store too, with equal answers.
 */
class SalesRecordsTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  /** Text that JSON and COPY's text format must escape. */
  private static final String AWKWARD = "Seat \"Pro\"\t\\N back\\slash\nÜmlaut 日本 \uD83D\uDE80";

  /** Every record of a sort order exactly once across its pages. */
  private static <T> void onceEach(List<List<T>> pages, List<T> all) {
    assertThat(pages.stream().flatMap(List::stream).toList()).containsExactlyInAnyOrderElementsOf(all).doesNotHaveDuplicates();
  }

  record QuoteRun(List<Quote> inserted, List<Long> stale, Map<String, Object> queries, Map<String, List<List<Quote>>> pages,
      Map<String, Object> stored) {}

  private static QuoteRun quotes(SalesWorld w) {
    Repository<Quote, QuoteId> quotes = w.repo(Quote.TYPE);
    List<Quote> drafts = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      drafts.add(Quote.draft(w.ids.next(QuoteId::new), w.tenantId, new OpportunityId("o-" + (i % 4)), Money.currency("EUR"),
          i % 2 == 0 ? BERLIN : NEW_YORK,
          List.of(QuoteLine.of("CRM-PRO", AWKWARD, String.valueOf(3 + i), Money.of("49.90", "EUR"), "19")
                  .withDiscount(new BigDecimal("7.5")),
              QuoteLine.of("SUPPORT", "Support — 12 months", "1", Money.of("1200", "EUR"), "0")),
          LocalDate.parse("2026-04-30").plusDays(i % 5), w.clock.instant()));
    }
    List<Quote> inserted = quotes.insertAll(drafts);
    w.clock.advance(Duration.ofDays(1));

    Quote first = inserted.get(0);
    Quote presented = quotes.update(first.present(w.clock));
    ConcurrencyConflictException stale = catchThrowableOfType(ConcurrencyConflictException.class,
        () -> quotes.update(first.withValidUntil(LocalDate.parse("2026-12-31"), w.clock.instant())));
    Quote rejected = quotes.update(quotes.update(inserted.get(1).present(w.clock)).reject(Optional.of("Too \"expensive\""), w.clock).quote());
    w.clock.advance(Duration.ofHours(3));
    Quote revised = quotes.update(rejected.revise(
        List.of(QuoteLine.of("CRM-PRO", AWKWARD, "4", Money.of("44.90", "EUR"), "19")), LocalDate.parse("2026-05-15"), w.clock));
    quotes.update(quotes.update(inserted.get(2).present(w.clock)).accept(w.clock).quote());
    quotes.update(inserted.get(3).withLines(List.of(QuoteLine.of("X", "Other", "2", Money.of("1.05", "EUR"), "7")), w.clock.instant()));

    Repository<Quote, QuoteId> fresh = w.reopened().repository(Quote.TYPE);
    Map<String, Object> q = new LinkedHashMap<>();
    q.put("found", inserted.stream().map(x -> fresh.find(x.id()).map(Quote::version)).toList());
    q.put("presented", fresh.get(presented.id()));
    q.put("revised", fresh.get(revised.id()));
    q.put("of o-1", fresh.query(Criteria.eq(Quote.OPPORTUNITY, "o-1")));
    q.put("drafts", fresh.count(Criteria.eq(Quote.STATUS, QuoteStatus.DRAFT.name())));
    q.put("decided", fresh.query(Criteria.in(Quote.STATUS, QuoteStatus.ACCEPTED.name(), QuoteStatus.REJECTED.name(),
        QuoteStatus.PRESENTED.name())));
    q.put("valid in May", fresh.query(Criteria.atLeast(Quote.VALID_UNTIL, LocalDate.parse("2026-05-02").atStartOfDay(BERLIN).toInstant())));
    q.put("totals", fresh.query(Criteria.all()).stream().map(Quote::totals).toList());
    Map<String, List<List<Quote>>> pages = new LinkedHashMap<>();
    pages.put("by id", SalesWorld.pages(fresh, Criteria.all(), Sort.byId(), 5));
    pages.put("drafts by validity", SalesWorld.pages(fresh, Criteria.eq(Quote.STATUS, QuoteStatus.DRAFT.name()),
        Sort.byDescending(Quote.VALID_UNTIL), 4));
    return new QuoteRun(inserted, List.of(stale.expectedVersion(), stale.actualVersion()), q, pages, w.snapshot(List.of(Quote.TYPE)));
  }

  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {"h2", "postgresql"})
  @DisplayName("quotes: bulk insert, present/reject/revise/accept with versions, queries and keyset paging as in memory")
  void quotes(String database) {
    List<QuoteRun> runs = SalesWorld.run(SalesWorld.referenceAnd(database, "quotes"), SalesRecordsTest::quotes);
    QuoteRun db = runs.get(1);
    assertThat(db.inserted()).allSatisfy(x -> assertThat(x.version()).isEqualTo(1));
    assertThat(db.stale()).containsExactly(1L, 2L);
    Quote revised = (Quote) db.queries().get("revised");
    assertThat(revised.revisions()).extracting(r -> r.status()).containsExactly(QuoteStatus.SUPERSEDED, QuoteStatus.DRAFT);
    assertThat(revised.current().lines().get(0).productName()).isEqualTo(AWKWARD);
    assertThat(((Quote) db.queries().get("presented")).current().status()).isEqualTo(QuoteStatus.PRESENTED);
    assertThat(db.queries().get("of o-1")).asList().hasSize(3);
    assertThat(db.queries().get("drafts")).isEqualTo(10L);
    assertThat(db.queries().get("decided")).asList().hasSize(2);
    List<Quote> all = db.stored().values().stream().map(Quote.class::cast).toList();
    assertThat(all).hasSize(12);
    onceEach(db.pages().get("by id"), all);
    assertThat(db.pages().get("by id")).hasSize(3);
    onceEach(db.pages().get("drafts by validity"), all.stream().filter(x -> x.current().status() == QuoteStatus.DRAFT).toList());

    assertThat(db).isEqualTo(runs.get(0));
  }

  record FollowUpRun(List<Long> stale, FollowUpCompletion completion, Map<String, Object> queries, List<List<FollowUp>> pages,
      Map<String, Object> stored) {}

  private static FollowUpRun followUps(SalesWorld w) {
    Repository<FollowUp, FollowUpId> repo = w.repo(FollowUp.TYPE);
    List<FollowUpTarget> targets = List.of(
        FollowUpTarget.lead(new LeadId("l-1")), FollowUpTarget.contact(new ContactId("c-1")),
        FollowUpTarget.opportunity(new OpportunityId("o-1")));
    List<FollowUp> made = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      FollowUp.Builder b = FollowUp.builder(w.ids.next(FollowUpId::new), w.tenantId)
          .target(targets.get(i % 3)).subject(i == 0 ? AWKWARD : "Check in #" + i).owner(Owner.user("u-" + (i % 2)))
          .due(LocalDateTime.parse("2026-03-23T09:00").plusDays(i), i % 2 == 0 ? BERLIN : NEW_YORK)
          .reminder(Duration.ofMinutes(15)).reminder(Duration.ofDays(1))
          .createdAt(w.clock.instant());
      if (i % 3 != 2) {
        b.recurrence(Recurrence.of("FREQ=WEEKLY;COUNT=" + (2 + i)));
      }
      made.add(repo.insert(b.build()));
    }
    w.clock.advance(Duration.ofDays(21));
    FollowUp weekly = made.get(0);
    FollowUpCompletion done = weekly.complete(w.ids.next(ActivityId::new), w.clock.instant());
    FollowUpCompletion stored = w.tenant.transactions().inTransaction(() -> new FollowUpCompletion(
        repo.update(done.followUp()), w.repo(Activity.TYPE).insert(done.activity())));
    ConcurrencyConflictException stale = catchThrowableOfType(ConcurrencyConflictException.class,
        () -> repo.update(weekly.withSubject("stale")));
    repo.update(made.get(2).complete(w.ids.next(ActivityId::new), w.clock.instant()).followUp());  // no recurrence: ends
    repo.update(made.get(4).skip(w.clock.instant()));
    repo.update(made.get(5).cancel(w.clock.instant()));
    repo.update(made.get(6).withReminders(List.of(Duration.ofHours(2))).withOwner(Owner.team("inside-sales")));

    Repository<FollowUp, FollowUpId> fresh = w.reopened().repository(FollowUp.TYPE);
    Map<String, Object> q = new LinkedHashMap<>();
    q.put("completed", fresh.get(weekly.id()));
    q.put("activity", w.reopened().repository(Activity.TYPE).get(done.activity().id()));
    q.put("of lead", fresh.query(Criteria.eq(FollowUp.TARGET, targets.get(0).toString())));
    q.put("owner team", fresh.query(Criteria.eq(FollowUp.OWNER, "team:inside-sales")));
    q.put("open", fresh.count(Criteria.eq(FollowUp.STATUS, FollowUpStatus.OPEN.name())));
    q.put("not open", fresh.query(Criteria.not(Criteria.eq(FollowUp.STATUS, FollowUpStatus.OPEN.name()))));
    q.put("without due", fresh.query(Criteria.isNull(FollowUp.DUE_AT)));
    q.put("due in March", fresh.query(Criteria.between(FollowUp.DUE_AT,
        LocalDateTime.parse("2026-03-26T00:00").atZone(BERLIN).toInstant(), LocalDateTime.parse("2026-04-01T00:00").atZone(BERLIN).toInstant())));
    List<FollowUp> open = fresh.query(Criteria.eq(FollowUp.STATUS, FollowUpStatus.OPEN.name()));
    q.put("overdue", FollowUpReminders.overdue(open, w.clock));
    q.put("reminders", FollowUpReminders.between(open, SalesWorld.START, w.clock.instant().plus(Duration.ofDays(30))));
    List<List<FollowUp>> pages = SalesWorld.pages(fresh, Criteria.isPresent(FollowUp.DUE_AT), Sort.by(FollowUp.DUE_AT), 3);
    return new FollowUpRun(List.of(stale.expectedVersion(), stale.actualVersion()), stored, q, pages, w.snapshot(List.of(FollowUp.TYPE)));
  }

  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {"h2", "postgresql"})
  @DisplayName("follow-ups: recurring series completed with its activity in one transaction, versions, queries, paging by due time")
  void followUps(String database) {
    List<FollowUpRun> runs = SalesWorld.run(SalesWorld.referenceAnd(database, "followups"), SalesRecordsTest::followUps);
    FollowUpRun db = runs.get(1);
    FollowUp completed = (FollowUp) db.queries().get("completed");
    assertThat(completed).isEqualTo(db.completion().followUp());
    assertThat(completed.subject()).isEqualTo(AWKWARD);
    assertThat(completed.due()).contains(LocalDateTime.parse("2026-03-30T09:00"));
    assertThat(db.queries().get("activity")).isEqualTo(db.completion().activity());
    assertThat(db.stale()).containsExactly(1L, 2L);
    assertThat(db.queries().get("open")).isEqualTo(7L);
    assertThat(db.queries().get("without due")).asList().hasSize(2);
    assertThat(db.queries().get("not open")).isEqualTo(db.queries().get("without due"));
    assertThat(db.queries().get("owner team")).asList().hasSize(1);
    assertThat(db.queries().get("reminders")).asList().isNotEmpty();
    List<FollowUp> withDue = db.stored().values().stream().map(FollowUp.class::cast).filter(FollowUp::isOpen).toList();
    onceEach(db.pages(), withDue);
    List<FollowUp> inOrder = db.pages().stream().flatMap(List::stream).toList();
    for (int i = 1; i < inOrder.size(); i++) {
      assertThat(inOrder.get(i).dueAt().orElseThrow().toInstant()).isAfterOrEqualTo(inOrder.get(i - 1).dueAt().orElseThrow().toInstant());
    }

    assertThat(db).isEqualTo(runs.get(0));
  }

  record CadenceRun(Cadence outbound, List<Long> stale, String duplicate, List<Enrolment> unenrolled, Map<String, Object> queries,
      List<List<Enrolment>> pages, Map<String, Object> stored) {}

  private static CadenceRun cadences(SalesWorld w) {
    Repository<Cadence, CadenceId> cadences = w.repo(Cadence.TYPE);
    Cadence outbound = cadences.insert(Cadence.of(w.ids.next(CadenceId::new), w.tenantId, "Outbound " + AWKWARD, List.of(
        CadenceStep.of(StepKind.EMAIL, "Intro e-mail", StepDelay.none()),
        CadenceStep.waitFor(StepDelay.businessDays(2)),
        CadenceStep.of(StepKind.CALL, "Intro call", StepDelay.none()),
        CadenceStep.of(StepKind.TASK, "LinkedIn", StepDelay.days(3))), w.clock.instant()));
    Cadence nurture = cadences.insert(Cadence.of(w.ids.next(CadenceId::new), w.tenantId, "Nurture", List.of(
        CadenceStep.of(StepKind.EMAIL, "Newsletter", StepDelay.days(7))), w.clock.instant()));
    List<EnrolledRecord> records = List.of(
        EnrolledRecord.lead(new LeadId("l-1")), EnrolledRecord.lead(new LeadId("l-2")), EnrolledRecord.contact(new ContactId("c-1")),
        EnrolledRecord.contact(new ContactId("c-2")), EnrolledRecord.lead(new LeadId("l-3")));
    List<Enrolment> enrolled = new ArrayList<>();
    for (EnrolledRecord r : records) {
      enrolled.add(CadenceEnrolments.enrol(w.tenant, w.ids.next(EnrolmentId::new), outbound, r, Owner.user("u-1"), BERLIN, w.clock));
      w.clock.advance(Duration.ofMinutes(7));
    }
    enrolled.add(CadenceEnrolments.enrol(w.tenant, w.ids.next(EnrolmentId::new), nurture, records.get(0), Owner.user("u-2"), NEW_YORK, w.clock));
    String duplicate = catchThrowableOfType(ValidationException.class, () -> CadenceEnrolments.enrol(
        w.tenant, w.ids.next(EnrolmentId::new), outbound, records.get(1), Owner.user("u-1"), BERLIN, w.clock)).getMessage();

    Repository<Enrolment, EnrolmentId> repo = w.repo(Enrolment.TYPE);
    w.clock.advance(Duration.ofDays(1));
    Enrolment first = enrolled.get(1);
    ScheduledStep step = first.dueStep(outbound, w.clock).orElseThrow();
    Enrolment stepped = repo.update(first.completeStep(outbound, step.index(), w.clock.instant()));
    ConcurrencyConflictException stale = catchThrowableOfType(ConcurrencyConflictException.class,
        () -> repo.update(first.pause(w.clock.instant())));
    Enrolment paused = repo.update(enrolled.get(2).pause(w.clock.instant()));
    w.clock.advance(Duration.ofDays(2));
    repo.update(paused.resume(w.clock.instant()));
    repo.update(enrolled.get(3).unenrol(ExitReason.MANUAL, w.clock.instant()));
    Activity reply = w.repo(Activity.TYPE).insert(Activity.email(w.ids.next(ActivityId::new), w.tenantId, "Re: Intro", Owner.user("u-1"),
        List.of(records.get(0).ref()), Direction.INBOUND, w.clock.instant(), w.clock.instant()));
    List<Enrolment> unenrolled = CadenceEnrolments.onActivity(w.tenant, reply);

    Repository<Enrolment, EnrolmentId> fresh = w.reopened().repository(Enrolment.TYPE);
    Map<String, Object> q = new LinkedHashMap<>();
    q.put("cadence", w.reopened().repository(Cadence.TYPE).get(outbound.id()));
    q.put("stepped", fresh.get(stepped.id()));
    q.put("in outbound", fresh.count(Criteria.eq(Enrolment.CADENCE, outbound.id().value())));
    q.put("of l-1", fresh.query(Criteria.eq(Enrolment.RECORD, records.get(0).toString())));
    q.put("live", fresh.query(Criteria.in(Enrolment.STATUS, EnrolmentStatus.ACTIVE.name(), EnrolmentStatus.PAUSED.name())));
    q.put("ended", fresh.query(Criteria.eq(Enrolment.STATUS, EnrolmentStatus.UNENROLLED.name())));
    q.put("contacts", fresh.query(Criteria.prefix(Enrolment.RECORD, "contact:")));
    q.put("next steps", fresh.query(Criteria.eq(Enrolment.CADENCE, outbound.id().value())).stream()
        .map(e -> e.nextStep(outbound)).toList());
    List<List<Enrolment>> pages = SalesWorld.pages(fresh, Criteria.all(), Sort.by(Enrolment.STATUS).then(Enrolment.RECORD), 2);
    return new CadenceRun(outbound, List.of(stale.expectedVersion(), stale.actualVersion()), duplicate, unenrolled, q, pages,
        w.snapshot(List.of(Cadence.TYPE, Enrolment.TYPE)));
  }

  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {"h2", "postgresql"})
  @DisplayName("cadences and enrolments: one live enrolment per record checked in SQL, steps, pause, replies unenrol; as in memory")
  void cadences(String database) {
    List<CadenceRun> runs = SalesWorld.run(SalesWorld.referenceAnd(database, "cadences"), SalesRecordsTest::cadences);
    CadenceRun db = runs.get(1);
    assertThat(db.queries().get("cadence")).isEqualTo(db.outbound());
    assertThat(db.duplicate()).contains("one live enrolment per record and cadence");
    assertThat(db.stale()).containsExactly(1L, 2L);
    assertThat(((Enrolment) db.queries().get("stepped")).nextStep()).isEqualTo(1);
    assertThat(db.unenrolled()).hasSize(2).allSatisfy(e -> assertThat(e.exitReason()).contains(ExitReason.REPLIED));
    assertThat(db.queries().get("of l-1")).isEqualTo(db.unenrolled());
    assertThat(db.queries().get("in outbound")).isEqualTo(5L);
    assertThat(db.queries().get("live")).asList().hasSize(3);
    assertThat(db.queries().get("contacts")).asList().hasSize(2);
    List<Enrolment> all = db.stored().values().stream().filter(Enrolment.class::isInstance).map(Enrolment.class::cast).toList();
    assertThat(all).hasSize(6);
    onceEach(db.pages(), all);

    assertThat(db).isEqualTo(runs.get(0));
  }

  record CatalogRun(Map<String, Object> queries, Map<String, Object> stored) {}

  private static CatalogRun catalog(SalesWorld w) {
    Repository<Product, ProductId> products = w.repo(Product.TYPE);
    List<Product> made = products.insertAll(Stream.of("CRM-PRO", "CRM-LITE", "SUPPORT", "TRAINING")
        .map(code -> Product.of(w.ids.next(ProductId::new), w.tenantId, code, code + " — " + AWKWARD)).toList());
    Product retired = products.update(made.get(1).withActive(false));
    ConcurrencyConflictException stale = catchThrowableOfType(ConcurrencyConflictException.class,
        () -> products.update(made.get(1).withName("stale")));
    Repository<PriceBook, PriceBookId> books = w.repo(PriceBook.TYPE);
    PriceBook standard = books.insert(PriceBook.standard(w.ids.next(PriceBookId::new), w.tenantId, "Standard")
        .withEntry(PriceBookEntry.of(made.get(0).id(), Money.of("49.00", "EUR")))
        .withEntry(PriceBookEntry.of(made.get(0).id(), Money.of("55.00", "USD")))
        .withEntry(PriceBookEntry.of(made.get(2).id(), Money.of("1200", "EUR"))));
    PriceBook partners = books.insert(PriceBook.custom(w.ids.next(PriceBookId::new), w.tenantId, "Partners")
        .withEntry(PriceBookEntry.of(made.get(0).id(), Money.of("39.00", "EUR"))));
    partners = books.update(partners.withEntry(PriceBookEntry.of(made.get(2).id(), Money.of("999.99", "EUR"))));

    var fresh = w.reopened();
    Map<String, Object> q = new LinkedHashMap<>();
    q.put("stale", List.of(stale.expectedVersion(), stale.actualVersion()));
    q.put("retired", retired);
    q.put("by code", fresh.repository(Product.TYPE).query(Criteria.eq(Product.CODE, "SUPPORT")));
    q.put("inactive", fresh.repository(Product.TYPE).query(Criteria.eq(Product.ACTIVE, false)));
    q.put("active", fresh.repository(Product.TYPE).count(Criteria.eq(Product.ACTIVE, true)));
    q.put("standard", fresh.repository(PriceBook.TYPE).query(Criteria.eq(PriceBook.STANDARD, true)));
    q.put("pricing support", fresh.repository(PriceBook.TYPE).query(Criteria.eq(PriceBook.PRODUCT_ID, made.get(2).id().value())));
    q.put("pricing lite", fresh.repository(PriceBook.TYPE).count(Criteria.eq(PriceBook.PRODUCT_ID, made.get(1).id().value())));
    q.put("partners", fresh.repository(PriceBook.TYPE).get(partners.id()));
    q.put("standard again", fresh.repository(PriceBook.TYPE).get(standard.id()));
    return new CatalogRun(q, w.snapshot(List.of(Product.TYPE, PriceBook.TYPE)));
  }

  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {"h2", "postgresql"})
  @DisplayName("products and price books: round trip, versions, boolean and multi-valued fields in queries, as in memory")
  void catalog(String database) {
    List<CatalogRun> runs = SalesWorld.run(SalesWorld.referenceAnd(database, "catalog"), SalesRecordsTest::catalog);
    CatalogRun db = runs.get(1);
    assertThat(db.queries().get("stale")).isEqualTo(List.of(1L, 2L));
    assertThat(db.queries().get("inactive")).isEqualTo(List.of(db.queries().get("retired")));
    assertThat(db.queries().get("active")).isEqualTo(3L);
    assertThat(db.queries().get("standard")).isEqualTo(List.of(db.queries().get("standard again")));
    assertThat(db.queries().get("pricing support")).asList().hasSize(2);
    assertThat(db.queries().get("pricing lite")).isEqualTo(0L);
    assertThat(((PriceBook) db.queries().get("partners")).version()).isEqualTo(2);

    assertThat(db).isEqualTo(runs.get(0));
  }

  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {"h2", "postgresql"})
  @DisplayName("an update or delete of a sales record at a stale version is refused and the stored record stays")
  void staleDelete(String database) {
    SalesWorld w = SalesWorld.of(database, SalesWorld.freshTenant("delete"));
    Repository<FollowUp, FollowUpId> repo = w.repo(FollowUp.TYPE);
    FollowUp f = repo.insert(FollowUp.builder(w.ids.next(FollowUpId::new), w.tenantId).target(FollowUpTarget.lead(new LeadId("l-1")))
        .subject("Call").owner(Owner.user("u-1")).due(LocalDateTime.parse("2026-03-10T10:00"), BERLIN).createdAt(w.clock.instant()).build());
    FollowUp renamed = repo.update(f.withSubject("Call again"));
    assertThatThrownBy(() -> repo.delete(f.id(), f.version())).isInstanceOf(ConcurrencyConflictException.class);
    assertThat(w.reopened().repository(FollowUp.TYPE).get(f.id())).isEqualTo(renamed);
    repo.delete(renamed.id(), renamed.version());
    assertThat(w.reopened().repository(FollowUp.TYPE).find(f.id())).isEmpty();
  }
}
