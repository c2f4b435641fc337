package io.crmkit.sales.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.Direction;
import io.crmkit.core.field.CustomFields;
import io.crmkit.core.field.FieldValue;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.party.PostalAddress;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.statemachine.StateChange;
import io.crmkit.core.statemachine.StateHistory;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import io.crmkit.sales.lead.ConversionInfo;
import io.crmkit.sales.lead.Lead;
import io.crmkit.sales.lead.LeadId;
import io.crmkit.sales.lead.LeadSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LeadScoringTest {
  static final TenantId ACME = TenantId.of("acme");
  static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW.minus(Duration.ofDays(60)), ZoneOffset.UTC);

  static Lead lead(String id, UnaryOperator<Lead.Builder> more) {
    return more.apply(Lead.builder(new LeadId(id), ACME).name(PersonName.of("Grace", "Hopper")).owner(Owner.team("emea"))
        .source(LeadSource.TRADE_SHOW).timestamps(CLOCK)).build();
  }

  static Lead grace() {
    return lead("l-1", b -> b.company("Remington Rand")
        .email(ContactPoint.email("Grace@Remington.example", ContactPoint.Purpose.WORK))
        .address(PostalAddress.of(List.of("Marienplatz 1"), "München", "80331", "DE").withRegion("BY"))
        .customFields(CustomFields.empty().with("lang", FieldValue.text("de_DE"))
            .with("tags", FieldValue.multiPicklist("cloud", "enterprise"))));
  }

  @Test
  @DisplayName("a lead's fields read under Odoo's variable names: source, country, state, lang, e-mail/phone state, tags")
  void odooVariables() {
    PredictiveScoringModel model = new PredictiveScoringModel(ACME, List.of(new PlsStage("new", 1, false), new PlsStage("converted", 2, true)),
        List.of(PlsVariable.SOURCE, PlsVariable.COUNTRY, PlsVariable.STATE, PlsVariable.LANG, PlsVariable.EMAIL_STATE,
            PlsVariable.PHONE_STATE, PlsVariable.multi("tag_id", 0)),
        LocalDate.parse("2025-01-01"));
    PlsObservation seen = model.observe(grace(), LeadScoring.withoutEngagement());
    assertThat(seen.values()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "source_id", List.of("trade_show"),
        "country_id", List.of("DE"),
        "state_id", List.of("DE/BY"),
        "lang_id", List.of("de_DE"),
        "email_state", List.of("correct"),
        "phone_state", List.of(PlsVariable.ABSENT),       // no phone: Odoo's None
        "tag_id", List.of("cloud", "enterprise")));
    assertThat(seen.stage()).contains("new");
    assertThat(seen.team()).contains("emea");
    assertThat(seen.createdAt()).contains(CLOCK.instant());
  }

  @Test
  @DisplayName("RuleScorer scores a stored lead's fit from its fields and its engagement from its completed activities")
  void ruleScore() {
    TenantStore store = InMemoryStore.create().forTenant(ACME);
    Lead lead = grace();
    var activities = store.repository(Activity.TYPE);
    Instant tenDaysAgo = NOW.minus(Duration.ofDays(10));
    activities.insert(Activity.email(new ActivityId("a-1"), ACME, "Re: demo", Owner.user("u-1"),
        List.of(lead.ref()), Direction.INBOUND, tenDaysAgo, tenDaysAgo));
    activities.insert(Activity.task(new ActivityId("a-2"), ACME, "Call back", Owner.user("u-1"), List.of(lead.ref()),
        Optional.of(NOW.plus(Duration.ofDays(1))), tenDaysAgo));                                  // open: no engagement yet
    activities.insert(Activity.email(new ActivityId("a-3"), ACME, "Newsletter", Owner.user("u-1"),
        List.of(lead("l-2", b -> b).ref()), Direction.INBOUND, tenDaysAgo, tenDaysAgo));          // another lead's

    RuleScoringModel model = new RuleScoringModel(ACME, "lead-score", List.of(
        ScoreGroup.fit("fit", List.of(
            ScoringRule.fit("germany", Criteria.eq(FieldRef.text("country"), "DE"), 20),
            ScoringRule.fit("trade-show", Criteria.eq(FieldRef.text("source"), "trade_show"), 10),
            ScoringRule.fit("reachable", Criteria.eq(FieldRef.text("email_state"), "correct"), 5),
            ScoringRule.fit("enterprise", Criteria.eq(FieldRef.text("tags"), "enterprise"), 15),
            ScoringRule.fit("no-phone", Criteria.isNull(FieldRef.text("phone")), -5))),
        ScoreGroup.engagement("engagement", DecayPolicy.halfLife(Duration.ofDays(10)), List.of(
            ScoringRule.engagement("replied", Set.of("email_inbound"), 30),
            ScoringRule.engagement("called", Set.of("call_outbound"), 10)))));

    RuleScore score = RuleScorer.of(model, LeadScoring.inStore(store)).score(lead, NOW);
    // fit 20 + 10 + 5 + 15 − 5 = 45; one reply ten days ago, halved: 15
    assertThat(score.total()).isCloseTo(60.0, within(1e-9));
    assertThat(score.subject()).isEqualTo(lead.ref());
    RuleScore before = RuleScorer.of(model, LeadScoring.inStore(store)).score(lead, tenDaysAgo.minusSeconds(1));
    assertThat(before.total()).isCloseTo(45.0, within(1e-9));                                    // the reply had not happened
  }

  static StateHistory disqualifiedFrom(String status) {
    return new StateHistory(List.of(
        new StateChange(Optional.empty(), status, StateChange.START, CLOCK.instant()),
        new StateChange(Optional.of(status), "disqualified", "disqualify", CLOCK.instant())));
  }

  @Test
  @DisplayName("PredictiveLeadScorer learns from converted and disqualified leads and scores an open one end to end")
  void predictive() {
    PredictiveScoringModel model = new PredictiveScoringModel(ACME,
        List.of(new PlsStage("new", 1, false), new PlsStage("working", 2, false), new PlsStage("qualified", 3, false),
            new PlsStage("converted", 4, true)),
        List.of(PlsVariable.COUNTRY, PlsVariable.EMAIL_STATE, PlsVariable.PHONE_STATE), LocalDate.parse("2025-01-01"));
    LeadScoring scoring = LeadScoring.withoutEngagement();
    ConversionInfo info = new ConversionInfo(NOW, "u-1", new AccountId("a"), new ContactId("c"), Optional.empty());
    ContactPoint mail = ContactPoint.email("x@example.com", ContactPoint.Purpose.WORK);
    PostalAddress de = PostalAddress.of(List.of("1 Hauptstr."), "Berlin", "10115", "DE");
    PostalAddress fr = PostalAddress.of(List.of("1 rue"), "Paris", "75001", "FR");
    List<Lead> history = List.of(
        lead("w-1", b -> b.address(de).email(mail).statusHistory(StateHistory.start("converted", CLOCK.instant())).conversion(info)),
        lead("w-2", b -> b.address(fr).email(mail).statusHistory(StateHistory.start("converted", CLOCK.instant())).conversion(info)),
        lead("x-1", b -> b.address(fr).statusHistory(disqualifiedFrom("working"))),
        lead("x-2", b -> b.address(de).statusHistory(disqualifiedFrom("new"))),
        lead("o-1", b -> b.address(de)));                                                         // open: teaches nothing
    List<ClosedLead> closed = history.stream().flatMap(l -> scoring.closed(l, model).stream()).toList();
    assertThat(closed).extracting(ClosedLead::outcome)
        .containsExactly(PlsOutcome.WON, PlsOutcome.WON, PlsOutcome.LOST, PlsOutcome.LOST);
    assertThat(closed).extracting(c -> c.observation().stage().orElseThrow())
        .containsExactly("converted", "converted", "working", "new");                            // lost where they were
    FrequencyTable table = FrequencyTable.recount(model, closed);
    PredictiveLeadScorer scorer = PredictiveLeadScorer.of(model, table);

    Lead open = lead("n-1", b -> b.address(de).email(mail));
    LeadProbability p = scorer.score(open, scoring);
    // the same as scoring the observation written by hand
    LeadProbability byHand = scorer.score(new PlsObservation(Optional.of("emea"), Optional.of("new"),
        Map.of("country_id", List.of("DE"), "email_state", List.of("correct"), "phone_state", List.of("None")),
        Optional.of(CLOCK.instant())));
    assertThat(p).isEqualTo(byHand);
    assertThat(p.probability()).isPresent();
    assertThat(p.contributions()).extracting(FeatureContribution::variable).contains("email_state");
    // with an e-mail, like both won leads, it scores above the same lead without one
    LeadProbability withoutEmail = scorer.score(lead("n-2", b -> b.address(de)), scoring);
    assertThat(p.probability().get()).isGreaterThan(withoutEmail.probability().get());
  }
}
