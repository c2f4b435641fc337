package io.crmkit.testkit.marketing;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.TenantId;
import io.crmkit.marketing.campaign.Campaign;
import io.crmkit.marketing.campaign.CampaignLifecycle;
import io.crmkit.marketing.campaign.MemberStatus;
import io.crmkit.marketing.campaign.MemberStatuses;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CampaignArbitrariesProperties {
  @Provide
  Arbitrary<Campaign> campaigns() {
    return CampaignArbitraries.campaigns(TenantId.of("acme"));
  }

  @Provide
  Arbitrary<MemberStatuses> statuses() {
    return CampaignArbitraries.memberStatuses();
  }

  @Property(tries = 100)
  void campaigns_are_valid_drafts_in_one_currency(@ForAll("campaigns") Campaign c) {
    assertThat(c.status()).isEqualTo(CampaignLifecycle.DRAFT);
    assertThat(c.version()).isZero();
    assertThat(List.of(c.actualCost().currency(), c.expectedRevenue().currency())).containsOnly(c.currency());
    c.endDate().ifPresent(end -> assertThat(end).isAfterOrEqualTo(c.startDate().orElseThrow()));
  }

  @Property(tries = 100)
  void member_statuses_have_one_default_and_a_response(@ForAll("statuses") MemberStatuses s) {
    assertThat(s.statuses().stream().filter(MemberStatus::isDefault)).hasSize(1);
    assertThat(s.statuses()).anyMatch(MemberStatus::responded);
  }

  @Example
  void send_steps_cover_every_schedule_kind_with_and_without_window_and_quiet_hours() {
    Set<String> kinds = CampaignArbitraries.sendSteps().sampleStream().limit(400)
        .map(s -> s.schedule().getClass().getSimpleName() + s.window().isPresent() + s.quietHours().isPresent())
        .collect(Collectors.toSet());
    assertThat(kinds).hasSize(12);
  }
}
