package io.crmkit.examples;

import io.crmkit.core.IdGenerator;
import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.service.calendar.BusinessCalendar;
import io.crmkit.service.calendar.CalendarVersion;
import io.crmkit.service.cases.Case;
import io.crmkit.service.cases.CaseChannel;
import io.crmkit.service.cases.CaseMergeRequest;
import io.crmkit.service.cases.CaseMergeResult;
import io.crmkit.service.cases.CasePriority;
import io.crmkit.service.cases.CaseService;
import io.crmkit.service.cases.CommentVisibility;
import io.crmkit.service.escalation.ElapsedTime;
import io.crmkit.service.escalation.EscalationAction;
import io.crmkit.service.escalation.EscalationAction.Notify;
import io.crmkit.service.escalation.EscalationAction.RaisePriority;
import io.crmkit.service.escalation.EscalationAction.ReassignToQueue;
import io.crmkit.service.escalation.EscalationCriteria;
import io.crmkit.service.escalation.EscalationEvaluation;
import io.crmkit.service.escalation.EscalationRaised;
import io.crmkit.service.escalation.EscalationRule;
import io.crmkit.service.escalation.EscalationRules;
import io.crmkit.service.escalation.EscalationTier;
import io.crmkit.service.escalation.FiredTier;
import io.crmkit.service.escalation.TimeBasis;
import io.crmkit.service.intake.CaseIntake;
import io.crmkit.service.intake.InboundMessage;
import io.crmkit.service.intake.IntakeResult;
import io.crmkit.service.ivr.CallOutcome;
import io.crmkit.service.ivr.CallerInput;
import io.crmkit.service.ivr.Menu;
import io.crmkit.service.ivr.MenuNode.Answer;
import io.crmkit.service.ivr.MenuNode.Prompt;
import io.crmkit.service.ivr.MenuNode.Transfer;
import io.crmkit.service.ivr.MenuOption;
import io.crmkit.service.ivr.MenuSimulator;
import io.crmkit.service.ivr.RetryPolicy;
import io.crmkit.service.routing.Agent;
import io.crmkit.service.routing.CandidateAssessment;
import io.crmkit.service.routing.Presence;
import io.crmkit.service.routing.RoundRobinPick;
import io.crmkit.service.routing.RoundRobinRouting;
import io.crmkit.service.routing.RoutingDecision;
import io.crmkit.service.routing.SkillRequirement;
import io.crmkit.service.routing.SkillsBasedRouting;
import io.crmkit.service.routing.WorkItem;
import io.crmkit.service.routing.WorkItems;
import io.crmkit.service.sla.ReopenRule;
import io.crmkit.service.sla.SlaAlert;
import io.crmkit.service.sla.SlaAlerts;
import io.crmkit.service.sla.SlaCalendars;
import io.crmkit.service.sla.SlaClock;
import io.crmkit.service.sla.SlaClockReading;
import io.crmkit.service.sla.SlaEvaluation;
import io.crmkit.service.sla.SlaMetric;
import io.crmkit.service.sla.SlaPolicy;
import io.crmkit.service.sla.SlaPolicyVersion;
import io.crmkit.service.sla.SlaTarget;
import io.crmkit.service.sla.SlaTimelines;
import java.io.PrintWriter;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The service chapter of {@code crm demo}: a day of support cases at Nordwind's help desk on the in-memory store.
 * Mails arrive through {@link CaseIntake} (a reply threads onto its case by In-Reply-To, an out-of-office reply is
 * ignored), a web form and a phone call — the caller first walks the IVR menu to the network queue. The phone case
 * duplicates a mailed one and is merged into it. Cases are routed skills-based (an optional language skill dropped
 * after an hour's wait) and by round robin (an absent agent skipped). SLA clocks run on the office's business
 * calendar across a wait for the customer and the evening close; a first-response warning and breach are raised
 * once however often the clocks are read; an escalation tier counted in business hours fires and moves a case.
 *
 * <pre>{@code
 * ServiceTour.Outcome outcome = new ServiceTour(Instant.parse("2026-01-15T10:00:00Z"), TenantId.of("demo"),
 *     ZoneId.of("Europe/Berlin"), new PrintWriter(System.out, true)).run();
 * }</pre>
 *
 * <p>The story's day is the first working day (Monday to Friday) after the start's date in {@link #OFFICE_ZONE},
 * and the next morning the working day after it; the clock only moves forward, when the story says so, and ids
 * are counted, so the same start, tenant and zone print the same text on every run.
 */
public final class ServiceTour extends Tour {
  /** Where the help desk works: its calendar's zone. */
  public static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Berlin");
  /** The help desk's opening hours on weekdays. */
  public static final LocalTime OPENS = LocalTime.of(8, 0);
  /** The help desk's closing time on weekdays. */
  public static final LocalTime CLOSES = LocalTime.of(18, 0);

  private static final String SUPPORT_ADDRESS = "support@helpdesk.example";


  /** A service tour of {@code tenant} that starts at {@code start}, shows times in {@code zone} and prints to {@code out}. */
  public ServiceTour(Instant start, TenantId tenant, ZoneId zone, PrintWriter out) {
    super("V", start, tenant, zone, out);
  }

  /**
   * What the tour did, for callers that want the facts rather than the text.
   *
   * @param store the tenant store the tour wrote to
   * @param office the help desk's business calendar
   * @param day the story's working day; {@code nextDay} the working day after it
   * @param nextDay the working day after {@code day}
   * @param intake every inbound message's result, in arrival order
   * @param calls the IVR calls: the caller who reached the network queue, then the one who heard the hours
   * @param merge the merge of the phone case into the mailed VPN case
   * @param skillsFirstTry the VPN case's skills-based routing before its optional skill was relaxed
   * @param skillsRelaxed the same case's routing once it had waited long enough
   * @param roundRobin the billing case's round-robin pick
   * @param alerts every SLA alert raised, in the order raised (each exactly once)
   * @param evening the VPN case's clocks shortly before the evening close
   * @param escalations every escalation tier that fired, in order
   * @param vpnCase the VPN case at the end (solved the next morning)
   * @param billingCase the billing case at the end (escalated to tier 2)
   * @param finalClocks the VPN case's clocks once solved
   */
  public record Outcome(
      TenantStore store, BusinessCalendar office, LocalDate day, LocalDate nextDay, List<IntakeResult> intake,
      List<CallOutcome> calls, CaseMergeResult merge, RoutingDecision skillsFirstTry, RoutingDecision skillsRelaxed,
      RoundRobinPick roundRobin, List<SlaAlert> alerts, SlaEvaluation evening, List<EscalationRaised> escalations,
      Case vpnCase, Case billingCase, SlaEvaluation finalClocks) {
    public Outcome {
      intake = List.copyOf(intake);
      calls = List.copyOf(calls);
      alerts = List.copyOf(alerts);
      escalations = List.copyOf(escalations);
    }
  }

  /** Runs the tour and returns what it did. */
  public Outcome run() {
    TenantStore desk = InMemoryStore.create().forTenant(tenant);
    IdGenerator ids = ids("c");

    // -----------------------------------------------------------------------------------------------------------
    heading("Service: a help desk, its hours and its SLA policy");
    LocalDate day = workingDayAfter(LocalDate.ofInstant(clock.instant(), OFFICE_ZONE));
    LocalDate nextDay = workingDayAfter(day);
    BusinessCalendar office = BusinessCalendar.of(tenant, "office",
        CalendarVersion.builder(OFFICE_ZONE, Instant.parse("2020-01-01T00:00:00Z")).weekdays("08:00", "18:00").build());
    SlaPolicy policy = SlaPolicy.of(tenant, "standard", List.of(new SlaPolicyVersion(Instant.parse("2020-01-01T00:00:00Z"),
        List.of(SlaTarget.of(SlaMetric.FIRST_RESPONSE, Duration.ofHours(1)).forTier("gold").onCalendar("office"),
            SlaTarget.of(SlaMetric.FIRST_RESPONSE, Duration.ofHours(4)).onCalendar("office"),
            SlaTarget.of(SlaMetric.NEXT_RESPONSE, Duration.ofHours(4)).onCalendar("office"),
            SlaTarget.of(SlaMetric.RESOLUTION, Duration.ofHours(8)).forPriority("high").onCalendar("office"),
            SlaTarget.of(SlaMetric.RESOLUTION, Duration.ofHours(24)).onCalendar("office")),
        Set.of("pending_customer", "on_hold"), Set.of("solved", "closed"), ReopenRule.RESUME, 75)));
    SlaClock slas = SlaClock.of(policy, SlaCalendars.of(tenant, List.of(office)), clock);
    say("Office hours %s-%s Monday to Friday in %s; the story's day is %s.", OPENS, CLOSES, OFFICE_ZONE, day);
    say("SLA policy 'standard': first response 1 h for gold customers, 4 h otherwise; next response 4 h; resolution "
        + "8 h for high priority, 24 h otherwise — all in office hours; paused while pending the customer or on hold, "
        + "stopped when solved; a warning at 75 %%.");

    Account nordwind = desk.repository(Account.TYPE).insert(Account.builder(next("acc", AccountId::new), tenant)
        .name("Nordwind Logistik AG").domain("nordwind.example").owner(Owner.team("key-accounts")).timestamps(clock).build());
    Map<AccountId, String> tiers = Map.of(nordwind.id(), "gold");
    Function<Case, String> tierOf = c -> c.account().map(a -> tiers.getOrDefault(a, "standard")).orElse("standard");
    Contact ada = contact(desk, "Ada", "Weber", nordwind,
        ContactPoint.email("ada.weber@nordwind.example", ContactPoint.Purpose.WORK));
    Contact jonas = contact(desk, "Jonas", "Berg", nordwind,
        ContactPoint.phone("+49 40 1234567", "DE", ContactPoint.Purpose.WORK));
    say("Customers: %s and %s of %s (tier gold); anyone else is tier standard.", ada.name().fullName(),
        jonas.name().fullName(), nordwind.name());

    List<Agent> agents = List.of(
        Agent.of(tenant, "mira", 3).withSkill("network", 5).withSkill("english", 5),
        Agent.of(tenant, "tom", 3).withSkill("network", 3).withSkill("german", 5),
        Agent.of(tenant, "jan", 3).withSkill("billing", 4).withSkill("french", 5),
        Agent.of(tenant, "lina", 3).withSkill("network", 4).withSkill("german", 4).withPresence(Presence.AWAY));
    for (Agent a : agents) {
      say("  agent %-5s %-9s skills %s", a.id(), a.presence(), new java.util.TreeMap<>(a.skills()));
    }

    CaseService cases = CaseService.builder(desk, clock, ids).build();
    CaseIntake intake = CaseIntake.builder(desk, clock, ids).ownAddresses(SUPPORT_ADDRESS).build();
    List<IntakeResult> received = new ArrayList<>();

    // -----------------------------------------------------------------------------------------------------------
    heading("Mail and a web form arrive");
    until(day, 8, 30);
    IntakeResult first = receive(intake, received, InboundMessage.builder(CaseChannel.EMAIL, "ada.weber@nordwind.example", clock.instant())
        .subject("VPN drops every hour").body("Since this morning the VPN disconnects every hour, for all of us.")
        .header("Message-ID", "<vpn-1@nordwind.example>").build());
    Case vpn = cases.update(first.supportCase().orElseThrow().withPriority(CasePriority.HIGH).withCaseType("incident")
        .withProduct("vpn-gateway").withOwner(Owner.team("network")), "triage").supportCase();
    say("  triage: %s is a high-priority incident on vpn-gateway for the network queue.", vpn.id());
    until(day, 8, 32);
    receive(intake, received, InboundMessage.builder(CaseChannel.EMAIL, "lukas.kraft@nordwind.example", clock.instant())
        .subject("Automatic reply: VPN drops every hour").body("I am out of the office until Monday.")
        .header("Message-ID", "<ooo-7@nordwind.example>").header("Auto-Submitted", "auto-replied").build());
    until(day, 8, 40);
    IntakeResult form = receive(intake, received, InboundMessage.builder(CaseChannel.WEB_FORM, "chloe.martin@example.fr", clock.instant())
        .subject("Facture en double").body("J'ai reçu deux fois la facture de mars.").build());
    Case billing = cases.update(form.supportCase().orElseThrow().withCaseType("question").withProduct("invoicing")
        .withOwner(Owner.team("front-desk")), "triage").supportCase();
    say("  triage: %s is a billing question for the front-desk queue.", billing.id());
    until(day, 8, 45);
    vpn = receive(intake, received, InboundMessage.builder(CaseChannel.EMAIL, "ada.weber@nordwind.example", clock.instant())
        .subject("Re: VPN drops every hour").body("Also on the office wifi, it seems.")
        .header("Message-ID", "<vpn-2@nordwind.example>").header("In-Reply-To", "<vpn-1@nordwind.example>").build())
        .supportCase().orElseThrow();

    // -----------------------------------------------------------------------------------------------------------
    heading("Round robin at the front desk");
    until(day, 8, 50);
    RoundRobinRouting frontDesk = RoundRobinRouting.of(tenant, "front-desk", List.of("lina", "jan", "tom"));
    WorkItem billingItem = WorkItems.builder(billing, slas.read(SlaTimelines.of(billing, tierOf))).build();
    RoundRobinPick pick = frontDesk.route(frontDesk.initialState(), billingItem, agents);
    explainRouting(pick.decision());
    billing = cases.update(billing.withOwner(Owner.user(pick.decision().agentId().orElseThrow())), "front-desk").supportCase();

    // -----------------------------------------------------------------------------------------------------------
    heading("A phone call through the IVR menu");
    Menu menu = Menu.builder(tenant, "hotline", "main")
        .node(Prompt.of("main", "Welcome to the Nordwind help desk. For network problems press 1 or say network; "
                + "for billing press 2; for our opening hours press 3.",
            MenuOption.key("1", "network-menu"), MenuOption.intent("network", "network-menu"),
            MenuOption.key("2", "billing"), MenuOption.key("3", "hours")))
        .node(Prompt.of("network-menu", "For the VPN press 1; for anything else press 2.",
            MenuOption.key("1", "vpn"), MenuOption.key("2", "network")))
        .node(Transfer.to("vpn", "network"))
        .node(Transfer.to("network", "network"))
        .node(Transfer.to("billing", "front-desk"))
        .node(new Answer("hours", "We are open from 8 to 18, Monday to Friday."))
        .retries(RetryPolicy.of(2, "front-desk"))
        .build();
    until(day, 8, 58);
    CallOutcome call = MenuSimulator.walk(menu, List.of(CallerInput.press("4"), CallerInput.say("network"), CallerInput.press("1")));
    say("%s %s presses 4, says \"network\", presses 1: %s to queue %s via %s (%d inputs).", local(clock.instant()),
        jonas.name().fullName(), call.kind(), call.queue().orElseThrow(), call.path(), call.inputsUsed());
    call.steps().forEach(s -> say("  %s %s -> %s", s.node(), s.input().map(Object::toString).orElse("(start)"), s.result()));
    until(day, 9, 0);
    IntakeResult phone = receive(intake, received, InboundMessage.builder(CaseChannel.PHONE, "+49401234567", clock.instant())
        .subject("VPN down in the Hamburg office").body("Caller reports the VPN is down for the whole Hamburg office.").build());
    Case phoneCase = cases.update(phone.supportCase().orElseThrow().withPriority(CasePriority.HIGH).withCaseType("incident")
        .withProduct("vpn-gateway").withOwner(Owner.team(call.queue().orElseThrow())), "tom").supportCase();
    phoneCase = cases.comment(phoneCase.id(), phoneCase.version(), CommentVisibility.INTERNAL,
        "Jonas Berg says the whole Hamburg office is affected.", "tom").supportCase();
    until(day, 9, 2);
    CallOutcome hours = MenuSimulator.walk(menu, List.of(CallerInput.press("3")));
    say("%s another caller presses 3: %s, hears \"%s\" — no case needed.", local(clock.instant()), hours.kind(),
        hours.messages().get(hours.messages().size() - 1));

    // -----------------------------------------------------------------------------------------------------------
    heading("Routing by skills, then relaxing an optional skill");
    SkillsBasedRouting skills = SkillsBasedRouting.builder(tenant, clock).relaxOptionalSkillsAfter(Duration.ofHours(1)).build();
    until(day, 9, 5);
    WorkItem vpnItem = WorkItems.builder(vpn, slas.read(SlaTimelines.of(vpn, tierOf)))
        .requiring(SkillRequirement.of("network", 4)).preferring(SkillRequirement.of("german", 3)).build();
    say("%s is a %s work item in queue %s, due %s (its first-response clock).", vpn.id(), vpnItem.priority(),
        vpnItem.queue(), vpnItem.slaDueAt().map(this::local).orElse("never"));
    RoutingDecision firstTry = skills.route(vpnItem, agents);
    explainRouting(firstTry);

    // -----------------------------------------------------------------------------------------------------------
    heading("A duplicate merged");
    until(day, 9, 20);
    CaseMergeResult merge = cases.merge(CaseMergeRequest.of(vpn.id(), vpn.version(), Map.of(phoneCase.id(), phoneCase.version()), "sofia"));
    vpn = merge.survivor();
    Case mergedPhone = merge.merged().get(0);
    say("%s sofia merges %s (the phone call) into %s: %s is %s and merged into %s; %s now has %d comment(s), %d moved from %s.",
        local(clock.instant()), mergedPhone.id(), vpn.id(), mergedPhone.id(), mergedPhone.status(),
        mergedPhone.mergedInto().orElseThrow().survivor(), vpn.id(), vpn.comments().size(),
        vpn.comments().stream().filter(c -> c.originalCase().isPresent()).count(), mergedPhone.id());

    until(day, 9, 30);
    RoutingDecision relaxed = skills.route(vpnItem, agents);
    explainRouting(relaxed);
    String vpnAgent = relaxed.agentId().orElseThrow();
    vpn = cases.update(vpn.withOwner(Owner.user(vpnAgent)), "network").supportCase();
    vpn = cases.changeStatus(vpn.id(), vpn.version(), "open", vpnAgent).supportCase();

    // -----------------------------------------------------------------------------------------------------------
    heading("SLA clocks: a warning and a breach, raised once");
    Set<String> raisedKeys = new HashSet<>();
    List<SlaAlert> alerts = new ArrayList<>();
    until(day, 9, 35);
    readAndAlert(slas, vpn, tierOf, raisedKeys, alerts);
    until(day, 9, 40);
    vpn = cases.comment(vpn.id(), vpn.version(), CommentVisibility.PUBLIC,
        "We see the gateway restarting every hour and are on it.", vpnAgent).supportCase();
    say("%s %s replies publicly.", local(clock.instant()), vpnAgent);
    until(day, 9, 45);
    readAndAlert(slas, vpn, tierOf, raisedKeys, alerts);
    until(day, 10, 0);
    vpn = cases.changeStatus(vpn.id(), vpn.version(), "await_customer", vpnAgent).supportCase();
    say("%s %s asks Ada to restart her client after a fix and waits: %s (the resolution clock pauses).", local(clock.instant()),
        vpnAgent, vpn.status());
    until(day, 11, 0);
    billing = cases.comment(billing.id(), billing.version(), CommentVisibility.PUBLIC,
        "Merci, nous vérifions vos factures.", billing.owner().orElseThrow().id()).supportCase();
    say("%s %s answers %s in time.", local(clock.instant()), billing.owner().orElseThrow().id(), billing.id());

    // -----------------------------------------------------------------------------------------------------------
    heading("Escalation in business hours");
    EscalationRules rules = EscalationRules.builder(tenant).businessTime(ElapsedTime.business(office))
        .rule(EscalationRule.of("high-waiting", "high-priority case open too long",
            EscalationCriteria.any().priorities(io.crmkit.service.routing.WorkPriority.HIGH,
                io.crmkit.service.routing.WorkPriority.URGENT),
            TimeBasis.BUSINESS, EscalationTier.of("duty-manager", Duration.ofHours(12), new Notify(List.of("duty-manager"),
                "High-priority case open 12 business hours"))))
        .rule(EscalationRule.of("stale", "case waiting too long", EscalationCriteria.any(), TimeBasis.BUSINESS,
            EscalationTier.of("team-lead", Duration.ofHours(4), new Notify(List.of("sofia"), "Waiting 4 business hours")),
            EscalationTier.of("tier-2", Duration.ofHours(8), new ReassignToQueue("tier-2"),
                new RaisePriority(io.crmkit.service.routing.WorkPriority.HIGH))))
        .build();
    Map<String, Set<FiredTier>> fired = new HashMap<>();
    List<EscalationRaised> escalations = new ArrayList<>();
    until(day, 12, 45);
    escalate(rules, vpnItem, fired, escalations);
    WorkItem escalatedBilling = escalate(rules, billingItem, fired, escalations);

    // -----------------------------------------------------------------------------------------------------------
    heading("The customer answers; the evening close");
    until(day, 13, 0);
    receive(intake, received, InboundMessage.builder(CaseChannel.EMAIL, "ada.weber@nordwind.example", clock.instant())
        .subject("Re: VPN drops every hour").body("Restarted the client, it still drops.")
        .header("Message-ID", "<vpn-3@nordwind.example>").header("In-Reply-To", "<vpn-1@nordwind.example>").build());
    vpn = cases.find(vpn.id()).orElseThrow();
    until(day, 15, 30);
    vpn = cases.comment(vpn.id(), vpn.version(), CommentVisibility.PUBLIC,
        "Thanks — we replaced the gateway's certificate; please try again.", vpnAgent).supportCase();
    say("%s %s replies again (the next-response clock stops).", local(clock.instant()), vpnAgent);
    until(day, 17, 45);
    SlaEvaluation evening = readAndAlert(slas, vpn, tierOf, raisedKeys, alerts);
    SlaClockReading resolution = evening.current(SlaMetric.RESOLUTION).orElseThrow();
    say("  %s has %s of resolution time left, but the office closes at %s: due %s.", vpn.id(), hm(resolution.remaining()),
        CLOSES, resolution.due().map(this::local).orElseThrow());
    escalatedBilling = escalate(rules, escalatedBilling, fired, escalations);
    if (!escalatedBilling.queue().equals(billingItem.queue())) {
      billing = cases.update(billing.withOwner(Owner.team(escalatedBilling.queue()))
          .withPriority(WorkItems.casePriority(escalatedBilling.priority())), "escalation").supportCase();
      say("  the host applies the actions: %s is now %s for queue %s.", billing.id(), billing.priority(),
          billing.owner().orElseThrow().id());
    }

    // -----------------------------------------------------------------------------------------------------------
    heading("The next morning");
    until(nextDay, 9, 0);
    readAndAlert(slas, vpn, tierOf, raisedKeys, alerts);
    until(nextDay, 9, 10);
    vpn = cases.changeStatus(vpn.id(), vpn.version(), "solve", vpnAgent).supportCase();
    say("%s Ada confirms the VPN holds; %s solves %s.", local(clock.instant()), vpnAgent, vpn.id());
    SlaEvaluation finalClocks = readAndAlert(slas, vpn, tierOf, raisedKeys, alerts);
    say("In all: %d message(s) received, %d case(s) opened, %d SLA alert(s) raised once each, %d escalation(s).",
        received.size(), received.stream().filter(r -> r.decision() instanceof io.crmkit.service.intake.IntakeDecision.NewCase).count(),
        alerts.size(), escalations.size());
    out.flush();
    return new Outcome(desk, office, day, nextDay, received, List.of(call, hours), merge, firstTry, relaxed, pick, alerts,
        evening, escalations, vpn, billing, finalClocks);
  }

  private IntakeResult receive(CaseIntake intake, List<IntakeResult> received, InboundMessage message) {
    IntakeResult result = intake.receive(message);
    received.add(result);
    say("%s %s from %s: \"%s\"", local(message.receivedAt()), message.channel(), message.sender(), message.subject());
    say("  %s", result.decision().explain());
    return result;
  }

  private void explainRouting(RoutingDecision decision) {
    say("%s %s", local(clock.instant()), decision);
    for (CandidateAssessment c : decision.candidates()) {
      say("  %s", c);
    }
    decision.reconsiderAt().ifPresent(at -> say("  route again at %s", local(at)));
  }

  private SlaEvaluation readAndAlert(SlaClock slas, Case supportCase, Function<Case, String> tierOf, Set<String> raisedKeys,
      List<SlaAlert> alerts) {
    SlaEvaluation e = slas.read(SlaTimelines.of(supportCase, tierOf));
    say("%s clocks of %s (%s):", local(e.at()), supportCase.id(), supportCase.status());
    for (SlaClockReading r : e.clocks()) {
      say("  %-14s #%d %-8s target %s, counted %s, paused %s%s", r.metric(), r.cycle(), r.state(), hm(r.target()),
          hm(r.actual()), hm(r.paused()), r.due().map(d -> ", due " + local(d)).orElse(""));
    }
    SlaAlerts.Due due = SlaAlerts.due(e, raisedKeys);
    raisedKeys.clear();
    raisedKeys.addAll(due.raised());
    alerts.addAll(due.alerts());
    if (due.alerts().isEmpty()) {
      say("  no new alert (%d raised before)", raisedKeys.size());
    }
    for (SlaAlert a : due.alerts()) {
      say("  raise %s %s (cycle %d) at %s, target %s — key %s", a.metric(), a.kind(), a.cycle(), local(a.occurredAt()),
          hm(a.target()), a.key());
    }
    return e;
  }

  private WorkItem escalate(EscalationRules rules, WorkItem item, Map<String, Set<FiredTier>> fired, List<EscalationRaised> escalations) {
    Set<FiredTier> done = fired.computeIfAbsent(item.caseId().value(), k -> new HashSet<>());
    EscalationEvaluation e = rules.evaluate(item, clock.instant(), done);
    say("%s %s: %s", local(clock.instant()), item.caseId(), e.explanation());
    WorkItem after = item;
    for (EscalationRaised r : e.raised()) {
      done.add(r.firedTier());
      escalations.add(r);
      say("  tier %s fires (%s), actions %s", r.tier(), r.reason(), r.actions());
      for (EscalationAction a : r.actions()) {
        after = a.applyTo(after);
      }
    }
    return after;
  }

  private Contact contact(TenantStore desk, String given, String family, Account account, ContactPoint point) {
    return desk.repository(Contact.TYPE).insert(Contact.builder(next("con", ContactId::new), tenant)
        .name(PersonName.of(given, family)).account(account.id()).owner(Owner.team("key-accounts"))
        .contactPoint(point.asPrimary()).timestamps(clock).build());
  }

  private static LocalDate workingDayAfter(LocalDate date) {
    LocalDate d = date.plusDays(1);
    while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
      d = d.plusDays(1);
    }
    return d;
  }

  /** Moves the story's clock forward to {@code hour:minute} on {@code date} in the office's zone. */
  private void until(LocalDate date, int hour, int minute) {
    Instant target = ZonedDateTime.of(date, LocalTime.of(hour, minute), OFFICE_ZONE).toInstant();
    if (target.isAfter(clock.instant())) {
      clock.advance(Duration.between(clock.instant(), target));
    }
  }

  private static String hm(Duration d) {
    long minutes = d.toMinutes();
    return minutes % 60 == 0 ? (minutes / 60) + " h" : minutes >= 60 ? (minutes / 60) + " h " + (minutes % 60) + " min" : minutes + " min";
  }

}
