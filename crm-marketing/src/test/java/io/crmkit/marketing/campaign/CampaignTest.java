package io.crmkit.marketing.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.IllegalTransitionException;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.money.ExchangeRate;
import io.crmkit.core.money.InMemoryExchangeRates;
import io.crmkit.core.money.Money;
import io.crmkit.core.money.MoneyConversion;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CampaignTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final LocalDate Q2_END = LocalDate.parse("2026-06-30");
  private static final Instant T = Instant.parse("2026-04-02T10:00:00Z");
  private final MoneyConversion fx = new MoneyConversion(new InMemoryExchangeRates()
      .add(new ExchangeRate(Money.currency("USD"), Money.currency("EUR"), new BigDecimal("0.90"), LocalDate.parse("2026-01-01"))));

  private static Campaign campaign(String id) {
    return Campaign.draft(new CampaignId(id), ACME, "Spring " + id, CampaignType.EMAIL, Money.currency("EUR"));
  }

  @Nested
  @DisplayName("lifecycle")
  class Lifecycle {
    @Test
    void a_campaign_runs_through_draft_scheduled_running_paused_completed() {
      Campaign c = campaign("c1").withStartDate(LocalDate.parse("2026-04-01"));
      c = c.fire(CampaignLifecycle.SCHEDULE).fire(CampaignLifecycle.START).fire(CampaignLifecycle.PAUSE);
      assertThat(c.status()).isEqualTo(CampaignLifecycle.PAUSED);
      assertThat(c.fire(CampaignLifecycle.RESUME).fire(CampaignLifecycle.COMPLETE).status()).isEqualTo(CampaignLifecycle.COMPLETED);
      assertThat(c.fire(CampaignLifecycle.CANCEL).status()).isEqualTo(CampaignLifecycle.CANCELLED);
    }

    @Test
    void scheduling_needs_a_start_date_and_terminal_states_accept_nothing() {
      assertThatThrownBy(() -> campaign("c1").fire(CampaignLifecycle.SCHEDULE))
          .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("no start date");
      Campaign cancelled = campaign("c1").fire(CampaignLifecycle.CANCEL);
      assertThatThrownBy(() -> cancelled.fire(CampaignLifecycle.START)).isInstanceOf(IllegalTransitionException.class);
    }
  }

  @Nested
  @DisplayName("members and statuses")
  class Members {
    @Test
    void member_statuses_need_exactly_one_default_and_a_responded_one() {
      assertThatThrownBy(() -> new MemberStatuses(List.of(new MemberStatus("Sent", true, false), new MemberStatus("Opened", true, false))))
          .isInstanceOf(ValidationException.class).hasMessageContaining("exactly one default");
      assertThatThrownBy(() -> new MemberStatuses(List.of(new MemberStatus("Sent", true, false))))
          .isInstanceOf(ValidationException.class).hasMessageContaining("responded");
      assertThatThrownBy(() -> new MemberStatuses(List.of(new MemberStatus("Sent", true, false), new MemberStatus("sent", false, true))))
          .isInstanceOf(ValidationException.class).hasMessageContaining("unique");
    }

    @Test
    void a_member_starts_with_the_default_status_and_keeps_its_first_response_time() {
      Campaign c = campaign("c1").withMemberStatuses(new MemberStatuses(List.of(
          new MemberStatus("Invited", true, false), new MemberStatus("Registered", false, true), new MemberStatus("Attended", false, true))));
      CampaignMember m = c.addMember(RecordRef.parse("lead:7"), T);
      assertThat(m.status()).isEqualTo("Invited");
      assertThat(m.hasResponded()).isFalse();
      CampaignMember registered = c.changeStatus(m, "registered", T.plusSeconds(60));
      CampaignMember attended = c.changeStatus(registered, "Attended", T.plusSeconds(3600));
      assertThat(attended.status()).isEqualTo("Attended");
      assertThat(attended.firstRespondedAt()).contains(T.plusSeconds(60));
      assertThatThrownBy(() -> c.changeStatus(m, "Bounced", T)).isInstanceOf(ValidationException.class).hasMessageContaining("not a member status");
      assertThatThrownBy(() -> c.addMember(RecordRef.parse("account:1"), T)).isInstanceOf(ValidationException.class).hasMessageContaining("contact or a lead");
    }
  }

  @Nested
  @DisplayName("results and ROI")
  class Results {
    @Test
    void roi_is_won_revenue_less_cost_over_cost_with_opportunities_converted_to_the_campaign_currency() {
      Campaign c = campaign("c1").withBudget(Money.of("5000", "EUR")).withActualCost(Money.of("2000", "EUR"));
      CampaignMember a = c.changeStatus(c.addMember(RecordRef.parse("contact:a"), T), "Responded", T);
      CampaignMember b = c.addMember(RecordRef.parse("lead:b"), T);
      List<CampaignConversion> conversions = List.of(
          new CampaignConversion(c.id(), a.member(), "opp-1", Money.of("3000", "EUR"), true),
          new CampaignConversion(c.id(), a.member(), "opp-2", Money.of("1000", "USD"), true),
          new CampaignConversion(c.id(), b.member(), "opp-3", Money.of("9999", "EUR"), false));
      CampaignTotals t = CampaignResults.of(c, List.of(a, b), conversions, fx, Q2_END);
      assertThat(t.wonRevenue()).isEqualTo(Money.of("3900", "EUR"));
      assertThat(t.pipelineRevenue()).isEqualTo(Money.of("13899", "EUR"));
      assertThat(t.roi()).contains(new BigDecimal("0.9500"));
      assertThat(t.responseRate()).contains(new BigDecimal("0.5000"));
      assertThat(t.wonOpportunities()).isEqualTo(2);
    }

    @Test
    void roi_without_cost_is_empty_and_mixed_currencies_are_refused() {
      assertThat(CampaignTotals.roi(Money.of("10", "EUR"), Money.of("0", "EUR"))).isEmpty();
      assertThatThrownBy(() -> CampaignTotals.roi(Money.of("10", "EUR"), Money.of("5", "USD"))).isInstanceOf(ValidationException.class);
      assertThatThrownBy(() -> campaign("x").withActualCost(Money.of("1", "USD"))).isInstanceOf(ValidationException.class)
          .hasMessageContaining("campaign currency");
    }
  }

  @Nested
  @DisplayName("hierarchy")
  class Hierarchy {
    @Test
    void a_parent_rolls_up_its_children_in_the_reporting_currency() {
      Campaign root = campaign("root").withActualCost(Money.of("100", "EUR"));
      Campaign us = Campaign.draft(new CampaignId("us"), ACME, "US", CampaignType.WEBINAR, Money.currency("USD"))
          .withParent(root.id()).withActualCost(Money.of("1000", "USD"));
      Campaign de = campaign("de").withParent(root.id()).withActualCost(Money.of("50", "EUR"));
      Map<CampaignId, CampaignTotals> rolled = CampaignHierarchy.of(List.of(root, us, de)).rollUp(Map.of(), Money.currency("EUR"), fx, Q2_END);
      assertThat(rolled.get(root.id()).actualCost()).isEqualTo(Money.of("1050", "EUR"));
      assertThat(rolled.get(us.id()).actualCost()).isEqualTo(Money.of("900", "EUR"));
    }

    @Test
    void missing_parents_and_cycles_are_refused() {
      Campaign orphan = campaign("o").withParent(new CampaignId("gone"));
      assertThatThrownBy(() -> CampaignHierarchy.of(List.of(orphan))).isInstanceOf(ValidationException.class).hasMessageContaining("not in the hierarchy");
      Campaign a = campaign("a").withParent(new CampaignId("b"));
      Campaign b = campaign("b").withParent(new CampaignId("a"));
      assertThatThrownBy(() -> CampaignHierarchy.of(List.of(a, b))).isInstanceOf(ValidationException.class).hasMessageContaining("cycle");
    }
  }

  @Nested
  @DisplayName("influence")
  class Influence {
    private final Instant close = Instant.parse("2026-05-01T00:00:00Z");
    private final List<Touch> touches = List.of(
        new Touch(new CampaignId("webinar"), close.minus(Duration.ofDays(30))),
        new Touch(new CampaignId("email"), close.minus(Duration.ofDays(10))),
        new Touch(new CampaignId("event"), close.minus(Duration.ofDays(1))),
        new Touch(new CampaignId("late"), close.plus(Duration.ofDays(1))));

    private Map<String, String> shares(AttributionModel model) {
      Map<String, String> out = new java.util.LinkedHashMap<>();
      CampaignInfluence.attribute("opp-1", Money.of("1000", "EUR"), close, touches, model)
          .forEach(s -> out.put(s.campaign().value(), s.amount().amount().toPlainString()));
      return out;
    }

    @Test
    void each_model_shares_the_amount_among_touches_before_the_close() {
      assertThat(shares(AttributionModel.firstTouch())).containsExactly(Map.entry("webinar", "1000.00"), Map.entry("email", "0.00"), Map.entry("event", "0.00"));
      assertThat(shares(AttributionModel.lastTouch())).containsEntry("event", "1000.00").containsEntry("webinar", "0.00");
      assertThat(shares(AttributionModel.even())).containsExactly(Map.entry("webinar", "333.34"), Map.entry("email", "333.33"), Map.entry("event", "333.33"));
      assertThat(shares(AttributionModel.positionBased())).containsExactly(Map.entry("webinar", "400.00"), Map.entry("email", "200.00"), Map.entry("event", "400.00"));
      // half-life 10 days: weights 1/8, 1/2, 2^-0.1
      Map<String, String> decay = shares(AttributionModel.timeDecay(Duration.ofDays(10)));
      double total = 0.125 + 0.5 + Math.pow(2, -0.1);
      assertThat(new BigDecimal(decay.get("webinar")).doubleValue()).isCloseTo(1000 * 0.125 / total, org.assertj.core.data.Offset.offset(0.01));
      assertThat(new BigDecimal(decay.get("event")).doubleValue()).isCloseTo(1000 * Math.pow(2, -0.1) / total, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void no_touch_before_the_close_means_no_influence() {
      assertThat(CampaignInfluence.attribute("opp-2", Money.of("5", "EUR"), close, List.of(touches.get(3)), AttributionModel.even())).isEmpty();
    }
  }
}
