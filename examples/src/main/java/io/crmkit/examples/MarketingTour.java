package io.crmkit.examples;

import io.crmkit.core.IllegalTransitionException;
import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.ConsentLedger;
import io.crmkit.core.consent.ConsentState;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.field.FieldType;
import io.crmkit.core.field.FieldValue;
import io.crmkit.core.match.IncrementalMatcher;
import io.crmkit.core.match.PartyExtractors;
import io.crmkit.core.money.InMemoryExchangeRates;
import io.crmkit.core.money.Money;
import io.crmkit.core.money.MoneyConversion;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.examples.integration.CampaignMembership;
import io.crmkit.examples.integration.CampaignMembershipOnConversion;
import io.crmkit.examples.integration.CampaignMemberships;
import io.crmkit.marketing.abtest.AbAssignment;
import io.crmkit.marketing.abtest.AbMetric;
import io.crmkit.marketing.abtest.AbOutcome;
import io.crmkit.marketing.abtest.AbTest;
import io.crmkit.marketing.abtest.AbTestId;
import io.crmkit.marketing.abtest.AbTests;
import io.crmkit.marketing.abtest.Variant;
import io.crmkit.marketing.abtest.VariantStats;
import io.crmkit.marketing.campaign.AttributionModel;
import io.crmkit.marketing.campaign.Campaign;
import io.crmkit.marketing.campaign.CampaignConversion;
import io.crmkit.marketing.campaign.CampaignId;
import io.crmkit.marketing.campaign.CampaignInfluence;
import io.crmkit.marketing.campaign.CampaignLifecycle;
import io.crmkit.marketing.campaign.CampaignResults;
import io.crmkit.marketing.campaign.CampaignTotals;
import io.crmkit.marketing.campaign.CampaignType;
import io.crmkit.marketing.campaign.InfluenceShare;
import io.crmkit.marketing.campaign.MemberStatus;
import io.crmkit.marketing.campaign.MemberStatuses;
import io.crmkit.marketing.campaign.Touch;
import io.crmkit.marketing.channel.ChannelKind;
import io.crmkit.marketing.channel.DeliveryReceipt;
import io.crmkit.marketing.channel.EngagementEvent;
import io.crmkit.marketing.channel.EngagementKind;
import io.crmkit.marketing.channel.EngagementRouter;
import io.crmkit.marketing.channel.OutboundMessage;
import io.crmkit.marketing.channel.RecordingChannel;
import io.crmkit.marketing.imports.ColumnTarget;
import io.crmkit.marketing.imports.ContactImport;
import io.crmkit.marketing.imports.FillPolicy;
import io.crmkit.marketing.imports.ImportOptions;
import io.crmkit.marketing.imports.ImportReport;
import io.crmkit.marketing.imports.LineOutcome;
import io.crmkit.marketing.imports.LineProblem;
import io.crmkit.marketing.journey.BranchCondition;
import io.crmkit.marketing.journey.Enrolment;
import io.crmkit.marketing.journey.EntryRule;
import io.crmkit.marketing.journey.Goal;
import io.crmkit.marketing.journey.Journey;
import io.crmkit.marketing.journey.JourneyEvent;
import io.crmkit.marketing.journey.JourneyId;
import io.crmkit.marketing.journey.JourneyStep;
import io.crmkit.marketing.journey.StepId;
import io.crmkit.marketing.journey.WaitCondition;
import io.crmkit.marketing.schedule.DstPolicy;
import io.crmkit.marketing.schedule.FrequencyCap;
import io.crmkit.marketing.schedule.InMemoryJobStore;
import io.crmkit.marketing.schedule.JobState;
import io.crmkit.marketing.schedule.PlanRequest;
import io.crmkit.marketing.schedule.PlannedSend;
import io.crmkit.marketing.schedule.QuietHours;
import io.crmkit.marketing.schedule.Recipient;
import io.crmkit.marketing.schedule.RetryPolicy;
import io.crmkit.marketing.schedule.SendOutcome;
import io.crmkit.marketing.schedule.SendPlan;
import io.crmkit.marketing.schedule.SendPlanner;
import io.crmkit.marketing.schedule.SendSchedule;
import io.crmkit.marketing.schedule.SendStep;
import io.crmkit.marketing.schedule.SendWorker;
import io.crmkit.marketing.schedule.StepMessage;
import io.crmkit.marketing.segment.Audience;
import io.crmkit.marketing.segment.GeoPoint;
import io.crmkit.marketing.segment.Segment;
import io.crmkit.marketing.segment.SegmentCondition;
import io.crmkit.marketing.segment.SegmentTarget;
import io.crmkit.marketing.segment.Segments;
import io.crmkit.marketing.segment.SizeEstimate;
import io.crmkit.marketing.segment.SuppressionEntry;
import io.crmkit.marketing.simulation.Arrival;
import io.crmkit.marketing.simulation.EngagementModel;
import io.crmkit.marketing.simulation.JourneySimulation;
import io.crmkit.marketing.simulation.SimulatedSend;
import io.crmkit.marketing.simulation.SimulationResult;
import io.crmkit.marketing.simulation.SimulationSetup;
import io.crmkit.marketing.subscription.SendDecision;
import io.crmkit.marketing.subscription.Subscription;
import io.crmkit.marketing.subscription.SubscriptionType;
import io.crmkit.marketing.subscription.Subscriptions;
import io.crmkit.marketing.subscription.UnsubscribeTokens;
import io.crmkit.marketing.template.CompiledTemplate;
import io.crmkit.marketing.template.MessageTemplate;
import io.crmkit.marketing.template.TemplateId;
import io.crmkit.marketing.template.Templates;
import io.crmkit.sales.lead.ConversionRequest;
import io.crmkit.sales.lead.ConversionResult;
import io.crmkit.sales.lead.Lead;
import io.crmkit.sales.lead.LeadConversion;
import io.crmkit.sales.lead.LeadId;
import io.crmkit.sales.lead.LeadService;
import java.io.PrintWriter;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The marketing chapter of {@code crm demo}: Nordlicht Kaffee, a coffee roaster in Berlin, runs its
 * new-harvest newsletter on the in-memory store. A trade-fair list is imported through the matcher (the corrected second file
 * updates and creates nothing); a segment picks gold customers near Berlin who agreed to the newsletter (a custom
 * field, consent and a radius); subscribers confirm by double opt-in and one leaves through a signed unsubscribe
 * link (a tampered link is refused); the campaign goes through its lifecycle with a budget; the sends are planned in
 * each recipient's zone — quiet hours defer, a frequency cap drops, a daily tip keeps its local time across a
 * daylight-saving change — and delivered through the job store and {@link SendWorker} into a
 * {@link RecordingChannel}, a worker crash in between sending nothing twice; opens, clicks and a bounce come back; a
 * subject-line A/B test finds its winner; an onboarding journey runs in the simulator over four virtual weeks; a
 * lead of the campaign converts and its contact keeps the membership ({@link CampaignMembershipOnConversion}); and the
 * campaign closes with its ROI and the deal's attribution.
 *
 * <pre>{@code
 * MarketingTour.Outcome outcome = new MarketingTour(Instant.parse("2026-01-15T10:00:00Z"), TenantId.of("demo"),
 *     ZoneId.of("Europe/Berlin"), new PrintWriter(System.out, true)).run();
 * }</pre>
 *
 * <p>The story's send days are the two days around the next daylight-saving change in {@link #HOME_ZONE} at least a
 * week after the start; the clock only moves forward, ids are counted and the simulator's seed is fixed, so the same
 * start, tenant and zone print the same text on every run.
 */
public final class MarketingTour extends Tour {
  /** Where the roaster works; the campaign's days and the segment's centre are here. */
  public static final ZoneId HOME_ZONE = ZoneId.of("Europe/Berlin");
  /** The seed of the journey simulation's engagement draws. */
  public static final long SIMULATION_SEED = 2026;
  /** Which of the simulated club members places an order on day 3 (a goal that ends the journey). */
  static final int ORDERING_MEMBER = 1;
  /** When, after the first member joins, that member orders. */
  static final Duration ORDER_AFTER = Duration.ofDays(5);
  /** The simulated engagement: opens, clicks given an open, replies given an open, and the longest delay. */
  static final EngagementModel CLUB_ENGAGEMENT = new EngagementModel(0.35, 0.3, 0.05, Duration.ofDays(2));

  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH).withZone(java.time.ZoneOffset.UTC);
  private static final DateTimeFormatter RECIPIENT_LOCAL = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);
  private static final byte[] UNSUBSCRIBE_KEY = "nordlicht-kaffee demo key, 32+ bytes long".getBytes(StandardCharsets.UTF_8);
  private static final Duration LEASE = Duration.ofMinutes(5);
  private static final String HEADER = "Email,First name,Last name,Tier,Lat,Lon,Zone";
  private static final List<String> FAIR_LIST = List.of(
      "ada.weiss@example.de,Ada,Weiß,gold,52.5200,13.4050,Europe/Berlin",
      "lukas@example.de,Lukas,Brandt,gold,52.3906,13.0645,Europe/Berlin",
      "marta@example.pl,Marta,Nowak-Wiśniewska,gold,53.4285,14.5528,Europe/Warsaw",
      "zoe@example.ie,Zoë,Ó Briain,silver,53.3498,-6.2603,Europe/Dublin",
      "kenji@example.jp,健二,田中,gold,35.6762,139.6503,Asia/Tokyo",
      "ana@bounce.example,Ana,Souza,gold,-23.5505,-46.6333,America/Sao_Paulo",
      "dana@example.com,Dana,Whitfield,silver,40.7128,-74.0060,America/New_York",
      "pat@example.org,Pat,Byte,gold,fifty-two,13.4,Europe/Berlin");

  /**
   * What the tour did, for callers that want the facts rather than the text.
   *
   * @param store the tenant store the tour wrote to
   * @param firstImport the trade-fair list's import
   * @param secondImport the corrected list's import (updates only)
   * @param nearBerlin the gold-near-Berlin segment's audience
   * @param subscribers the newsletter subscribers' audience, the campaign's recipients
   * @param tamperedLink the refusal of the altered unsubscribe link
   * @param lifecycleRefusal the refusal to schedule the campaign before it had a start date
   * @param campaign the newsletter campaign at the end (completed)
   * @param dstDay the day of the daylight-saving change the tips cross
   * @param plan the send plan
   * @param replannedEnqueued how many jobs the re-plan enqueued (none: same keys)
   * @param outcomes every send outcome of the worker, in order
   * @param deliveries every delivery the channel was handed, the crashed one's repeat included
   * @param recorded the distinct messages the recording channel kept
   * @param engagements the engagement events that came back
   * @param abOutcome the A/B test's decision
   * @param simulation the onboarding journey's simulation
   * @param conversion the converted lead
   * @param memberships the campaign memberships at the end
   * @param totals the campaign's totals
   * @param shares the won deal's attribution among the campaigns that touched it
   */
  public record Outcome(
      TenantStore store, ImportReport firstImport, ImportReport secondImport, Audience nearBerlin, Audience subscribers,
      ValidationException tamperedLink, IllegalTransitionException lifecycleRefusal, Campaign campaign, LocalDate dstDay,
      SendPlan plan, long replannedEnqueued, List<SendOutcome> outcomes, List<OutboundMessage> deliveries,
      List<OutboundMessage> recorded, List<EngagementEvent> engagements, AbOutcome abOutcome, SimulationResult simulation,
      ConversionResult conversion, List<CampaignMembership> memberships, CampaignTotals totals, List<InfluenceShare> shares) {
    public Outcome {
      outcomes = List.copyOf(outcomes);
      deliveries = List.copyOf(deliveries);
      recorded = List.copyOf(recorded);
      engagements = List.copyOf(engagements);
      memberships = List.copyOf(memberships);
      shares = List.copyOf(shares);
    }
  }

  /** A marketing tour of {@code tenant} that starts at {@code start}, shows times in {@code zone} and prints to {@code out}. */
  public MarketingTour(Instant start, TenantId tenant, ZoneId zone, PrintWriter out) {
    super("M", start, tenant, zone, out);
  }

  /** Runs the tour and returns what it did. */
  public Outcome run() {
    TenantStore crm = InMemoryStore.create().forTenant(tenant);
    Repository<Contact, ContactId> contacts = crm.repository(Contact.TYPE);
    ConsentLedger ledger = ConsentLedger.of(crm, clock);

    // ---------------------------------------------------------------------------------------------------------
    heading("Marketing: a trade-fair list imported through the matcher");
    IncrementalMatcher matcher = IncrementalMatcher.builder(PartyExtractors.contacts().schema()).build();
    ContactImport importer = new ContactImport(crm, clock, ids("c"), matcher);
    Map<String, ColumnTarget> columns = new LinkedHashMap<>();
    columns.put("Email", ColumnTarget.email());
    columns.put("First name", ColumnTarget.givenName());
    columns.put("Last name", ColumnTarget.familyName());
    columns.put("Tier", ColumnTarget.custom("tier", FieldType.PICKLIST));
    columns.put("Lat", ColumnTarget.custom("lat", FieldType.DECIMAL));
    columns.put("Lon", ColumnTarget.custom("lon", FieldType.DECIMAL));
    columns.put("Zone", ColumnTarget.custom("zone", FieldType.TEXT));
    ImportOptions options = ImportOptions.of(columns).withFillPolicy(FillPolicy.OVERWRITE).withOwner(Owner.team("marketing"))
        .withSource("coffee-fair-2026");
    ImportReport first = importer.run(new StringReader(csv(FAIR_LIST)), options);
    say("coffee-fair.csv, %d lines: %d created, %d updated, %d rejected.", FAIR_LIST.size(), first.created(), first.updated(),
        first.count(LineOutcome.Action.REJECTED));
    for (LineProblem p : first.problems()) {
      say("  line %d, column %s: %s", p.line(), p.column(), p.problem());
    }
    List<String> corrected = new ArrayList<>(FAIR_LIST.subList(0, FAIR_LIST.size() - 1));
    corrected.set(3, corrected.get(3).replace(",silver,", ",gold,").replace("zoe@example.ie", "ZOE@Example.ie"));
    ImportReport second = importer.run(new StringReader(csv(corrected)), options);
    say("coffee-fair-corrected.csv (Zoë now gold, her e-mail in capitals, Pat's line dropped): %d created, %d updated, "
        + "%d unchanged — matched, not duplicated; %d contacts in all.", second.created(), second.updated(),
        second.count(LineOutcome.Action.UNCHANGED), contacts.count(Criteria.all()));
    for (LineOutcome o : second.outcomes()) {
      if (o.action() == LineOutcome.Action.UPDATED) {
        say("  line %d %s %s: %s", o.line(), o.action(), o.contact().map(ContactId::value).orElse("-"), o.detail());
      }
    }
    Map<ContactId, Contact> people = new LinkedHashMap<>();
    contacts.query(Criteria.all()).stream().sorted(Comparator.comparing(c -> number(c.id()))).forEach(c -> people.put(c.id(), c));

    // ---------------------------------------------------------------------------------------------------------
    heading("Double opt-in and a signed unsubscribe link");
    Subscriptions subscriptions = new Subscriptions(crm, ledger, clock, ids("consent"), UnsubscribeTokens.withKey(UNSUBSCRIBE_KEY));
    SubscriptionType newsletter = subscriptions.defineType("newsletter", "Nordlicht newsletter", Channel.EMAIL, Purpose.NEWSLETTER, true);
    Contact lukas = byEmail(people, "lukas@example.de");
    Contact dana = byEmail(people, "dana@example.com");
    for (Contact c : people.values()) {
      Subscription signUp = subscriptions.subscribe(c.id(), newsletter.id(), "fair-sign-up-sheet");
      if (!c.id().equals(lukas.id())) {
        clock.advance(Duration.ofMinutes(7));
        subscriptions.confirm(signUp.confirmationToken().orElseThrow(), "confirmation-link");
      }
    }
    say("All %d signed up for '%s' (double opt-in); all but %s clicked the confirmation link.", people.size(),
        newsletter.name(), name(lukas));
    say("  may we e-mail %s the newsletter? %s", name(lukas), decision(subscriptions.mayContact(lukas, Channel.EMAIL,
        Purpose.NEWSLETTER, clock.instant())));
    String token = subscriptions.unsubscribeToken(dana.id(), newsletter.id());
    say("  %s's unsubscribe link: https://nordlicht.example/u?t=%s… (HMAC-SHA256 over tenant, contact and type)", name(dana),
        token.substring(0, 12));
    String tampered = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "B" : "A") + token.charAt(token.length() - 1);
    ValidationException refused = null;
    try {
      subscriptions.unsubscribe(tampered, "unsubscribe-link");
    } catch (ValidationException e) {
      refused = e;
      say("  the same link with one character changed is refused: %s", e.getMessage());
    }
    if (refused == null) {
      throw new IllegalStateException("a tampered unsubscribe link was accepted");
    }

    // ---------------------------------------------------------------------------------------------------------
    heading("Segments: custom field, consent and radius");
    Segments segments = new Segments(crm, ledger, clock, ids("seg"));
    SegmentCondition subscribed = SegmentCondition.consent(Channel.EMAIL, Purpose.NEWSLETTER, ConsentState.GRANTED);
    Segment goldNearBerlin = segments.create("Gold within 150 km of Berlin, newsletter agreed", SegmentTarget.CONTACTS,
        SegmentCondition.allOf(SegmentCondition.matches(Criteria.eq(FieldRef.text("custom.tier"), "gold")), subscribed,
            SegmentCondition.within(GeoPoint.of(52.52, 13.405), 150, "lat", "lon")));
    SizeEstimate estimate = segments.estimate(goldNearBerlin.id());
    Audience nearBerlin = segments.audience(goldNearBerlin.id());
    say("'%s': estimate %d (%s), audience %s.", goldNearBerlin.name(), estimate.count(), estimate.exact() ? "exact" : "an upper bound",
        names(people, nearBerlin.members()));
    Segment all = segments.create("Newsletter subscribers", SegmentTarget.CONTACTS, subscribed);
    Audience subscribers = segments.audience(all.id());
    say("'%s': %s — %s is still pending confirmation.", all.name(), names(people, subscribers.members()), name(lukas));

    // ---------------------------------------------------------------------------------------------------------
    heading("The newsletter campaign, its budget and lifecycle");
    ZonedDateTime change = nextTransition(clock.instant().plus(Duration.ofDays(7)));
    LocalDate dstDay = change.toLocalDate();
    LocalDate sendDay = dstDay.minusDays(1);
    Repository<Campaign, CampaignId> campaigns = crm.repository(Campaign.TYPE);
    Campaign campaign = campaigns.insert(Campaign.draft(new CampaignId("harvest-news"), tenant, "New-harvest newsletter 2026",
            CampaignType.EMAIL, Money.currency("EUR"))
        .withBudget(Money.of("2000", "EUR"))
        .withExpectedRevenue(Money.of("6000", "EUR"))
        .withMemberStatuses(new MemberStatuses(List.of(new MemberStatus("Sent", true, false), new MemberStatus("Opened", false, true),
            new MemberStatus("Clicked", false, true), new MemberStatus("Bounced", false, false)))));
    say("%s '%s' (%s), budget %s, expected revenue %s, statuses %s.", campaign.id(), campaign.name(), campaign.status(),
        money(campaign.budget()), money(campaign.expectedRevenue()),
        campaign.memberStatuses().statuses().stream().map(MemberStatus::label).toList());
    IllegalTransitionException lifecycleRefusal = null;
    try {
      campaign.fire(CampaignLifecycle.SCHEDULE);
    } catch (IllegalTransitionException e) {
      lifecycleRefusal = e;
      say("  %s --%s--> refused: %s", e.from(), e.event(), e.reason());
    }
    if (lifecycleRefusal == null) {
      throw new IllegalStateException("a campaign without a start date was scheduled");
    }
    campaign = campaigns.update(campaign.withStartDate(sendDay).withEndDate(dstDay.plusDays(1)).fire(CampaignLifecycle.SCHEDULE));
    say("  with start date %s: %s.", sendDay, campaign.status());
    Campaign fair = campaigns.insert(Campaign.draft(new CampaignId("coffee-fair"), tenant, "Coffee fair 2026", CampaignType.SEMINAR_CONFERENCE,
        Money.currency("EUR")).withActualCost(Money.of("900", "EUR")));
    CampaignMemberships memberships = CampaignMemberships.of(crm, clock, ids("member"));
    for (String id : subscribers.members()) {
      memberships.add(campaign, RecordRef.of(Contact.TYPE_NAME, new ContactId(id)), "in segment '" + all.name() + "'");
    }
    LeadService leads = LeadService.builder(crm, clock).build();
    Lead lena = leads.create(Lead.builder(next("lead", LeadId::new), tenant).name(PersonName.of("Lena", "Hoffmann"))
        .company("Café Morgenrot").email(ContactPoint.email("lena@morgenrot.example", ContactPoint.Purpose.WORK))
        .owner(Owner.user("jonas")).timestamps(clock).build(), "web-form").lead();
    memberships.add(fair, lena.ref(), "met at the booth");
    clock.advance(Duration.ofHours(1));
    memberships.add(campaign, lena.ref(), "signed up on the landing page");
    clock.advance(Duration.ofHours(1));
    memberships.changeStatus(campaign, lena.ref(), "Clicked", "clicked the wholesale offer");
    say("  members: %d subscribers, and lead %s %s (%s) who clicked the wholesale offer.", subscribers.members().size(),
        lena.id(), lena.name().fullName(), lena.company().orElse("-"));

    // ---------------------------------------------------------------------------------------------------------
    heading("Planning the sends in every recipient's time zone");
    until(sendDay.minusDays(1), 12, 0);
    campaign = campaigns.update(campaign.fire(CampaignLifecycle.START));
    say("%s the campaign is %s. The clocks change on %s (%s → %s in %s).", local(clock.instant()), campaign.status(), dstDay,
        change.minusSeconds(1).getOffset(), change.getOffset(), HOME_ZONE);
    SendStep issue = SendStep.of("newsletter", campaign.id(), "email", SendSchedule.atLocal(sendDay.atTime(7, 0)))
        .withPriority(10)
        .withQuietHours(QuietHours.of("21:00", "08:00", QuietHours.Policy.DEFER));
    SendStep tips = SendStep.of("brew-tip", campaign.id(), "email", SendSchedule.recurring(sendDay.atTime(9, 30), "FREQ=DAILY;COUNT=3"))
        .withQuietHours(QuietHours.of("21:00", "08:00", QuietHours.Policy.DEFER));
    List<Recipient> recipients = subscribers.members().stream()
        .map(id -> new Recipient(RecordRef.of(Contact.TYPE_NAME, new ContactId(id)), zoneOf(people.get(new ContactId(id)))))
        .toList();
    PlanRequest request = new PlanRequest(List.of(issue, tips), recipients, List.of(),
        List.of(FrequencyCap.perCalendarDay("email", 1)), List.of(), DstPolicy.STANDARD, clock.instant(),
        ZonedDateTime.of(dstDay.plusDays(2), LocalTime.MIDNIGHT, HOME_ZONE).toInstant());
    SendPlan plan = SendPlanner.plan(request);
    say("Steps: 'newsletter' at 07:00 local on %s (priority 10); 'brew-tip' daily at 09:30 local for three days; quiet hours "
        + "21:00-08:00 defer; at most 1 e-mail per calendar day in the recipient's zone.", sendDay);
    for (PlannedSend p : plan.planned().stream().filter(p -> p.stepId().equals("newsletter"))
        .sorted(Comparator.comparing(PlannedSend::at)).toList()) {
      say("  newsletter to %-5s %s local = %s UTC (%s)", p.recipient().id(), recipientLocal(people, p.recipient(), p.at()),
          UTC.format(p.at()), p.reasons().get(p.reasons().size() - 1));
    }
    for (Recipient r : recipients) {
      List<PlannedSend> tipsOf = plan.planned().stream()
          .filter(p -> p.stepId().equals("brew-tip") && p.recipient().equals(r.ref())).sorted(Comparator.comparing(PlannedSend::at)).toList();
      say("  brew-tip   to %-5s %s local = %s UTC", r.ref().id(),
          tipsOf.stream().map(p -> recipientLocal(people, r.ref(), p.at())).collect(Collectors.joining(", ")),
          tipsOf.stream().map(p -> UTC.format(p.at())).collect(Collectors.joining(", ")));
    }
    say("  dropped brew-tip of %s to %s: %s (%s)", sendDay,
        plan.dropped().stream().map(d -> d.recipient().id()).sorted().collect(Collectors.joining(", ")),
        plan.dropped().isEmpty() ? "-" : plan.dropped().get(0).reason(),
        plan.dropped().isEmpty() ? "-" : plan.dropped().get(0).detail());
    say("%d planned (%d deferred by quiet hours, none dropped for them), %d dropped by the cap.", plan.planned().size(),
        plan.deferred().size(), plan.dropped().size());
    Contact berlin = byEmail(people, "ada.weiss@example.de");
    List<String> acrossChange = new ArrayList<>();
    plan.dropped().stream().filter(d -> d.recipient().equals(berlin.ref())).forEach(d ->
        acrossChange.add(RECIPIENT_LOCAL.format(d.nominal().atZone(HOME_ZONE)) + " = " + UTC.format(d.nominal()) + " UTC (dropped)"));
    plan.planned().stream().filter(p -> p.stepId().equals("brew-tip") && p.recipient().equals(berlin.ref()))
        .sorted(Comparator.comparing(PlannedSend::at))
        .forEach(p -> acrossChange.add(RECIPIENT_LOCAL.format(p.at().atZone(HOME_ZONE)) + " = " + UTC.format(p.at()) + " UTC"));
    say("Across the clock change %s's brew tips keep 09:30 local while UTC moves: %s.", name(berlin), String.join("; ", acrossChange));

    // ---------------------------------------------------------------------------------------------------------
    heading("Delivery: job store, SendWorker, a crash and the recording channel");
    InMemoryJobStore jobs = new InMemoryJobStore(tenant, clock, RetryPolicy.ofDefaults(), new SplittableRandom(7));
    long enqueued = plan.planned().stream().filter(p -> jobs.enqueue(p.toJob(tenant))).count();
    long replanned = SendPlanner.plan(request).planned().stream().filter(p -> jobs.enqueue(p.toJob(tenant))).count();
    say("%d jobs enqueued; re-planning the same period enqueues %d (the job keys are the idempotency keys).", enqueued, replanned);
    StepMessage newsletterMessage = new StepMessage("newsletter", Templates.compile(MessageTemplate.email(new TemplateId("t-harvest"),
        tenant, "harvest", "New beans are in, {{contact.givenName}}", "<p>Hallo {{contact.givenName}}, the new harvest is here.</p>",
        "Hallo {{contact.givenName}}, the new harvest is here.")), ChannelKind.EMAIL, Purpose.NEWSLETTER);
    StepMessage tipMessage = new StepMessage("brew-tip", Templates.compile(MessageTemplate.email(new TemplateId("t-tip"), tenant, "tip",
        "Brew tip for {{contact.givenName}}", "<p>Try 60 g per litre.</p>", "Try 60 g per litre.")), ChannelKind.EMAIL,
        Purpose.NEWSLETTER);
    RecordingChannel recording = new RecordingChannel();
    CrashOnce channel = new CrashOnce(recording);
    SendWorker worker = new SendWorker(jobs, crm, subscriptions, List.of(newsletterMessage, tipMessage), channel, clock,
        SendWorker.Settings.of("worker-1").withLeaseFor(LEASE).withBatchSize(1));

    until(sendDay.minusDays(1), 18, 0);
    subscriptions.unsubscribe(token, "unsubscribe-link");
    say("%s %s follows her genuine unsubscribe link, after the plan was made.", local(clock.instant()), name(dana));

    List<SendOutcome> outcomes = new ArrayList<>();
    TreeSet<Instant> wakeUps = plan.planned().stream().map(PlannedSend::at).collect(Collectors.toCollection(TreeSet::new));
    deliver(worker, wakeUps, ZonedDateTime.of(dstDay, LocalTime.MIDNIGHT, HOME_ZONE).toInstant(), outcomes);
    say("The newsletter is out: %d sent, %d suppressed.", outcomes.stream().filter(o -> o instanceof SendOutcome.Sent).count(),
        outcomes.stream().filter(o -> o instanceof SendOutcome.Suppressed).count());

    // ---------------------------------------------------------------------------------------------------------
    heading("Engagement comes back");
    EngagementRouter router = new EngagementRouter();
    Campaign running = campaign;
    router.register(e -> memberStatus(memberships, running, e));
    router.register(e -> {
      if (e.kind() == EngagementKind.BOUNCED_HARD) {
        people.get(e.contact()).primaryEmail().ifPresent(address ->
            subscriptions.suppressGlobally(SuppressionEntry.email(address), "hard bounce of " + e.messageId().value()));
      }
    });
    Map<String, Instant> sentAt = new LinkedHashMap<>();
    outcomes.stream().filter(o -> o instanceof SendOutcome.Sent).forEach(o -> sentAt.put(o.key().value(), o.at()));
    List<EngagementEvent> engagements = new ArrayList<>();
    for (OutboundMessage m : recording.sent()) {
      Contact to = people.get(m.recipient().orElseThrow());
      String email = to.primaryEmail().orElse("");
      List<EngagementKind> kinds = email.startsWith("ana@") ? List.of(EngagementKind.BOUNCED_HARD)
          : email.startsWith("ada.") ? List.of(EngagementKind.OPENED, EngagementKind.CLICKED)
          : email.startsWith("marta@") || email.startsWith("kenji@") ? List.of(EngagementKind.OPENED)
          : List.<EngagementKind>of();
      for (EngagementKind k : kinds) {
        engagements.add(EngagementEvent.of(tenant, m.id(), to.id(), k, sentAt.get(m.id().value()).plus(Duration.ofMinutes(k == EngagementKind.CLICKED ? 50 : 20))));
      }
    }
    engagements.sort(Comparator.comparing(EngagementEvent::occurredAt));
    for (EngagementEvent e : engagements) {
      router.dispatch(e);
      say("  %s %-12s %-5s %s", UTC.format(e.occurredAt()), e.kind(), e.contact().value(), e.messageId().value());
    }
    router.dispatch(engagements.get(0));   // providers redeliver; the listeners must not count it twice
    say("  (the provider delivers the first event twice; the second changes nothing)");
    for (CampaignMembership m : memberships.members(campaign.id())) {
      say("  member %-14s %-8s %s", m.party(), m.member().status(),
          m.history().stream().map(CampaignMembership.StatusChange::reason).collect(Collectors.joining(" → ")));
    }
    Contact ana = byEmail(people, "ana@bounce.example");
    say("  may we e-mail %s now? %s", name(ana), decision(subscriptions.mayContact(ana, Channel.EMAIL, Purpose.NEWSLETTER,
        clock.instant())));

    // ---------------------------------------------------------------------------------------------------------
    heading("The brew tips, across the clock change");
    deliver(worker, wakeUps, Instant.MAX, outcomes);
    long sent = outcomes.stream().filter(o -> o instanceof SendOutcome.Sent).count();
    long suppressed = outcomes.stream().filter(o -> o instanceof SendOutcome.Suppressed).count();
    long distinctIds = recording.sent().stream().map(m -> m.id().value()).distinct().count();
    say("%d sent, %d suppressed at send time, %d jobs open; the channel was handed %d deliveries and recorded %d distinct "
        + "messages (%d distinct ids): the re-delivery after the crash reused its message id.", sent, suppressed, jobs.openCount(),
        channel.deliveries.size(), recording.sent().size(), distinctIds);
    long completed = plan.planned().stream().filter(p -> jobs.find(p.key()).map(j -> j.state() == JobState.COMPLETED).orElse(false)).count();
    say("Jobs completed: %d of %d.", completed, plan.planned().size());

    // ---------------------------------------------------------------------------------------------------------
    heading("An A/B test of the subject line");
    AbTest subject = new AbTest(new AbTestId("harvest-subject"), tenant, 0,
        List.of(Variant.of("beans", 1, new TemplateId("t-harvest")), Variant.of("harvest", 1, new TemplateId("t-harvest-b"))),
        AbMetric.OPEN_RATE, 0.95, 500, 0.2);
    say("Variants 'beans' (\"New beans are in\") and 'harvest' (\"The new harvest\"), 20%% of the full list of 12,400 in the "
        + "test, 95%% confidence, 500 sends per variant before deciding. Open counts as the e-mail provider reports them:");
    AbOutcome early = AbTests.decide(subject, List.of(new VariantStats("beans", 310, 74), new VariantStats("harvest", 296, 52)));
    say("  after the first hour: %s", early.explanation());
    AbOutcome decided = AbTests.decide(subject, List.of(new VariantStats("beans", 1240, 298), new VariantStats("harvest", 1240, 221)));
    say("  after the test cell: %s", decided.explanation());
    for (String id : subscribers.members().subList(0, Math.min(3, subscribers.members().size()))) {
      AbAssignment a = AbTests.assign(subject, id, decided);
      say("  %-10s %s", id, a.reason());
    }

    // ---------------------------------------------------------------------------------------------------------
    heading("An onboarding journey in the simulator, four virtual weeks");
    Journey onboarding = Journey.builder(new JourneyId("onboarding"), tenant, "Coffee club onboarding")
        .entry(EntryRule.onTrigger("joined-club"))
        .step(JourneyStep.send("welcome", new TemplateId("t-welcome"), ChannelKind.EMAIL, "opened?"))
        .step(JourneyStep.branch("opened?", BranchCondition.engaged(new StepId("welcome"), EngagementKind.OPENED, Duration.ofDays(3)),
            "first-order", "pause"))
        .step(JourneyStep.send("first-order", new TemplateId("t-first-order"), ChannelKind.EMAIL, "done"))
        .step(JourneyStep.await("pause", WaitCondition.forDuration(Duration.ofDays(4)), "nudge"))
        .step(JourneyStep.send("nudge", new TemplateId("t-nudge"), ChannelKind.EMAIL, "done"))
        .step(JourneyStep.exit("done"))
        .goal(Goal.triggered("ordered", "order"))
        .build();
    Map<TemplateId, CompiledTemplate> templates = Map.of(
        new TemplateId("t-welcome"), simple("t-welcome", "Welcome to the coffee club, {{contact.givenName}}"),
        new TemplateId("t-first-order"), simple("t-first-order", "10 % off your first bag"),
        new TemplateId("t-nudge"), simple("t-nudge", "Still deciding, {{contact.givenName}}?"));
    Instant simStart = ZonedDateTime.of(dstDay.plusDays(7), LocalTime.of(8, 0), HOME_ZONE).toInstant();
    List<Arrival> arrivals = new ArrayList<>();
    List<Contact> club = new ArrayList<>();
    String[][] joiners = {{"Sofia", "Andersson", "Europe/Stockholm"}, {"Mateusz", "Żółkiewski", "Europe/Warsaw"},
        {"Chloé", "Dubois", "Europe/Paris"}, {"Ayşe", "Yıldız", "Europe/Istanbul"}, {"Luis", "Peña", "America/Mexico_City"},
        {"Hana", "Nováková", "Europe/Prague"}};
    for (String[] j : joiners) {
      Contact c = Contact.builder(next("club", ContactId::new), tenant).name(PersonName.of(j[0], j[1])).owner(Owner.team("marketing"))
          .contactPoint(ContactPoint.email(j[0].toLowerCase(Locale.ROOT) + "@club.example", ContactPoint.Purpose.HOME).asPrimary())
          .timestamps(clock).build();
      club.add(c);
      arrivals.add(Arrival.of(c, ZoneId.of(j[2]), simStart.plus(Duration.ofHours(6L * (club.size() - 1))), "joined-club"));
    }
    Contact orders = club.get(ORDERING_MEMBER);
    List<JourneyEvent> triggers = List.of(JourneyEvent.triggered("order", orders.id(), simStart.plus(ORDER_AFTER)));
    SimulationResult simulation = JourneySimulation.run(new SimulationSetup(onboarding, templates, arrivals, triggers,
        CLUB_ENGAGEMENT, SIMULATION_SEED, simStart, Duration.ofDays(28)));
    say("%d new coffee-club members join from %s, one every 6 hours; opens drawn with probability %.2f (seed %d); %s orders on %s.",
        arrivals.size(), local(simStart), CLUB_ENGAGEMENT.open(), SIMULATION_SEED, name(orders), local(simStart.plus(ORDER_AFTER)));
    for (SimulatedSend s : simulation.sends()) {
      say("  %s %-7s %-11s %s", local(s.at()), s.recipient().value(), s.step().value(), s.reason());
    }
    for (Contact c : club) {
      Enrolment e = simulation.enrolments().get(c.id());
      if (e != null) {
        say("  %-7s %-22s %-7s %s", c.id().value(), name(c), e.status(), e.position());
      }
    }
    say("%d sends, %d engagements simulated.", simulation.sends().size(), simulation.engagements().size());

    // ---------------------------------------------------------------------------------------------------------
    heading("A lead converts; the campaign closes with ROI and attribution");
    until(dstDay.plusDays(14), 10, 0);
    lena = leads.changeStatus(lena.id(), lena.version(), "work", "jonas").lead();
    lena = leads.changeStatus(lena.id(), lena.version(), "qualify", "jonas").lead();
    ConversionResult converted = LeadConversion.builder(crm, clock, ids("c"))
        .participant(new CampaignMembershipOnConversion()).build()
        .convert(ConversionRequest.of(lena.id(), lena.version(), "jonas"));
    RecordRef lenaContact = converted.contact().ref();
    say("%s %s converts into contact %s of %s; campaign memberships carried over: %s.", local(clock.instant()), lena.id(),
        converted.contact().id(), converted.account().name(), converted.event().contributions().get("campaign_memberships"));
    for (CampaignMembership m : memberships.of(lenaContact)) {
      say("  %s in %s: %s (responded %s), history %s", m.party(), m.campaign(), m.member().status(),
          m.member().firstRespondedAt().map(this::local).orElse("never"),
          m.history().stream().map(h -> h.status()).toList());
    }
    Instant closedAt = clock.instant().plus(Duration.ofDays(3));
    Money deal = Money.of("4800", "EUR");
    campaign = campaigns.update(campaign.withActualCost(Money.of("1240", "EUR")).fire(CampaignLifecycle.COMPLETE));
    CampaignTotals totals = CampaignResults.of(campaign, memberships.countable(campaign.id()),
        List.of(new CampaignConversion(campaign.id(), lenaContact, "opp-wholesale-1", deal, true)),
        new MoneyConversion(new InMemoryExchangeRates()), LocalDate.ofInstant(closedAt, HOME_ZONE));
    say("Café Morgenrot's wholesale order (opp-wholesale-1, %s) is won on %s.", money(deal), local(closedAt));
    say("%s is %s: %d members, %d responded (%s), budget %s, cost %s, won %s, ROI %s.", campaign.name(), campaign.status(),
        totals.members(), totals.responses(), totals.responseRate().map(MarketingTour::percent).orElse("-"),
        money(totals.budget()), money(totals.actualCost()), money(totals.wonRevenue()),
        totals.roi().map(MarketingTour::percent).orElse("-"));
    List<Touch> touches = new ArrayList<>();
    for (CampaignMembership m : memberships.of(lena.ref())) {
      touches.add(new Touch(m.campaign(), m.history().get(0).at()));
    }
    touches.add(new Touch(campaign.id(), memberships.find(campaign.id(), lenaContact).orElseThrow().history().get(1).at()));
    touches.sort(Comparator.comparing(Touch::at));
    List<InfluenceShare> shares = CampaignInfluence.attribute("opp-wholesale-1", deal, closedAt, touches, AttributionModel.positionBased());
    say("Attribution of %s, position-based 40/20/40 over %d touches:", money(deal), touches.size());
    for (InfluenceShare s : shares) {
      say("  %-18s %s", s.campaign(), money(s.amount()));
    }
    out.flush();
    return new Outcome(crm, first, second, nearBerlin, subscribers, refused, lifecycleRefusal, campaign, dstDay, plan, replanned,
        outcomes, channel.deliveries, recording.sent(), engagements, decided, simulation, converted,
        memberships.members(campaign.id()), totals, shares);
  }

  /** Moves a positive engagement's member up (Sent → Opened → Clicked) and marks a hard bounce; repeats change nothing. */
  private static void memberStatus(CampaignMemberships memberships, Campaign campaign, EngagementEvent e) {
    RecordRef party = RecordRef.of(Contact.TYPE_NAME, e.contact());
    Optional<CampaignMembership> current = memberships.find(campaign.id(), party);
    if (current.isEmpty()) {
      return;
    }
    List<String> ladder = List.of("Sent", "Opened", "Clicked");
    String target = switch (e.kind()) {
      case OPENED -> "Opened";
      case CLICKED -> "Clicked";
      case BOUNCED_HARD -> "Bounced";
      default -> "";
    };
    String now = current.get().member().status();
    boolean up = ladder.indexOf(target) > ladder.indexOf(now) || (target.equals("Bounced") && !now.equals("Bounced"));
    if (!target.isEmpty() && up) {
      memberships.changeStatus(campaign, party, target, e.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " "
          + e.messageId().value().substring(0, e.messageId().value().indexOf('|')));
    }
  }

  /** Runs the worker at every wake-up before {@code until}, taking a crash's lease expiry as one more wake-up. */
  private void deliver(SendWorker worker, TreeSet<Instant> wakeUps, Instant until, List<SendOutcome> outcomes) {
    while (!wakeUps.isEmpty() && wakeUps.first().isBefore(until)) {
      Instant at = wakeUps.pollFirst();
      if (at.isAfter(clock.instant())) {
        clock.advance(Duration.between(clock.instant(), at));
      }
      while (true) {
        List<SendOutcome> done;
        try {
          done = worker.runDue();
        } catch (WorkerCrash crash) {
          say("  %s worker-1 crashes %s; its lease runs until %s.", UTC.format(clock.instant()), crash.getMessage(),
              UTC.format(clock.instant().plus(LEASE)));
          wakeUps.add(clock.instant().plus(LEASE));
          continue;
        }
        if (done.isEmpty()) {
          break;
        }
        for (SendOutcome o : done) {
          outcomes.add(o);
          say("  %s %s", UTC.format(o.at()), summary(o));
        }
      }
    }
  }

  private static String recipientLocal(Map<ContactId, Contact> people, RecordRef recipient, Instant at) {
    return RECIPIENT_LOCAL.format(at.atZone(zoneOf(people.get(new ContactId(recipient.id())))));
  }

  private String summary(SendOutcome o) {
    if (o instanceof SendOutcome.Sent s) {
      OutboundMessage.Email m = (OutboundMessage.Email) s.message();
      return String.format(Locale.ROOT, "sent      %-10s to %-20s \"%s\" (attempt %d)", s.key().value().substring(0, s.key().value().indexOf('|')),
          m.to(), m.subject(), s.attempt());
    }
    return o.explanation();
  }

  private ZonedDateTime nextTransition(Instant after) {
    ZoneOffsetTransition t = HOME_ZONE.getRules().nextTransition(after);
    return t.getInstant().atZone(HOME_ZONE);
  }

  /** Moves the story's clock forward to {@code hour:minute} on {@code date} in the roaster's zone. */
  private void until(LocalDate date, int hour, int minute) {
    Instant target = ZonedDateTime.of(date, LocalTime.of(hour, minute), HOME_ZONE).toInstant();
    if (target.isAfter(clock.instant())) {
      clock.advance(Duration.between(clock.instant(), target));
    }
  }

  private CompiledTemplate simple(String id, String subject) {
    return Templates.compile(MessageTemplate.email(new TemplateId(id), tenant, id, subject, "<p>" + subject + "</p>", subject));
  }

  private static String csv(List<String> lines) {
    return HEADER + "\n" + String.join("\n", lines) + "\n";
  }

  private static int number(ContactId id) {
    return Integer.parseInt(id.value().substring(id.value().lastIndexOf('-') + 1));
  }

  private static Contact byEmail(Map<ContactId, Contact> people, String email) {
    return people.values().stream().filter(c -> c.primaryEmail().orElse("").equalsIgnoreCase(email)).findFirst().orElseThrow();
  }

  private static ZoneId zoneOf(Contact c) {
    return c.customFields().get("zone").map(v -> ZoneId.of(((FieldValue.TextValue) v).value())).orElse(HOME_ZONE);
  }

  private static String name(Contact c) {
    return c.name().fullName();
  }

  private static String names(Map<ContactId, Contact> people, List<String> ids) {
    return ids.stream().map(id -> Optional.ofNullable(people.get(new ContactId(id))).map(c -> name(c) + " (" + id + ")").orElse(id))
        .collect(Collectors.joining(", "));
  }

  private static String decision(SendDecision d) {
    return (d.allowed() ? "yes" : "no") + " — " + String.join("; ", d.reasons());
  }

  private static String money(Money m) {
    return String.format(Locale.ROOT, "%,.2f %s", m.amount(), m.currency().getCurrencyCode());
  }

  private static String percent(BigDecimal fraction) {
    return fraction.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
  }

  /** Stands for the worker's process dying: an error, so the worker neither completes nor fails the job. */
  static final class WorkerCrash extends Error {
    WorkerCrash(String where) {
      super(where);
    }
  }

  /** Hands messages to a recording channel and crashes once, right after the first delivery. */
  static final class CrashOnce implements io.crmkit.marketing.channel.Channel {
    private final RecordingChannel delegate;
    final List<OutboundMessage> deliveries = new ArrayList<>();
    private boolean crashed;

    CrashOnce(RecordingChannel delegate) {
      this.delegate = delegate;
    }

    @Override
    public DeliveryReceipt deliver(OutboundMessage message) {
      deliveries.add(message);
      DeliveryReceipt receipt = delegate.deliver(message);
      if (!crashed) {
        crashed = true;
        throw new WorkerCrash("after delivering " + message.id().value() + " and before completing its job");
      }
      return receipt;
    }
  }
}
