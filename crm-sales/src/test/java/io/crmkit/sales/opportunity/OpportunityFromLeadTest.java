package io.crmkit.sales.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.IdGenerator;
import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.money.Money;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.sales.forecast.FiscalCalendar;
import io.crmkit.sales.lead.ConversionContribution;
import io.crmkit.sales.lead.ConversionInfo;
import io.crmkit.sales.lead.ConversionParticipant;
import io.crmkit.sales.lead.ConversionRequest;
import io.crmkit.sales.lead.ConversionResult;
import io.crmkit.sales.lead.Lead;
import io.crmkit.sales.lead.LeadConversion;
import io.crmkit.sales.lead.LeadId;
import io.crmkit.sales.lead.LeadService;
import io.crmkit.sales.lead.LifecycleStage;
import io.crmkit.sales.lead.OpportunityRequest;
import io.crmkit.sales.pipeline.ForecastCategory;
import io.crmkit.sales.pipeline.Pipeline;
import io.crmkit.sales.pipeline.PipelineCatalog;
import io.crmkit.sales.pipeline.Pipelines;
import io.crmkit.sales.pipeline.Stage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OpportunityFromLeadTest {
  static final TenantId ACME = TenantId.of("acme");
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final Pipeline RENEWALS = Pipeline.of("renewals", "renewal", List.of(
      Stage.open("review", "Review", 1, 40, ForecastCategory.BEST_CASE),
      Stage.won("renewed", "Renewed", 2),
      Stage.lost("churned", "Churned", 3)));
  static final PipelineCatalog CATALOG = PipelineCatalog.of(ACME, List.of(Pipelines.standardSales(), RENEWALS));

  /** A qualified lead in a fresh store whose clock stands at {@code now}. */
  static final class World {
    final Clock clock;
    final IdGenerator ids;
    final TenantStore tenant = InMemoryStore.create().forTenant(ACME);
    final Lead lead;

    World(Instant now, UnaryOperator<Lead.Builder> lead) {
      this.clock = Clock.fixed(now, ZoneOffset.UTC);
      this.ids = IdGenerator.uuidV7(clock);
      LeadService leads = LeadService.builder(tenant, clock).build();
      Lead stored = leads.create(lead.apply(Lead.builder(ids.next(LeadId::new), ACME)
          .name(PersonName.of("Grace", "Hopper")).owner(Owner.user("u-1")).timestamps(clock)).build(), "u-1").lead();
      stored = leads.changeStatus(stored.id(), stored.version(), "work", "u-1").lead();
      this.lead = leads.changeStatus(stored.id(), stored.version(), "qualify", "u-1").lead();
    }

    World(UnaryOperator<Lead.Builder> lead) {
      this(Instant.parse("2026-01-15T10:00:00Z"), lead);
    }

    LeadConversion.Builder conversion(ConversionParticipant... participants) {
      LeadConversion.Builder b = LeadConversion.builder(tenant, clock, ids);
      Stream.of(participants).forEach(b::participant);
      return b;
    }

    ConversionRequest request() {
      return ConversionRequest.of(lead.id(), lead.version(), "u-7");
    }

    List<Opportunity> opportunities() {
      try (Stream<Opportunity> s = tenant.repository(Opportunity.TYPE).stream(Criteria.all())) {
        return s.toList();
      }
    }

    long count(io.crmkit.core.store.EntityType<?, ?> type) {
      return tenant.repository(type).count(Criteria.all());
    }
  }

  static OpportunityFromLead participant() {
    return OpportunityFromLead.of(CATALOG, Money.currency("EUR"), BERLIN);
  }

  @Test
  @DisplayName("converting with defaults creates one opportunity on the account, with the contact as primary role")
  void defaults() {
    World w = new World(b -> b.company("Remington Rand"));
    ConversionResult r = w.conversion(participant()).build().convert(w.request().withOpportunity(OpportunityRequest.defaults()));

    assertThat(w.opportunities()).hasSize(1);
    Opportunity deal = w.opportunities().get(0);
    assertThat(r.opportunity()).contains(deal.id());
    assertThat(r.event().opportunity()).contains(deal.id());
    assertThat(r.lead().conversion().flatMap(ConversionInfo::opportunity)).contains(deal.id());
    assertThat(r.lead().stage()).isEqualTo(LifecycleStage.OPPORTUNITY);
    assertThat(r.event().contributions()).containsEntry(OpportunityFromLead.NAME, List.of(deal.ref()));

    assertThat(deal.name()).isEqualTo("Remington Rand -");
    assertThat(deal.account()).isEqualTo(r.account().id());
    assertThat(deal.owner()).isEqualTo(Owner.user("u-1"));                 // the lead's owner: no other asked
    assertThat(deal.contactRoles()).containsExactly(ContactRole.primary(r.contact().id(), ContactRole.Role.OTHER));
    assertThat(deal.primaryContact()).contains(r.contact().id());
    assertThat(deal.pipeline()).isEqualTo("standard_sales");
    assertThat(deal.stage()).isEqualTo(Pipelines.standardSales().initialStage().key());
    assertThat(deal.probability()).isEqualTo(10);
    assertThat(deal.forecastCategory()).isEqualTo(ForecastCategory.PIPELINE);
    assertThat(deal.closeDate()).isEqualTo(LocalDate.parse("2026-03-31"));  // end of the quarter of 15 January
    assertThat(deal.amount()).isEqualTo(Money.zero(Money.currency("EUR")));
    assertThat(deal.createdAt()).isEqualTo(r.event().at());
    assertThat(deal.version()).isEqualTo(1);
  }

  @Test
  @DisplayName("the request's name, record type, close date, amount and record owner are used")
  void asked() {
    World w = new World(b -> b.company("Remington Rand"));
    ConversionResult r = w.conversion(participant().withContactRole(ContactRole.Role.DECISION_MAKER)).build()
        .convert(w.request().ownedBy(Owner.user("u-3")).withOpportunity(OpportunityRequest.named("UNIVAC renewal")
            .withRecordType("renewal").withCloseDate(LocalDate.parse("2026-09-30")).withAmount(Money.of("12500.00", "USD"))));

    Opportunity deal = w.tenant.repository(Opportunity.TYPE).get(r.opportunity().orElseThrow());
    assertThat(deal.name()).isEqualTo("UNIVAC renewal");
    assertThat(deal.pipeline()).isEqualTo("renewals");
    assertThat(deal.stage()).isEqualTo("review");
    assertThat(deal.probability()).isEqualTo(40);
    assertThat(deal.forecastCategory()).isEqualTo(ForecastCategory.BEST_CASE);
    assertThat(deal.closeDate()).isEqualTo(LocalDate.parse("2026-09-30"));
    assertThat(deal.amount()).isEqualTo(Money.of("12500.00", "USD"));
    assertThat(deal.currency()).isEqualTo(Money.currency("USD"));
    assertThat(deal.owner()).isEqualTo(Owner.user("u-3"));
    assertThat(deal.contactRoles()).containsExactly(ContactRole.primary(r.contact().id(), ContactRole.Role.DECISION_MAKER));
  }

  @Test
  @DisplayName("without a company the default name is the person's; a currency without amount gives zero in it")
  void noCompany() {
    World w = new World(b -> b.noCompany());
    ConversionResult r = w.conversion(participant()).build()
        .convert(w.request().withOpportunity(OpportunityRequest.defaults().withCurrency(Money.currency("CHF"))));
    Opportunity deal = w.tenant.repository(Opportunity.TYPE).get(r.opportunity().orElseThrow());
    assertThat(deal.name()).isEqualTo(PersonName.of("Grace", "Hopper").fullName());
    assertThat(deal.amount()).isEqualTo(Money.zero(Money.currency("CHF")));
  }

  @Test
  @DisplayName("the default close date is the quarter's end in the participant's zone, or the fiscal calendar's")
  void closeDateInZone() {
    // 23:30 UTC on 31 March is already 1 April in Berlin: the next quarter
    World w = new World(Instant.parse("2026-03-31T23:30:00Z"), b -> b.company("Remington Rand"));
    Opportunity berlin = w.tenant.repository(Opportunity.TYPE).get(w.conversion(participant()).build()
        .convert(w.request().withOpportunity(OpportunityRequest.defaults())).opportunity().orElseThrow());
    assertThat(berlin.closeDate()).isEqualTo(LocalDate.parse("2026-06-30"));

    World utc = new World(Instant.parse("2026-03-31T23:30:00Z"), b -> b.company("Remington Rand"));
    OpportunityFromLead fiscal = OpportunityFromLead.of(CATALOG, Money.currency("EUR"), ZoneOffset.UTC)
        .withFiscalCalendar(FiscalCalendar.fiscal(Month.FEBRUARY, FiscalCalendar.Granularity.QUARTER));
    Opportunity deal = utc.tenant.repository(Opportunity.TYPE).get(utc.conversion(fiscal).build()
        .convert(utc.request().withOpportunity(OpportunityRequest.defaults())).opportunity().orElseThrow());
    assertThat(deal.closeDate()).isEqualTo(LocalDate.parse("2026-04-30"));   // fiscal quarter February–April
  }

  @Test
  @DisplayName("without an opportunity in the request, none is created")
  void notAsked() {
    World w = new World(b -> b.company("Remington Rand"));
    ConversionResult r = w.conversion(participant()).build().convert(w.request());
    assertThat(r.opportunity()).isEmpty();
    assertThat(w.opportunities()).isEmpty();
    assertThat(r.event().contributions()).containsEntry(OpportunityFromLead.NAME, List.of());
  }

  @Test
  @DisplayName("a failure later in the conversion leaves no opportunity, account or contact behind")
  void allOrNothing() {
    World w = new World(b -> b.company("Remington Rand"));
    ConversionParticipant failing = new ConversionParticipant() {
      @Override
      public String name() {
        return "host_records";
      }

      @Override
      public ConversionContribution participate(io.crmkit.sales.lead.ConversionContext context) {
        // the opportunity is visible inside the transaction, then the host fails
        assertThat(context.store().repository(Opportunity.TYPE).count(Criteria.all())).isEqualTo(1);
        throw new IllegalStateException("host system down");
      }
    };
    assertThatThrownBy(() -> w.conversion(participant(), failing).build()
        .convert(w.request().withOpportunity(OpportunityRequest.defaults())))
        .isInstanceOf(IllegalStateException.class).hasMessage("host system down");
    assertThat(w.opportunities()).isEmpty();
    assertThat(w.count(Account.TYPE)).isZero();
    assertThat(w.count(Contact.TYPE)).isZero();
    assertThat(w.tenant.repository(Lead.TYPE).get(w.lead.id())).isEqualTo(w.lead);
  }

  @Test
  @DisplayName("an unknown record type is refused, naming it, and nothing is written")
  void unknownRecordType() {
    World w = new World(b -> b.company("Remington Rand"));
    assertThatThrownBy(() -> w.conversion(participant()).build()
        .convert(w.request().withOpportunity(OpportunityRequest.defaults().withRecordType("partner"))))
        .isInstanceOf(ValidationException.class).hasMessageContaining("'partner' has no pipeline");
    assertThat(w.opportunities()).isEmpty();
    assertThat(w.count(Account.TYPE)).isZero();
    assertThatThrownBy(() -> participant().withRecordType("partner"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("'partner' has no pipeline");
  }

  @Test
  @DisplayName("a catalog of another tenant is refused")
  void otherTenant() {
    World w = new World(b -> b.company("Remington Rand"));
    OpportunityFromLead globex = OpportunityFromLead.of(PipelineCatalog.standard(TenantId.of("globex")), Money.currency("EUR"), BERLIN);
    assertThatThrownBy(() -> w.conversion(globex).build().convert(w.request().withOpportunity(OpportunityRequest.defaults())))
        .isInstanceOf(ValidationException.class).hasMessageContaining("globex");
    assertThat(w.opportunities()).isEmpty();
    assertThat(w.count(Activity.TYPE)).isZero();
  }

  @Test
  @DisplayName("the request's opportunity values are validated when made")
  void requestValidation() {
    assertThatThrownBy(() -> OpportunityRequest.defaults().withAmount(Money.of("5", "EUR")).withCurrency(Money.currency("USD")))
        .isInstanceOf(ValidationException.class).hasMessageContaining("opportunity.currency");
    assertThatThrownBy(() -> OpportunityRequest.defaults().withRecordType("Partner Deals"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("opportunity.recordType");
    assertThatThrownBy(() -> OpportunityRequest.defaults().withAmount(Money.of("-1", "EUR")))
        .isInstanceOf(ValidationException.class).hasMessageContaining("opportunity.amount");
    assertThatThrownBy(() -> OpportunityRequest.named(" "))
        .isInstanceOf(ValidationException.class).hasMessageContaining("opportunity.name");
  }
}
