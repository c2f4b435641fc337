package io.crmkit.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.crmkit.core.AccessDeniedException;
import io.crmkit.core.Aggregate;
import io.crmkit.core.EntityId;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.Owner;
import io.crmkit.core.money.Money;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.PageRequest;
import io.crmkit.core.query.Sort;
import io.crmkit.core.store.EntityType;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import io.crmkit.sales.cadence.Cadence;
import io.crmkit.sales.cadence.CadenceEnrolments;
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
import io.crmkit.sales.lead.Lead;
import io.crmkit.sales.lead.LeadFields;
import io.crmkit.sales.lead.LeadId;
import io.crmkit.sales.lead.LeadService;
import io.crmkit.sales.opportunity.Opportunity;
import io.crmkit.sales.opportunity.OpportunityFields;
import io.crmkit.sales.opportunity.OpportunityId;
import io.crmkit.sales.opportunity.OpportunityStages;
import io.crmkit.sales.pipeline.PipelineCatalog;
import io.crmkit.sales.pipeline.Pipelines;
import io.crmkit.sales.product.PriceBook;
import io.crmkit.sales.product.PriceBookEntry;
import io.crmkit.sales.product.PriceBookId;
import io.crmkit.sales.product.Product;
import io.crmkit.sales.product.ProductId;
import io.crmkit.sales.quote.Quote;
import io.crmkit.sales.quote.QuoteId;
import io.crmkit.sales.quote.QuoteLine;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Another tenant of the same JDBC store sees none of a tenant's sales records — not by id, not by query on an
 * indexed field, not through the services — and cannot write them; on PostgreSQL this runs under row-level
 * security. The in-memory store answers the same.
 */
class SalesTenantIsolationTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /** One record of every sales type for the world's tenant, made through the services where there are some. */
  private static List<Aggregate<?>> populate(SalesWorld w) {
    List<Aggregate<?>> all = new ArrayList<>();
    Lead lead = LeadService.builder(w.tenant, w.clock).build().create(Lead.builder(w.ids.next(LeadId::new), w.tenantId)
        .name(PersonName.of("Grace", "Hopper")).email(ContactPoint.email("grace@remington.example", ContactPoint.Purpose.WORK))
        .owner(Owner.user("u-1")).timestamps(w.clock).build(), "u-1").lead();
    all.add(lead);
    all.add(OpportunityStages.of(w.tenant, PipelineCatalog.standard(w.tenantId), w.clock, e -> {})
        .open(Opportunity.builder(w.ids.next(OpportunityId::new), w.tenantId).name("Deal").account(new AccountId("acme"))
            .owner(Owner.user("u-1")).closeDate(LocalDate.parse("2026-06-30")).amount(Money.of("100", "EUR"))
            .startIn(Pipelines.standardSales(), w.clock.instant()).build()));
    all.add(w.repo(Quote.TYPE).insert(Quote.draft(w.ids.next(QuoteId::new), w.tenantId, new OpportunityId("o-1"), Money.currency("EUR"),
        BERLIN, List.of(QuoteLine.of("X", "X", "1", Money.of("10", "EUR"), "19")), LocalDate.parse("2026-04-30"), w.clock.instant())));
    all.add(w.repo(FollowUp.TYPE).insert(FollowUp.builder(w.ids.next(FollowUpId::new), w.tenantId).target(FollowUpTarget.lead(lead.id()))
        .subject("Call").owner(Owner.user("u-1")).due(LocalDateTime.parse("2026-03-10T10:00"), BERLIN).createdAt(w.clock.instant()).build()));
    Cadence cadence = w.repo(Cadence.TYPE).insert(Cadence.of(w.ids.next(CadenceId::new), w.tenantId, "Outbound",
        List.of(CadenceStep.of(StepKind.EMAIL, "Intro", StepDelay.none())), w.clock.instant()));
    all.add(cadence);
    all.add(CadenceEnrolments.enrol(w.tenant, w.ids.next(EnrolmentId::new), cadence, EnrolledRecord.lead(lead.id()), Owner.user("u-1"),
        BERLIN, w.clock));
    Product product = w.repo(Product.TYPE).insert(Product.of(w.ids.next(ProductId::new), w.tenantId, "CRM-PRO", "CRM Pro"));
    all.add(product);
    all.add(w.repo(PriceBook.TYPE).insert(PriceBook.standard(w.ids.next(PriceBookId::new), w.tenantId, "Standard")
        .withEntry(PriceBookEntry.of(product.id(), Money.of("49", "EUR")))));
    return all;
  }

  private static Map<String, Object> isolation(SalesWorld a) {
    List<Aggregate<?>> records = populate(a);
    SalesWorld b = a.otherTenant("other");
    Map<String, Object> seen = new LinkedHashMap<>();
    for (EntityType<?, ?> type : SalesWorld.SALES_TYPES) {
      seen.put(type.name() + " count", b.tenant.repository(type).count(Criteria.all()));
      seen.put(type.name() + " page", b.tenant.repository(type).page(Criteria.all(), Sort.byId(), PageRequest.first(10)).items());
    }
    for (Aggregate<?> r : records) {
      seen.put(r.id() + " find", find(b.tenant, r));
      seen.put(r.id() + " update", outcome(() -> update(b.tenant, r)));
      seen.put(r.id() + " insert", outcome(() -> insert(b.tenant, r)));
      seen.put(r.id() + " unchanged", find(a.reopened(), r).equals(Optional.of(r)));
    }
    Lead lead = (Lead) records.get(0);
    seen.put("lead by e-mail", b.repo(Lead.TYPE).query(Criteria.eq(LeadFields.EMAIL, "grace@remington.example")));
    seen.put("opportunity by account", b.repo(Opportunity.TYPE).query(Criteria.eq(OpportunityFields.ACCOUNT_ID, "acme")));
    seen.put("quote by opportunity", b.repo(Quote.TYPE).query(Criteria.eq(Quote.OPPORTUNITY, "o-1")));
    seen.put("follow-up by target", b.repo(FollowUp.TYPE).query(Criteria.eq(FollowUp.TARGET, FollowUpTarget.lead(lead.id()).toString())));
    seen.put("enrolment by record", b.repo(Enrolment.TYPE).query(Criteria.eq(Enrolment.RECORD, EnrolledRecord.lead(lead.id()).toString())));
    seen.put("product by code", b.repo(Product.TYPE).query(Criteria.eq(Product.CODE, "CRM-PRO")));
    seen.put("price book by product", b.repo(PriceBook.TYPE).query(Criteria.eq(PriceBook.PRODUCT_ID, records.get(6).id().value())));
    seen.put("lead service", outcome(() -> LeadService.builder(b.tenant, b.clock).build().changeStatus(lead.id(), lead.version(), "work", "u-2")));
    Opportunity deal = (Opportunity) records.get(1);
    seen.put("opportunity stages", outcome(() -> OpportunityStages.of(b.tenant, PipelineCatalog.standard(b.tenantId), b.clock, e -> {})
        .move(deal.id(), deal.version(), "qualification")));
    // the same id in the other tenant is another record
    Product twin = b.repo(Product.TYPE).insert(Product.of((ProductId) records.get(6).id(), b.tenantId, "CRM-PRO", "B's own"));
    seen.put("twin", b.repo(Product.TYPE).get(twin.id()).name());
    seen.put("original", a.reopened().repository(Product.TYPE).get(twin.id()).name());
    seen.put("a's records", a.snapshot(SalesWorld.SALES_TYPES).size());
    return seen;
  }

  @SuppressWarnings("unchecked")
  private static <T extends Aggregate<I>, I extends EntityId> Optional<T> find(TenantStore store, Aggregate<?> r) {
    EntityType<T, I> type = (EntityType<T, I>) typeOf(r);
    return store.repository(type).find((I) r.id());
  }

  @SuppressWarnings("unchecked")
  private static <T extends Aggregate<I>, I extends EntityId> T update(TenantStore store, Aggregate<?> r) {
    EntityType<T, I> type = (EntityType<T, I>) typeOf(r);
    return store.repository(type).update((T) r);
  }

  @SuppressWarnings("unchecked")
  private static <T extends Aggregate<I>, I extends EntityId> T insert(TenantStore store, Aggregate<?> r) {
    EntityType<T, I> type = (EntityType<T, I>) typeOf(r);
    Repository<T, I> repo = store.repository(type);
    return repo.insert((T) r.withVersion(0));
  }

  private static EntityType<?, ?> typeOf(Aggregate<?> r) {
    return SalesWorld.SALES_TYPES.stream().filter(t -> t.javaType().isInstance(r)).findFirst().orElseThrow();
  }

  /** The class of what {@code work} threw, or "no exception". */
  private static String outcome(Runnable work) {
    Throwable t = catchThrowable(work::run);
    return t == null ? "no exception" : t.getClass().getSimpleName();
  }

  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {"h2", "postgresql"})
  @DisplayName("another tenant of the store sees and changes none of a tenant's sales records; as in memory")
  void otherTenantSeesNothing(String database) {
    List<Map<String, Object>> runs = SalesWorld.run(SalesWorld.referenceAnd(database, "isolated"), SalesTenantIsolationTest::isolation);
    Map<String, Object> db = runs.get(1);
    db.forEach((what, value) -> {
      if (what.endsWith(" count")) {
        assertThat(value).as(what).isEqualTo(0L);
      } else if (what.endsWith(" page") || what.endsWith(" find") || what.startsWith("lead by") || what.contains(" by ")) {
        assertThat(value).as(what).satisfiesAnyOf(
            v -> assertThat(v).isEqualTo(List.of()), v -> assertThat(v).isEqualTo(Optional.empty()));
      } else if (what.endsWith(" update") || what.endsWith(" insert")) {
        assertThat(value).as(what).isEqualTo(AccessDeniedException.class.getSimpleName());
      } else if (what.endsWith(" unchanged")) {
        assertThat(value).as(what).isEqualTo(true);
      }
    });
    assertThat(db.get("lead service")).isEqualTo(NotFoundException.class.getSimpleName());
    assertThat(db.get("opportunity stages")).isEqualTo(NotFoundException.class.getSimpleName());
    assertThat(db.get("twin")).isEqualTo("B's own");
    assertThat(db.get("original")).isEqualTo("CRM Pro");
    assertThat(db.get("a's records")).isEqualTo(8);

    assertThat(db).isEqualTo(runs.get(0));
  }
}
