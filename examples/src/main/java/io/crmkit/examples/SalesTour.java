package io.crmkit.examples;

import io.crmkit.core.IllegalTransitionException;
import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.Direction;
import io.crmkit.core.event.DomainEvent;
import io.crmkit.core.event.EventPublisher;
import io.crmkit.core.event.InProcessEventPublisher;
import io.crmkit.core.field.CustomFields;
import io.crmkit.core.field.FieldValue;
import io.crmkit.core.money.ExchangeRate;
import io.crmkit.core.money.InMemoryExchangeRates;
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
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.sales.assignment.AssignmentDecision;
import io.crmkit.sales.assignment.AssignmentRules;
import io.crmkit.sales.assignment.AssignmentTarget;
import io.crmkit.sales.assignment.RoundRobin;
import io.crmkit.sales.assignment.RoundRobinPick;
import io.crmkit.sales.assignment.RoundRobinState;
import io.crmkit.sales.cadence.Cadence;
import io.crmkit.sales.cadence.CadenceEnrolments;
import io.crmkit.sales.cadence.CadenceId;
import io.crmkit.sales.cadence.CadenceStep;
import io.crmkit.sales.cadence.EnrolledRecord;
import io.crmkit.sales.cadence.Enrolment;
import io.crmkit.sales.cadence.EnrolmentId;
import io.crmkit.sales.cadence.ScheduledStep;
import io.crmkit.sales.cadence.StepDelay;
import io.crmkit.sales.cadence.StepKind;
import io.crmkit.sales.followup.FollowUp;
import io.crmkit.sales.followup.FollowUpId;
import io.crmkit.sales.followup.FollowUpTarget;
import io.crmkit.sales.followup.Recurrence;
import io.crmkit.sales.followup.Reminder;
import io.crmkit.sales.forecast.FiscalCalendar;
import io.crmkit.sales.forecast.Forecast;
import io.crmkit.sales.forecast.ForecastFigures;
import io.crmkit.sales.forecast.ForecastHierarchy;
import io.crmkit.sales.forecast.ForecastPeriod;
import io.crmkit.sales.forecast.ForecastRollup;
import io.crmkit.sales.forecast.ForecastRow;
import io.crmkit.sales.forecast.Quota;
import io.crmkit.sales.forecast.QuotaAttainment;
import io.crmkit.sales.geo.GeoPoint;
import io.crmkit.sales.geo.RoutePlan;
import io.crmkit.sales.geo.RoutePlanner;
import io.crmkit.sales.geo.RouteRequest;
import io.crmkit.sales.geo.Stop;
import io.crmkit.sales.geo.TimeWindow;
import io.crmkit.sales.lead.ConversionRequest;
import io.crmkit.sales.lead.ConversionResult;
import io.crmkit.sales.lead.Lead;
import io.crmkit.sales.lead.LeadConversion;
import io.crmkit.sales.lead.LeadConverted;
import io.crmkit.sales.lead.LeadId;
import io.crmkit.sales.lead.LeadService;
import io.crmkit.sales.lead.LeadSource;
import io.crmkit.sales.lead.OpportunityRequest;
import io.crmkit.sales.opportunity.ContactRole;
import io.crmkit.sales.opportunity.Opportunity;
import io.crmkit.sales.opportunity.OpportunityFromLead;
import io.crmkit.sales.opportunity.OpportunityId;
import io.crmkit.sales.opportunity.OpportunityStages;
import io.crmkit.sales.opportunity.StageMove;
import io.crmkit.sales.performance.PerformanceMetrics;
import io.crmkit.sales.performance.PerformanceReport;
import io.crmkit.sales.performance.SalesPerformance;
import io.crmkit.sales.pipeline.ForecastCategory;
import io.crmkit.sales.pipeline.Pipeline;
import io.crmkit.sales.pipeline.PipelineCatalog;
import io.crmkit.sales.pipeline.Pipelines;
import io.crmkit.sales.pipeline.RequiredField;
import io.crmkit.sales.pipeline.Stage;
import io.crmkit.sales.product.LineItem;
import io.crmkit.sales.product.PriceBook;
import io.crmkit.sales.product.PriceBookEntry;
import io.crmkit.sales.product.PriceBookId;
import io.crmkit.sales.product.Product;
import io.crmkit.sales.product.ProductId;
import io.crmkit.sales.quote.OpportunityQuotes;
import io.crmkit.sales.quote.Quote;
import io.crmkit.sales.quote.QuoteAccepted;
import io.crmkit.sales.quote.QuoteDocuments;
import io.crmkit.sales.quote.QuoteId;
import io.crmkit.sales.quote.QuoteOutcome;
import io.crmkit.sales.quote.QuoteParties;
import io.crmkit.sales.quote.QuoteTaxes;
import io.crmkit.sales.quote.QuoteTemplate;
import io.crmkit.sales.quote.QuoteTotals;
import io.crmkit.sales.quote.TaxLine;
import io.crmkit.sales.scoring.ClosedLead;
import io.crmkit.sales.scoring.DecayPolicy;
import io.crmkit.sales.scoring.EngagementEvent;
import io.crmkit.sales.scoring.FeatureContribution;
import io.crmkit.sales.scoring.FrequencyTable;
import io.crmkit.sales.scoring.GroupScore;
import io.crmkit.sales.scoring.LeadProbability;
import io.crmkit.sales.scoring.LeadScoring;
import io.crmkit.sales.scoring.OpportunityScoring;
import io.crmkit.sales.scoring.OpportunityWinProbability;
import io.crmkit.sales.scoring.PlsObservation;
import io.crmkit.sales.scoring.PlsOutcome;
import io.crmkit.sales.scoring.PlsStage;
import io.crmkit.sales.scoring.PlsVariable;
import io.crmkit.sales.scoring.PredictiveLeadScorer;
import io.crmkit.sales.scoring.PredictiveScoringModel;
import io.crmkit.sales.scoring.RuleContribution;
import io.crmkit.sales.scoring.RuleScore;
import io.crmkit.sales.scoring.RuleScorer;
import io.crmkit.sales.scoring.RuleScoringModel;
import io.crmkit.sales.scoring.ScoreGroup;
import io.crmkit.sales.scoring.ScoreThreshold;
import io.crmkit.sales.scoring.ScoreThresholds;
import io.crmkit.sales.scoring.ScoringExtractor;
import io.crmkit.sales.scoring.ScoringRule;
import io.crmkit.sales.scoring.ThresholdDecision;
import io.crmkit.sales.scoring.ThresholdState;
import io.crmkit.sales.scoring.WinProbability;
import io.crmkit.sales.territory.AccountCondition;
import io.crmkit.sales.territory.AccountProfile;
import io.crmkit.sales.territory.Territory;
import io.crmkit.sales.territory.TerritoryMembership;
import io.crmkit.sales.territory.TerritoryModel;
import io.crmkit.sales.territory.TerritoryRule;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sales chapter of {@code crm demo}: a DACH and Nordics sales team on the in-memory store, printed as it
 * goes. Leads arrive and are routed by territory, assignment rules and round robin; they are scored by rules and
 * by Odoo-style predictive scoring; a cadence ends when a prospect replies; one lead is qualified and converted
 * into an existing account, the conversion creating its opportunity; that opportunity moves through the standard
 * pipeline (a guard refuses one move until line items from a price book give it an amount), gets a quote made from
 * its line items as HTML and PDF, and is won;
 * a monthly follow-up crosses a daylight-saving change; the quarter's forecast rolls up by owner and team in
 * euros (Swiss deals converted at a dated rate) against quotas; each rep's performance is measured; and one
 * day of customer visits is planned.
 *
 * <pre>{@code
 * SalesTour.Outcome outcome = new SalesTour(Instant.parse("2026-01-15T10:00:00Z"), TenantId.of("demo"),
 *     ZoneId.of("Europe/Berlin"), new PrintWriter(System.out, true)).run();
 * }</pre>
 *
 * <p>Given the same start instant, tenant and zone the output is the same on every run: the story's clock only
 * moves when the story says so, the last 200 days' deals are replayed at instants counted back from the start, and ids
 * are counted ({@code lead-1}, {@code opp-1}, ...). The team works in Europe/Berlin (Sigrid in Europe/Oslo): their
 * schedules keep those zones whatever {@code zone} the times are displayed in.
 */
public final class SalesTour extends Tour {
  /** Where the DACH team works; follow-ups and visits are scheduled in this zone. */
  public static final ZoneId TEAM_ZONE = ZoneId.of("Europe/Berlin");
  /** The currency of forecasts, quotas and performance. */
  public static final Currency EUR = Money.currency("EUR");
  /** The currency of the Swiss deals. */
  public static final Currency CHF = Money.currency("CHF");

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd", Locale.ENGLISH);
  private static final Owner JONAS = Owner.user("jonas");
  private static final Owner LEA = Owner.user("lea");
  private static final Owner EMRE = Owner.user("emre");
  private static final Owner SIGRID = Owner.user("sigrid");
  private static final Set<String> AWAY_TODAY = Set.of("emre");

  private final Map<String, String> names = new LinkedHashMap<>();

  /**
   * A sales tour of {@code tenant} that starts at {@code start}, shows times in {@code zone} and prints to
   * {@code out}.
   */
  public SalesTour(Instant start, TenantId tenant, ZoneId zone, PrintWriter out) {
    super("S", start, tenant, zone, out);
    names.put("user:jonas", "Jonas Groß");
    names.put("user:lea", "Léa Moreau");
    names.put("user:emre", "Emre Yılmaz");
    names.put("user:sigrid", "Sigrid Østergaard");
  }

  /**
   * What the tour did, for callers that want the facts rather than the text.
   *
   * @param store the tenant store the tour wrote to
   * @param leads the leads that arrived, as created (owner from the routing)
   * @param routing each lead's assignment decisions, the rule's first and then the round robin's if it ran
   * @param scores each lead's rule-based score as of its arrival
   * @param predictions each lead's predicted win probability
   * @param conversion the conversion of the qualified lead
   * @param deal the opportunity the conversion created, as won
   * @param guardRefusal the refusal of the move that lacked a required field
   * @param quote the accepted quote
   * @param quoteHtml the quote as HTML
   * @param quotePdf the quote as PDF
   * @param followUp the recurring follow-up after the win
   * @param enrolment the cadence enrolment after the prospect's reply
   * @param rates the exchange rates the figures were converted at
   * @param rateDate the day the forecast and the performance were taken, and their rate date
   * @param forecast the forecast of this quarter and the next
   * @param attainments the quota attainments of this quarter
   * @param performance the performance of every rep and team
   * @param route the plan of the next working day's visits
   */
  public record Outcome(
      TenantStore store,
      List<Lead> leads,
      Map<LeadId, List<AssignmentDecision>> routing,
      Map<LeadId, RuleScore> scores,
      Map<LeadId, LeadProbability> predictions,
      ConversionResult conversion,
      Opportunity deal,
      IllegalTransitionException guardRefusal,
      Quote quote,
      String quoteHtml,
      byte[] quotePdf,
      FollowUp followUp,
      Enrolment enrolment,
      InMemoryExchangeRates rates,
      LocalDate rateDate,
      Forecast forecast,
      List<QuotaAttainment> attainments,
      PerformanceReport performance,
      RoutePlan route) {}

  /** Runs the tour and returns what it did. */
  public Outcome run() {
    InMemoryStore store = InMemoryStore.create();
    TenantStore crm = store.forTenant(tenant);
    InProcessEventPublisher bus = new InProcessEventPublisher();
    List<String> published = new ArrayList<>();
    bus.subscribe(DomainEvent.class, e -> published.add(e.getClass().getSimpleName()));

    // ---------------------------------------------------------------------------------------------------------
    heading("Sales: a team, territories and a price book");
    LocalDate today = LocalDate.ofInstant(clock.instant(), TEAM_ZONE);
    ForecastHierarchy teams = ForecastHierarchy.builder("company", "crmkit Demo Sales")
        .group("dach", "DACH", "company")
        .owner(JONAS, names.get("user:jonas"), "dach")
        .owner(LEA, names.get("user:lea"), "dach")
        .owner(EMRE, names.get("user:emre"), "dach")
        .group("nordics", "Nordics", "company")
        .owner(SIGRID, names.get("user:sigrid"), "nordics")
        .build();
    TerritoryModel territories = TerritoryModel.of(tenant, List.of(
        Territory.root("europe"),
        Territory.child("dach", "europe")
            .withRule(TerritoryRule.of("dach-countries", AccountCondition.country("DE", "AT", "CH")))
            .withMembers(List.of("jonas", "lea", "emre")),
        Territory.child("nordics", "europe")
            .withRule(TerritoryRule.of("nordic-countries", AccountCondition.country("DK", "FI", "NO", "SE")))
            .withMembers(List.of("sigrid"))));
    say("Team: DACH (%s, %s, %s) and Nordics (%s), all in one forecast hierarchy.",
        names.get("user:jonas"), names.get("user:lea"), names.get("user:emre"), names.get("user:sigrid"));
    for (Territory t : territories.territories()) {
      if (t.parent().isPresent()) {
        say("Territory %-8s %s, members %s", t.name(),
            t.rules().stream().map(r -> r.name() + ": " + r.conditions().stream().map(AccountCondition::describe)
                .collect(Collectors.joining(" and "))).collect(Collectors.joining("; ")), t.members());
      }
    }

    Repository<Account, AccountId> accounts = crm.repository(Account.TYPE);
    Account mueller = accounts.insert(account("Müller & Söhne Maschinenbau GmbH", "https://www.mueller-soehne.example/",
        "Manufacturing", PostalAddress.of(List.of("Lerchenauer Straße 12"), "München", "80809", "DE"), 420, JONAS));
    Account zuerich = accounts.insert(account("Zürcher Präzision AG", "zuercher-praezision.example", "Manufacturing",
        PostalAddress.of(List.of("Hardturmstrasse 101"), "Zürich", "8005", "CH"), 180, LEA));
    Account nordljus = accounts.insert(account("Nordljus Energi AB", "nordljus.example", "Energy",
        PostalAddress.of(List.of("Lindholmspiren 7"), "Göteborg", "417 56", "SE"), 950, SIGRID));
    Account hoefler = accounts.insert(account("Brauerei Höfler KG", "hoefler-brau.example", "Food & Beverage",
        PostalAddress.of(List.of("Obere Hauptstraße 3"), "Freising", "85354", "DE"), 60, JONAS));
    Account gruenwald = accounts.insert(account("Café Grünwald", "cafe-gruenwald.example", "Hospitality",
        PostalAddress.of(List.of("Marktplatz 1"), "Grünwald", "82031", "DE"), 12, LEA));
    for (Account a : List.of(mueller, zuerich, nordljus)) {
      say("Account %-34s %s", a.name(), territories.evaluate(AccountProfile.of(a)).stream()
          .map(TerritoryMembership::explanation).collect(Collectors.joining("; ")));
    }

    Repository<Product, ProductId> products = crm.repository(Product.TYPE);
    Product seat = products.insert(Product.of(new ProductId("crm-pro"), tenant, "CRM-PRO", "crmkit Pro seat (12 months)"));
    Product workshop = products.insert(Product.of(new ProductId("onboard"), tenant, "ONBOARD", "Onboarding workshop (day)"));
    Product connector = products.insert(Product.of(new ProductId("iot-link"), tenant, "IOT-LINK", "Machine data connector"));
    PriceBook prices = crm.repository(PriceBook.TYPE).insert(PriceBook.standard(new PriceBookId("standard"), tenant, "Standard 2026")
        .withEntry(PriceBookEntry.of(seat.id(), Money.of("49.00", "EUR")))
        .withEntry(PriceBookEntry.of(seat.id(), Money.of("47.00", "CHF")))
        .withEntry(PriceBookEntry.of(workshop.id(), Money.of("1450.00", "EUR")))
        .withEntry(PriceBookEntry.of(workshop.id(), Money.of("1400.00", "CHF")))
        .withEntry(PriceBookEntry.of(connector.id(), Money.of("2900.00", "EUR")))
        .withEntry(PriceBookEntry.of(connector.id(), Money.of("2800.00", "CHF"))));
    for (Product p : List.of(seat, workshop, connector)) {
      say("Product %-9s %-30s %10s  %10s", p.code(), p.name(), money(prices.requireActiveEntry(p.id(), EUR).listPrice()),
          money(prices.requireActiveEntry(p.id(), CHF).listPrice()));
    }

    // the tenant's copy of Salesforce's standard pipeline: there is no quote without a price
    List<Stage> stages = Pipelines.standardSales().stages().stream()
        .map(s -> s.key().equals("proposal_price_quote") ? s.requiring(RequiredField.AMOUNT) : s)
        .toList();
    Pipeline pipeline = Pipeline.of(Pipelines.standardSales().name(), Pipelines.DEFAULT_RECORD_TYPE, stages);
    PipelineCatalog catalog = PipelineCatalog.of(tenant, List.of(pipeline));
    OpportunityStages opportunities = OpportunityStages.of(crm, catalog, clock, bus);
    say("Pipeline '%s' (Salesforce's standard; here 'Proposal/Price Quote' requires an amount):", pipeline.name());
    for (int i = 0; i < pipeline.stages().size(); i += 5) {
      say("    %s", pipeline.stages().subList(i, Math.min(i + 5, pipeline.stages().size())).stream()
          .map(s -> s.label() + " " + s.defaultProbability() + " %").collect(Collectors.joining(", ")));
    }

    InMemoryExchangeRates rates = new InMemoryExchangeRates()
        .add(new ExchangeRate(CHF, EUR, new BigDecimal("1.0650"), today.withDayOfMonth(1)));
    say("Exchange rate %s (every euro figure below converts each Swiss deal on its own at it).", rates.all().get(0));

    replayLastMonths(crm, catalog, zuerich, nordljus, hoefler, gruenwald, mueller);

    // ---------------------------------------------------------------------------------------------------------
    heading("Leads arrive and are routed");
    AssignmentRules<AccountProfile> routingRules = AssignmentRules.<AccountProfile>builder(tenant, "lead routing")
        .rule("dach", "the company would be in territory dach", p -> inTerritory(territories, p, "dach"), AssignmentTarget.queue("dach"))
        .rule("nordics", "the company would be in territory nordics", p -> inTerritory(territories, p, "nordics"),
            AssignmentTarget.user("sigrid"))
        .orElse(AssignmentTarget.queue("inbound"));
    RoundRobin dachQueue = RoundRobin.of(tenant, "dach", territories.territory("dach").orElseThrow().members());
    RoundRobinState dachTurn = dachQueue.initialState();
    say("Rules: %s; otherwise %s. Queue 'dach' is handed out in turn to %s; %s is away today.",
        routingRules.rules().stream().map(r -> r.name() + " → " + r.target()).collect(Collectors.joining(", ")),
        routingRules.defaultTarget(), dachQueue.members(), names.get("user:emre"));

    LeadService leadService = LeadService.builder(crm, clock).publisher(bus).build();
    List<Arrival> arrivals = List.of(
        new Arrival(PersonName.of("Jürgen", "Weiß"), "Müller & Söhne Maschinenbau", "Head of Maintenance",
            "juergen.weiss@mueller-soehne.example", "+49 89 3571 4420", "DE",
            PostalAddress.of(List.of("Lerchenauer Straße 12"), "München", "80809", "DE"), "mueller-soehne.example",
            LeadSource.WEB, List.of(event("pricing_page_viewed", 1), event("email_opened", 2), event("pricing_page_viewed", 3),
                event("webinar_attended", 10))),
        new Arrival(PersonName.of("Katarzyna", "Wójcik"), "Alpenblick Hotels AG", "Director of Operations",
            "k.wojcik@alpenblick.example", "+41 41 220 31 00", "CH",
            PostalAddress.of(List.of("Haldenstrasse 4"), "Luzern", "6006", "CH"), "alpenblick.example",
            LeadSource.TRADE_SHOW, List.of(event("email_opened", 5))),
        new Arrival(PersonName.of("Ingrid", "Sæther"), "Havbris Shipping AS", "Fleet Manager",
            "ingrid.saether@havbris.example", "+47 55 30 12 00", "NO",
            PostalAddress.of(List.of("Strandkaien 2"), "Bergen", "5013", "NO"), "havbris.example",
            LeadSource.CAMPAIGN, List.of(event("webinar_attended", 20))),
        new Arrival(PersonName.of("José", "Álvarez"), "Olivar del Sur S.L.", "Owner",
            "jose.alvarez.sevilla@gmail.com", "+34 954 12 34 56", "ES",
            PostalAddress.of(List.of("Calle Feria 8"), "Sevilla", "41003", "ES"), "olivar-del-sur.example",
            LeadSource.PURCHASED_LIST, List.of(event("email_opened", 40))));

    List<Lead> leads = new ArrayList<>();
    Map<LeadId, Arrival> arrivalOf = new LinkedHashMap<>();
    Map<LeadId, List<AssignmentDecision>> routing = new LinkedHashMap<>();
    for (Arrival a : arrivals) {
      LeadId id = next("lead", LeadId::new);
      AccountProfile prospect = new AccountProfile(tenant, new AccountId("prospect-" + id.value()), Optional.of(a.country()),
          Optional.empty(), a.address().postcode(), Optional.empty(), Optional.empty(), Optional.empty());
      List<AssignmentDecision> decisions = new ArrayList<>();
      AssignmentDecision byRule = routingRules.decide(prospect);
      decisions.add(byRule);
      AssignmentTarget target = byRule.assignee().orElseThrow();
      if (target.equals(AssignmentTarget.queue("dach"))) {
        RoundRobinPick pick = dachQueue.next(dachTurn, m -> !AWAY_TODAY.contains(m));
        dachTurn = pick.state();
        decisions.add(pick.decision());
        target = pick.decision().assignee().orElseThrow();
      }
      Lead lead = leadService.create(Lead.builder(id, tenant)
          .name(a.name())
          .company(a.company())
          .jobTitle(a.title())
          .email(ContactPoint.email(a.email(), ContactPoint.Purpose.WORK))
          .phone(ContactPoint.phone(a.phone(), a.country(), ContactPoint.Purpose.WORK))
          .address(a.address())
          .companyDomain(a.domain())
          .source(a.source())
          .owner(target.toOwner())
          .timestamps(clock)
          .build(), "web-form").lead();
      leads.add(lead);
      arrivalOf.put(lead.id(), a);
      routing.put(lead.id(), List.copyOf(decisions));
      say("%s %s, %s (%s, %s) → %s", lead.id(), lead.name().fullName(), a.company(), a.country(), a.source().code(),
          display(target.toString()));
      for (AssignmentDecision d : decisions) {
        say("    %s: %s", d.decidedBy(), d.reason());
      }
    }

    // ---------------------------------------------------------------------------------------------------------
    heading("Scoring: rules, then a model of last year's leads");
    // the lead's fields and its activities in the store, plus what the web tracking saw before it was a lead
    LeadScoring leadScoring = LeadScoring.inStore(crm);
    ScoringExtractor<Lead> extractor = ScoringExtractor.of(leadScoring::tenantId, leadScoring::ref, leadScoring::values,
        l -> concat(leadScoring.engagement(l), arrivalOf.get(l.id()).events()));
    RuleScoringModel rulesModel = new RuleScoringModel(tenant, "lead-score", List.of(
        ScoreGroup.fit("fit", List.of(
            ScoringRule.fit("in-our-territories", Criteria.in(FieldRef.text("country"), "DE", "AT", "CH", "DK", "FI", "NO", "SE"), 15),
            ScoringRule.fit("decision-maker", Criteria.contains(FieldRef.text("jobTitle"), "Head")
                .or(Criteria.contains(FieldRef.text("jobTitle"), "Director")), 10),
            ScoringRule.fit("met-in-person", Criteria.in(FieldRef.text("source"), "trade_show", "partner_referral"), 5),
            ScoringRule.fit("personal-mailbox", Criteria.contains(FieldRef.text("email"), "@gmail.com")
                .or(Criteria.contains(FieldRef.text("email"), "@gmx.de")).or(Criteria.contains(FieldRef.text("email"), "@outlook.com")), -10))),
        ScoreGroup.engagement("engagement", DecayPolicy.halfLife(Duration.ofDays(30)), List.of(
            ScoringRule.engagement("pricing-page", Set.of("pricing_page_viewed"), 10),
            ScoringRule.engagement("webinar", Set.of("webinar_attended"), 15),
            ScoringRule.engagement("e-mail-opened", Set.of("email_opened"), 3))).withMax(40)));
    RuleScorer scorer = RuleScorer.of(rulesModel, extractor);
    ScoreThreshold salesReady = new ScoreThreshold("sales-ready", 50, 40);
    say("Rule score: fit (territory +15, decision maker +10, met in person +5, personal mailbox −10) plus engagement");
    say("(pricing page +10, webinar +15, e-mail opened +3; halved every 30 days, at most 40). Sales-ready at 50.");
    Map<LeadId, RuleScore> scores = new LinkedHashMap<>();
    Lead hottest = null;
    for (Lead lead : leads) {
      RuleScore s = scorer.score(lead, clock.instant());
      scores.put(lead.id(), s);
      ThresholdDecision crossing = ScoreThresholds.evaluate(salesReady,
          ThresholdState.outside(tenant, lead.ref(), salesReady.name()), s.total(), clock.instant());
      say("%-17s %6.1f%s", lead.name().fullName(), s.total(),
          crossing.event().map(e -> "  → " + e.direction() + " '" + e.threshold() + "'").orElse(""));
      say("    %s", s.groups().stream().map(SalesTour::groupText).collect(Collectors.joining("; ")));
      if (crossing.event().isPresent() && hottest == null) {
        hottest = lead;
      }
    }
    Objects.requireNonNull(hottest, "no lead crossed the sales-ready threshold");

    PredictiveScoringModel pls = new PredictiveScoringModel(tenant,
        List.of(new PlsStage("new", 1, false), new PlsStage("working", 2, false), new PlsStage("qualified", 3, false),
            new PlsStage("converted", 4, true)),
        List.of(PlsVariable.COUNTRY, PlsVariable.SOURCE), today.minusYears(2));
    FrequencyTable table = FrequencyTable.recount(pls, lastYearsLeads(today));
    PredictiveLeadScorer predictor = PredictiveLeadScorer.of(pls, table);
    say("Predictive (naive Bayes on 12 leads closed last year, by country and source, as Odoo computes it):");
    Map<LeadId, LeadProbability> predictions = new LinkedHashMap<>();
    for (Lead lead : leads) {
      LeadProbability p = predictor.score(lead, leadScoring);
      predictions.put(lead.id(), p);
      say("%-17s %6s %%  prior %+.2f; %s", lead.name().fullName(), p.probability().map(BigDecimal::toPlainString).orElse("–"),
          p.priorLogOdds(), p.contributions().stream().map(SalesTour::featureText).collect(Collectors.joining(", ")));
    }

    // ---------------------------------------------------------------------------------------------------------
    heading("A cadence ends when the prospect replies");
    Lead ingrid = leads.stream().filter(l -> l.owner().equals(SIGRID)).findFirst().orElseThrow();
    Cadence outbound = crm.repository(Cadence.TYPE).insert(Cadence.of(next("cad", CadenceId::new), tenant, "Nordics outbound", List.of(
        CadenceStep.of(StepKind.EMAIL, "Intro: crmkit for shipping fleets", StepDelay.none()),
        CadenceStep.waitFor(StepDelay.businessDays(2)),
        CadenceStep.of(StepKind.CALL, "Intro call", StepDelay.none()),
        CadenceStep.waitFor(StepDelay.days(3)),
        CadenceStep.of(StepKind.EMAIL, "Case study: Nordljus Energi", StepDelay.none())), clock.instant()));
    ZoneId oslo = ZoneId.of("Europe/Oslo");
    Enrolment enrolment = CadenceEnrolments.enrol(crm, next("enr", EnrolmentId::new), outbound, EnrolledRecord.lead(ingrid.id()),
        SIGRID, oslo, clock);
    ScheduledStep first = enrolment.dueStep(outbound, clock).orElseThrow();
    say("%s enrols %s in '%s' (%d steps, business days in %s).", display("user:sigrid"), ingrid.name().fullName(), outbound.name(),
        outbound.steps().size(), oslo);
    say("Due now: step %d, %s '%s'. Sigrid sends it.", first.index() + 1, first.step().kind(), first.step().subject());
    Repository<Activity, ActivityId> activities = crm.repository(Activity.TYPE);
    activities.insert(Activity.email(next("act", ActivityId::new), tenant, first.step().subject(), SIGRID, List.of(ingrid.ref()),
        Direction.OUTBOUND, clock.instant(), clock.instant()));
    enrolment = crm.repository(Enrolment.TYPE).update(enrolment.completeStep(outbound, first.index(), clock.instant()));
    ScheduledStep call = enrolment.nextStep(outbound).orElseThrow();
    say("Next: step %d, %s '%s', due %s (after %s).", call.index() + 1, call.step().kind(), call.step().subject(),
        local(call.dueAt().toInstant()), describe(outbound.steps().get(call.index() - 1).delay()));
    clock.advance(Duration.ofHours(26));
    Activity reply = activities.insert(Activity.email(next("act", ActivityId::new), tenant, "Re: Intro: crmkit for shipping fleets",
        SIGRID, List.of(ingrid.ref()), Direction.INBOUND, clock.instant(), clock.instant()));
    List<Enrolment> ended = CadenceEnrolments.onActivity(crm, reply);
    enrolment = ended.isEmpty() ? enrolment : ended.get(0);
    say("%s Ingrid replies: enrolment %s, %s (%s); next step: %s.", local(reply.occurredAt()), enrolment.id(), enrolment.status(),
        enrolment.exitReason().map(Enum::name).orElse("–"),
        enrolment.nextStep(outbound).map(s -> s.step().subject()).orElse("none — the call is not made"));

    // ---------------------------------------------------------------------------------------------------------
    heading("Qualify and convert " + hottest.name().fullName());
    Lead juergen = hottest;
    activities.insert(Activity.call(next("act", ActivityId::new), tenant, "Discovery call", JONAS, List.of(juergen.ref()),
            Direction.OUTBOUND, clock.instant(), Optional.of(clock.instant().plus(Duration.ofMinutes(30))), clock.instant())
        .complete(clock.instant().plus(Duration.ofMinutes(30))));
    activities.insert(Activity.task(next("act", ActivityId::new), tenant, "Send the pricing sheet", JONAS, List.of(juergen.ref()),
        Optional.of(clock.instant().plus(Duration.ofDays(2))), clock.instant()));
    juergen = leadService.changeStatus(juergen.id(), juergen.version(), "work", "jonas").lead();
    clock.advance(Duration.ofHours(2));
    juergen = leadService.changeStatus(juergen.id(), juergen.version(), "qualify", "jonas").lead();
    say("%s works the lead (a discovery call, an open task) and qualifies it: status %s, stage %s.", display("user:jonas"),
        juergen.status(), juergen.stage());
    clock.advance(Duration.ofMinutes(20));
    LeadConversion conversion = LeadConversion.builder(crm, clock, ids("conv")).publisher(bus)
        .participant(OpportunityFromLead.of(catalog, EUR, TEAM_ZONE).withContactRole(ContactRole.Role.DECISION_MAKER))
        .build();
    ConversionResult converted = conversion.convert(ConversionRequest.of(juergen.id(), juergen.version(), "jonas")
        .withOpportunity(OpportunityRequest.named("Predictive maintenance rollout")));
    LeadConverted event = converted.event();
    say("Account: %s %s (%s)%s", converted.account().id(), converted.account().name(), event.accountResolution(),
        converted.accountMatch().map(m -> String.format(Locale.ROOT, ", score %.2f, because:", m.score())).orElse(""));
    converted.accountMatch().ifPresent(m -> out.print(indent(indent(m.explanation()))));
    say("Contact: %s %s (%s), e-mail %s", converted.contact().id(), converted.contact().name().fullName(), event.contactResolution(),
        converted.contact().primaryEmail().orElse("-"));
    for (Activity a : converted.movedActivities()) {
      say("Moved:   %s %-22s %s, now on %s", a.id(), a.subject(), a.status(),
          a.links().stream().map(RecordRef::toString).collect(Collectors.joining(" and ")));
    }
    say("LeadConverted: lead %s → account %s, contact %s, opportunity %s, activities %s", event.lead(), event.account(),
        event.contact(), event.opportunity().map(OpportunityId::value).orElse("none"),
        event.movedActivities().stream().map(ActivityId::value).toList());
    say("The lead is now %s (stage %s) and read-only.", converted.lead().status(), converted.lead().stage());

    // ---------------------------------------------------------------------------------------------------------
    heading("The opportunity through the pipeline");
    Repository<Opportunity, OpportunityId> deals = crm.repository(Opportunity.TYPE);
    Opportunity deal = deals.get(event.opportunity().orElseThrow(() -> new IllegalStateException("the conversion made no opportunity")));
    say("%s %s, made by the conversion for %s: owner %s, primary contact %s (%s),", deal.id(), deal.name(),
        converted.account().name(), display(deal.owner().toString()), converted.contact().name().fullName(),
        deal.contactRoles().get(0).role());
    say("    amount %s (no products yet), closing at the end of the quarter, %s", money(deal.amount()), deal.closeDate());
    say("%s  %-22s %3d %%  %s", local(deal.stageEnteredAt()), pipeline.requireStage(deal.stage()).label(), deal.probability(),
        deal.forecastCategory());
    for (String key : List.of("qualification", "needs_analysis", "value_proposition", "id_decision_makers")) {
      workingDaysLater(2);
      deal = moved(opportunities.move(deal.id(), deal.version(), key), pipeline);
    }
    workingDaysLater(1);
    IllegalTransitionException refusal;
    try {
      opportunities.move(deal.id(), deal.version(), "proposal_price_quote");
      throw new IllegalStateException("the pipeline let a quote go out without a primary contact");
    } catch (IllegalTransitionException refused) {
      refusal = refused;
      say("Refused:  → %s: %s", pipeline.requireStage("proposal_price_quote").label(), refused.reason());
    }
    say("Stages open to it now: %s", OpportunityStages.availableStages(deal, pipeline).stream().map(Stage::label)
        .collect(Collectors.joining(", ")));
    deal = deals.update(deal
        .withLineItems(List.of(
            LineItem.of(prices, seat.id(), EUR, new BigDecimal("120")).withDiscountPercent(BigDecimal.TEN),
            LineItem.of(prices, workshop.id(), EUR, new BigDecimal("3")),
            LineItem.of(prices, connector.id(), EUR, BigDecimal.ONE)))
        .withNextStep("Send the quote")
        .withUpdatedAt(clock.instant()));
    say("Fixed:    %s adds the products from the price book '%s':", display(deal.owner().toString()), prices.name());
    for (LineItem l : deal.lineItems()) {
      Product p = products.get(l.product());
      say("    %4s × %-30s %10s%s = %12s", l.quantity().toPlainString(), p.name(), money(l.salesPrice()),
          l.discountPercent().signum() == 0 ? "         " : String.format(Locale.ROOT, " −%s %%", l.discountPercent().toPlainString()),
          money(l.total()));
    }
    say("    amount %s, from the line items", money(deal.amount()));
    deal = moved(opportunities.move(deal.id(), deal.version(), "proposal_price_quote"), pipeline);
    OpportunityScoring dealScoring = OpportunityScoring.of(catalog).withSource(o -> Optional.of(converted.lead().source().code()));
    WinProbability chance = dealScoring.winProbability(deal, OpportunityWinProbability.of(predictor), pls);
    say("Win probability %s %%: the stage's default %s %% as the prior, moved by last year's leads from its source (%s).",
        chance.probability().toPlainString(), chance.stageDefault().toPlainString(),
        chance.contributions().isEmpty() ? "no evidence"
            : chance.contributions().stream().map(SalesTour::featureText).collect(Collectors.joining(", ")));

    // ---------------------------------------------------------------------------------------------------------
    heading("A quote from the line items");
    Quote quote = crm.repository(Quote.TYPE).insert(OpportunityQuotes.draft(next("quote", QuoteId::new), deal,
        List.of(seat, workshop, connector), QuoteTaxes.flat(new BigDecimal("19")), TEAM_ZONE, today.plusDays(30), clock.instant()));
    QuoteTotals totals = quote.totals();
    QuoteParties parties = new QuoteParties("crmkit Demo GmbH", converted.account().name() + ", "
        + converted.contact().name().fullName());
    String html = QuoteDocuments.html(quote, parties, QuoteTemplate.defaultTemplate());
    byte[] pdf = QuoteDocuments.pdf(quote, parties, QuoteTemplate.defaultTemplate());
    say("%s revision %d for %s: net %s, %s, total %s, valid until %s", quote.id(), quote.current().number(), deal.id(),
        money(totals.net()), totals.taxes().stream().map(SalesTour::taxText).collect(Collectors.joining(", ")),
        money(totals.grandTotal()), quote.current().validUntil());
    int pages = pages(pdf);
    say("Rendered in memory, nothing written to disk: HTML %,d characters; PDF (%s, DejaVu Sans embedded) %d page%s,",
        html.length(), new String(pdf, 0, Math.min(8, pdf.length), StandardCharsets.ISO_8859_1).strip(), pages, pages == 1 ? "" : "s");
    say("    %,d bytes, the same on every rendering: dated from the revision, its /ID from the quote id and revision.", pdf.length);
    quote = crm.repository(Quote.TYPE).update(quote.present(clock));
    say("Presented to %s: status %s.", converted.contact().name().fullName(), quote.statusAt(clock));

    // ---------------------------------------------------------------------------------------------------------
    heading("Negotiation and the win");
    workingDaysLater(4);
    deal = moved(opportunities.move(deal.id(), deal.version(), "negotiation_review"), pipeline);
    workingDaysLater(3);
    QuoteOutcome<QuoteAccepted> accepted = quote.accept(clock);
    quote = crm.repository(Quote.TYPE).update(accepted.quote());
    say("%s Jürgen signs %s: %s, total %s.", local(clock.instant()), quote.id(), quote.statusAt(clock),
        money(accepted.event().grandTotal()));
    LocalDate signed = LocalDate.ofInstant(clock.instant(), TEAM_ZONE);
    deal = crm.repository(Opportunity.TYPE).update(deal.withCloseDate(signed).withUpdatedAt(clock.instant()));
    published.clear();
    StageMove won = opportunities.close(deal.id(), deal.version(), "closed_won", "Downtime ROI case; three-year term");
    deal = moved(won, pipeline);
    say("Events: %s; close date %s, reason '%s'.", published, deal.closeDate(), deal.closeReason().orElse("-"));
    say("Time in each stage: %s", deal.timeInStages(clock.instant()).entrySet().stream()
        .map(e -> pipeline.requireStage(e.getKey()).label() + " " + days(e.getValue())).collect(Collectors.joining(", ")));

    // ---------------------------------------------------------------------------------------------------------
    heading("A monthly account review across a daylight-saving change");
    LocalDate firstReview = signed.plusMonths(1).withDayOfMonth(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    FollowUp review = crm.repository(FollowUp.TYPE).insert(FollowUp.builder(next("fu", FollowUpId::new), tenant)
        .target(FollowUpTarget.account(converted.account().id()))
        .subject("Account review with Müller & Söhne")
        .owner(JONAS)
        .due(firstReview.atTime(9, 0), TEAM_ZONE)
        .recurrence(Recurrence.of("FREQ=MONTHLY;BYDAY=1MO;COUNT=8"))
        .reminder(Duration.ofDays(1))
        .createdAt(clock.instant())
        .build());
    List<ZonedDateTime> series = review.upcoming(8);
    say("%s '%s', %s at 09:00 %s, RRULE %s, reminder a day before:", review.id(), review.subject(),
        display(review.owner().toString()), TEAM_ZONE, review.recurrence().map(Recurrence::rule).orElse("-"));
    for (int i = 0; i < series.size(); i += 4) {
      say("    %s", series.subList(i, Math.min(i + 4, series.size())).stream()
          .map(z -> DAY.format(z) + " " + z.toLocalTime() + z.getOffset()).collect(Collectors.joining("   ")));
    }
    ZoneOffsetTransition change = TEAM_ZONE.getRules().nextTransition(series.get(0).toInstant());
    say("The clocks change on %s (%s → %s): the review stays at 09:00 local, %s UTC before and %s UTC after.",
        change.getDateTimeAfter().toLocalDate(), change.getOffsetBefore(), change.getOffsetAfter(),
        LocalTime.of(9, 0).minusSeconds(change.getOffsetBefore().getTotalSeconds()),
        LocalTime.of(9, 0).minusSeconds(change.getOffsetAfter().getTotalSeconds()));
    List<Reminder> reminders = review.openReminders();
    say("First reminder: %s.", reminders.isEmpty() ? "none" : local(reminders.get(0).remindAt()));

    // ---------------------------------------------------------------------------------------------------------
    LocalDate asOf = LocalDate.ofInstant(clock.instant(), TEAM_ZONE);
    FiscalCalendar quarters = FiscalCalendar.calendarQuarters();
    ForecastPeriod thisQuarter = quarters.periodOf(asOf);
    ForecastPeriod nextQuarter = quarters.periodOf(thisQuarter.lastDay().plusDays(1));
    heading("Forecast for " + thisQuarter.key() + " and " + nextQuarter.key() + " by team and owner");
    List<Opportunity> allDeals = crm.repository(Opportunity.TYPE).query(Criteria.all());
    Forecast forecast = ForecastRollup.builder(quarters, EUR, asOf).rates(rates).hierarchy(teams)
        .between(thisQuarter.start(), nextQuarter.lastDay()).build()
        .computeOpportunities(allDeals);
    say("In EUR at the rates of %s; cumulative as in Salesforce: commit = commit + closed, best case = best case + commit",
        asOf);
    say("+ closed, open pipeline = pipeline + best case + commit. %d deals in all, those closing in these quarters count.",
        allDeals.size());
    for (ForecastPeriod period : List.of(thisQuarter, nextQuarter)) {
      say("  %-30s %13s %13s %13s %13s %13s", period.key() + " (" + period.start() + " – " + period.lastDay() + ")",
          "closed", "commit", "best case", "open pipeline", "weighted");
      for (ForecastRow row : forecast.rows()) {
        if (!row.period().equals(period)) {
          continue;
        }
        ForecastFigures f = row.figures();
        say("  %-30s %13s %13s %13s %13s %13s", "  ".repeat(row.depth()) + row.node().label(),
            amount(f.cumulative(ForecastCategory.CLOSED)), amount(f.cumulative(ForecastCategory.COMMIT)),
            amount(f.cumulative(ForecastCategory.BEST_CASE)), amount(f.cumulative(ForecastCategory.PIPELINE)),
            amount(f.weightedCumulative(ForecastCategory.PIPELINE)));
      }
    }
    List<Quota> quotas = List.of(
        new Quota("user:jonas", thisQuarter.key(), Money.of("20000", "EUR")),
        new Quota("user:lea", thisQuarter.key(), Money.of("45000", "EUR")),
        new Quota("user:sigrid", thisQuarter.key(), Money.of("15000", "EUR")),
        new Quota("dach", thisQuarter.key(), Money.of("70000", "EUR")));
    List<QuotaAttainment> attainments = quotas.stream().map(forecast::attainment).toList();
    say("Quota attainment %s:", thisQuarter.key());
    for (QuotaAttainment a : attainments) {
      say("  %-18s quota %11s  closed %11s = %8s  gap %11s  commit %11s = %8s", teams.requireNode(a.quota().node()).label(),
          amount(a.quota().target()), amount(a.closed()), a.percent().map(p -> p.toPlainString() + " %").orElse("–"), amount(a.gap()),
          amount(a.commit()), a.commitPercent().map(p -> p.toPlainString() + " %").orElse("–"));
    }

    // ---------------------------------------------------------------------------------------------------------
    heading("Sales performance per rep and team");
    PerformanceReport performance = SalesPerformance.builder(catalog, EUR, asOf).rates(rates).hierarchy(teams).build()
        .measure(allDeals, activities.query(Criteria.all()));
    say("  %-22s %3s %4s %4s %4s %9s %12s %8s %14s %5s", "", "all", "won", "lost", "open", "win rate", "avg deal", "cycle",
        "velocity/day", "acts");
    for (PerformanceMetrics m : performance.all()) {
      say("  %-22s %3d %4d %4d %4d %9s %12s %8s %14s %5d", "  ".repeat(teams.depth(m.node())) + teams.requireNode(m.node()).label(),
          m.opportunities(), m.won(), m.lost(), m.open(),
          m.winRate().map(r -> r.movePointRight(2).stripTrailingZeros().toPlainString() + " %").orElse("–"),
          m.averageDealSize().map(SalesTour::amount).orElse("–"), m.averageSalesCycle().map(SalesTour::days).orElse("–"),
          m.velocityPerDay().map(SalesTour::amount).orElse("–"), m.activityCount());
    }
    say("(win rate = won ÷ closed; velocity = open deals × win rate × average deal ÷ cycle days; CHF deals in EUR)");

    // ---------------------------------------------------------------------------------------------------------
    LocalDate visitDay = asOf.plusDays(1);
    while (visitDay.getDayOfWeek() == DayOfWeek.SATURDAY || visitDay.getDayOfWeek() == DayOfWeek.SUNDAY) {
      visitDay = visitDay.plusDays(1);
    }
    heading("Jonas's visits on " + DAY.format(visitDay));
    LocalDateTime departure = visitDay.atTime(8, 30);
    GeoPoint office = GeoPoint.of(48.1374, 11.5755);
    List<Stop> visits = List.of(
        Stop.of("Müller & Söhne (kick-off)", GeoPoint.of(48.1885, 11.5560), Duration.ofMinutes(90))
            .withWindow(TimeWindow.of(visitDay.atTime(10, 0), visitDay.atTime(11, 0))),
        Stop.of("Brauerei Höfler, Freising", GeoPoint.of(48.4028, 11.7489), Duration.ofMinutes(45)),
        Stop.of("Café Grünwald", GeoPoint.of(48.0393, 11.5237), Duration.ofMinutes(30))
            .withWindow(TimeWindow.of(visitDay.atTime(15, 0), visitDay.atTime(17, 0))),
        Stop.of("Bäckerei Weißmüller, Dachau", GeoPoint.of(48.2603, 11.4342), Duration.ofMinutes(30)));
    RoutePlan route = RoutePlanner.standard().plan(RouteRequest.of(office, departure, visits, 35.0).withEnd(office));
    say("From the Munich office at 08:30 local (%s), back there at the end; 35 km/h by road on average.", TEAM_ZONE);
    out.print(indent(route.explanation()));
    out.flush();

    return new Outcome(crm, List.copyOf(leads), routing, scores, predictions, converted, deal, refusal, quote, html, pdf, review,
        enrolment, rates, asOf, forecast, attainments, performance, route);
  }

  /**
   * Last months' deals, replayed on a clock that starts 200 days ago, so that the forecast and the performance
   * have a history: won and lost deals of every rep and the open ones still in the pipeline.
   */
  private void replayLastMonths(
      TenantStore crm, PipelineCatalog catalog, Account zuerich, Account nordljus, Account hoefler, Account gruenwald, Account mueller) {
    Instant origin = clock.instant().minus(Duration.ofDays(200));
    Map<AccountId, PersonName> buyers = Map.of(
        mueller.id(), PersonName.of("Petra", "Müller"), hoefler.id(), PersonName.of("Franz", "Höfler"),
        zuerich.id(), PersonName.of("Beat", "Züst"), gruenwald.id(), PersonName.of("Anneliese", "Brändle"),
        nordljus.id(), PersonName.of("Linnéa", "Åkesson"));
    Map<AccountId, ContactId> contactOf = new HashMap<>();
    Pipeline pipeline = catalog.require(Pipelines.standardSales().name());
    LocalDate today = LocalDate.ofInstant(clock.instant(), TEAM_ZONE);
    record Replay(String name, Account account, Owner owner, Money amount, int startDay, List<String> stages, int[] gaps,
        Optional<String> reason, LocalDate close) {}
    List<Replay> replays = List.of(
        new Replay("Müller & Söhne — service contract 2025", mueller, JONAS, Money.of("18000", "EUR"), 0,
            List.of("qualification", "proposal_price_quote", "closed_won"), new int[] {5, 10, 12}, Optional.of("Renewed for two years"),
            today.minusDays(200 - 27)),
        new Replay("Brauerei Höfler — CRM pilot", hoefler, JONAS, Money.of("9500", "EUR"), 20,
            List.of("value_proposition", "closed_lost"), new int[] {10, 15}, Optional.of("Stayed with spreadsheets"),
            today.minusDays(200 - 45)),
        new Replay("Zürcher Präzision — 40 seats", zuerich, LEA, Money.of("24000", "CHF"), 10,
            List.of("needs_analysis", "negotiation_review", "closed_won"), new int[] {7, 14, 7}, Optional.of("Billing in CHF"),
            today.minusDays(200 - 38)),
        new Replay("Café Grünwald — starter", gruenwald, LEA, Money.of("3600", "EUR"), 30,
            List.of("closed_lost"), new int[] {20}, Optional.of("No budget this year"), today.minusDays(200 - 50)),
        new Replay("Nordljus Energi — rollout", nordljus, SIGRID, Money.of("31000", "EUR"), 5,
            List.of("proposal_price_quote", "closed_won"), new int[] {20, 25}, Optional.of("Won on the migration plan"),
            today.minusDays(200 - 50)),
        new Replay("Zürcher Präzision — expansion 2026", zuerich, LEA, Money.of("36000", "CHF"), 120,
            List.of("needs_analysis", "negotiation_review"), new int[] {30, 40}, Optional.empty(), today.plusDays(35)),
        new Replay("Nordljus Energi — phase 2", nordljus, SIGRID, Money.of("12000", "EUR"), 150,
            List.of("proposal_price_quote"), new int[] {30}, Optional.empty(), today.plusDays(60)),
        new Replay("Brauerei Höfler — second try", hoefler, JONAS, Money.of("7200", "EUR"), 185,
            List.of(), new int[] {}, Optional.empty(), today.plusDays(100)));
    for (Replay r : replays) {
      Instant opened = origin.plus(Duration.ofDays(r.startDay()));
      Opportunity o = replayedAt(crm, catalog, opened).open(Opportunity.builder(next("opp", OpportunityId::new), tenant)
          .name(r.name()).account(r.account().id()).owner(r.owner()).amount(r.amount()).closeDate(r.close())
          .contactRole(ContactRole.primary(contactOf.computeIfAbsent(r.account().id(), a -> crm.repository(Contact.TYPE).insert(
              Contact.builder(next("c", ContactId::new), tenant).name(buyers.get(a)).account(a).owner(r.owner()).timestamps(clock)
                  .build()).id()), ContactRole.Role.ECONOMIC_BUYER))
          .startIn(pipeline, opened).build());
      Instant at = opened;
      for (int i = 0; i < r.stages().size(); i++) {
        at = at.plus(Duration.ofDays(r.gaps()[i]));
        String key = r.stages().get(i);
        o = replayedAt(crm, catalog, at).move(o.id(), o.version(), key, pipeline.requireStage(key).closed() ? r.reason() : Optional.empty()).opportunity();
      }
      if (r.name().endsWith("expansion 2026")) {
        o = crm.repository(Opportunity.TYPE).update(o.withForecastCategory(ForecastCategory.COMMIT));
      } else if (r.name().endsWith("phase 2")) {
        o = crm.repository(Opportunity.TYPE).update(o.withForecastCategory(ForecastCategory.BEST_CASE));
      }
    }
    Repository<Opportunity, OpportunityId> all = crm.repository(Opportunity.TYPE);
    long won = all.query(Criteria.all()).stream().filter(o -> o.stage().equals("closed_won")).count();
    long lost = all.query(Criteria.all()).stream().filter(o -> o.stage().equals("closed_lost")).count();
    say("History: %d deals of the last 200 days replayed — %d won, %d lost, %d open (Léa commits the Zürich expansion,",
        replays.size(), won, lost, replays.size() - won - lost);
    say("Sigrid calls Nordljus phase 2 best case).");
  }

  /** The stage service as it was at {@code at}, for replaying the history; its events are not published again. */
  private OpportunityStages replayedAt(TenantStore crm, PipelineCatalog catalog, Instant at) {
    return OpportunityStages.of(crm, catalog, new CoreTour.TourClock(at, zone), EventPublisher.discarding());
  }

  private static boolean inTerritory(TerritoryModel model, AccountProfile profile, String territory) {
    return model.evaluate(profile).stream().anyMatch(m -> m.territory().equals(territory));
  }

  private static <T> List<T> concat(List<? extends T> a, List<? extends T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  /** Last year's twelve closed leads: who became a customer, by country and source. */
  private List<ClosedLead> lastYearsLeads(LocalDate today) {
    Optional<Instant> created = Optional.of(today.minusDays(300).atStartOfDay(ZoneOffset.UTC).toInstant());
    String[][] rows = {
      {"DE", "web", "converted", "WON"}, {"DE", "trade_show", "converted", "WON"}, {"CH", "trade_show", "converted", "WON"},
      {"DE", "web", "converted", "WON"}, {"SE", "campaign", "converted", "WON"}, {"AT", "partner_referral", "converted", "WON"},
      {"ES", "web", "new", "LOST"}, {"DE", "purchased_list", "working", "LOST"}, {"FR", "web", "new", "LOST"},
      {"NO", "campaign", "working", "LOST"}, {"ES", "purchased_list", "new", "LOST"}, {"CH", "web", "qualified", "LOST"}};
    List<ClosedLead> out = new ArrayList<>();
    for (String[] r : rows) {
      out.add(new ClosedLead(new PlsObservation(Optional.empty(), Optional.of(r[2]),
          Map.of(PlsVariable.COUNTRY.name(), List.of(r[0]), PlsVariable.SOURCE.name(), List.of(r[1])), created),
          PlsOutcome.valueOf(r[3])));
    }
    return out;
  }

  private Opportunity moved(StageMove move, Pipeline pipeline) {
    Opportunity o = move.opportunity();
    say("%s  %-22s %3d %%  %s%s", local(move.change().occurredAt()), pipeline.requireStage(o.stage()).label(), o.probability(),
        o.forecastCategory(), move.outcome().map(e -> "  → " + e.getClass().getSimpleName()).orElse(""));
    return o;
  }

  private Account account(String name, String domain, String industry, PostalAddress address, long employees, Owner owner) {
    return Account.builder(next("acc", AccountId::new), tenant)
        .name(name)
        .domain(domain)
        .industry(industry)
        .contactPoint(ContactPoint.postal(address, ContactPoint.Purpose.WORK).asPrimary())
        .customFields(CustomFields.empty().with(AccountProfile.EMPLOYEES_KEY, FieldValue.number(employees)))
        .owner(owner)
        .timestamps(clock)
        .build();
  }

  /** Moves the story on by {@code days} days, and past a weekend if that ends on one in the team's zone. */
  private void workingDaysLater(int days) {
    clock.advance(Duration.ofDays(days));
    while (LocalDate.ofInstant(clock.instant(), TEAM_ZONE).getDayOfWeek().getValue() > 5) {
      clock.advance(Duration.ofDays(1));
    }
  }

  private EngagementEvent event(String type, int daysAgo) {
    return new EngagementEvent(type, clock.instant().minus(Duration.ofDays(daysAgo)));
  }

  private static String groupText(GroupScore g) {
    return g.group() + " " + number(g.total()) + (g.capped() ? " (capped)" : "") + (g.contributions().isEmpty() ? "" : ": "
        + g.contributions().stream().map(SalesTour::contributionText).collect(Collectors.joining(", ")));
  }

  private static String contributionText(RuleContribution c) {
    String times = c.applications() > 1 ? c.applications() + "×" : "";
    return c.rule() + " " + times + (c.pointsAfterCap() == c.pointsBeforeDecay()
        ? number(c.pointsAfterCap()) : number(c.pointsBeforeDecay()) + "→" + number(c.pointsAfterCap()));
  }

  private static String featureText(FeatureContribution c) {
    String variable = c.variable().replace("_id", "");
    return String.format(Locale.ROOT, "%s %s %+.2f", variable, c.value(), c.logOdds());
  }

  private static String taxText(TaxLine t) {
    return "VAT " + t.ratePercent().toPlainString() + " % " + money(t.tax());
  }

  private static String describe(StepDelay delay) {
    return delay.amount() + " " + delay.unit().name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * The number of pages of a PDF: its page objects ({@code /Type /Page}, not {@code /Pages}), looked for in the
   * file and in its Flate-compressed streams, where PDF 1.5+ writers keep most objects.
   */
  static int pages(byte[] pdf) {
    java.util.regex.Pattern page = java.util.regex.Pattern.compile("/Type\\s*/Page(?![a-zA-Z])");
    String file = new String(pdf, StandardCharsets.ISO_8859_1);
    int n = count(page, file);
    java.util.regex.Matcher streams = java.util.regex.Pattern.compile("stream\\r?\\n").matcher(file);
    while (streams.find()) {
      int from = streams.end();
      int to = file.indexOf("endstream", from);
      if (to < 0) {
        break;
      }
      java.util.zip.Inflater inflater = new java.util.zip.Inflater();
      inflater.setInput(pdf, from, to - from);
      java.io.ByteArrayOutputStream inflated = new java.io.ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      try {
        while (!inflater.finished()) {
          int k = inflater.inflate(buffer);
          if (k == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
            break;
          }
          inflated.write(buffer, 0, k);
        }
        n += count(page, inflated.toString(StandardCharsets.ISO_8859_1));
      } catch (java.util.zip.DataFormatException notFlate) {
        // an image or font stream in another encoding: no objects in it
      } finally {
        inflater.end();
      }
    }
    return n;
  }

  private static int count(java.util.regex.Pattern pattern, String text) {
    java.util.regex.Matcher m = pattern.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static String number(double points) {
    return points == Math.rint(points) ? String.format(Locale.ROOT, "%+.0f", points) : String.format(Locale.ROOT, "%+.1f", points);
  }

  private static String money(Money m) {
    return amount(m) + " " + m.currency().getCurrencyCode();
  }

  private static String amount(Money m) {
    return String.format(Locale.ROOT, "%,.2f", m.amount());
  }

  private static String days(Duration d) {
    return String.format(Locale.ROOT, "%.1f d", d.toMinutes() / 1440.0);
  }

  /** A person's name for an owner or a node id of the hierarchy ({@code user:jonas}), else the id itself. */
  private String display(String ownerOrNode) {
    return names.getOrDefault(ownerOrNode, ownerOrNode);
  }

  /** A lead as it arrives from a form, a fair or a list, with what the prospect did before. */
  private record Arrival(
      PersonName name, String company, String title, String email, String phone, String country, PostalAddress address,
      String domain, LeadSource source, List<EngagementEvent> events) {}
}
