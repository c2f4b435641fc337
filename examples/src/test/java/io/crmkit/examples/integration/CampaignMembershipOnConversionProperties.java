package io.crmkit.examples.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.RecordRef;
import io.crmkit.core.party.Contact;
import io.crmkit.marketing.campaign.Campaign;
import io.crmkit.sales.lead.ConversionResult;
import io.crmkit.sales.lead.Lead;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CampaignMembershipOnConversionProperties {
  static final List<String> STATUSES = List.of("Registered", "Attended", "No-show", "Invited");

  /** What one party does in one campaign: minutes between moves, and the statuses it moves to. */
  record Moves(int campaign, boolean byContact, List<Integer> gaps, List<String> statuses) {}

  @Provide
  Arbitrary<List<Moves>> activity() {
    Arbitrary<Moves> moves = Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 90).list().ofMaxSize(4), Arbitraries.of(STATUSES).list().ofMaxSize(4))
        .as(Moves::new);
    return moves.list().ofMaxSize(8).uniqueElements(m -> List.of(m.campaign(), m.byContact()));
  }

  @Property(tries = 100)
  void theContactEndsInEveryCampaignOfTheLeadOrItselfWithNothingLost(@ForAll("activity") List<Moves> activity) {
    ConversionFixture f = new ConversionFixture();
    List<Campaign> campaigns = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      campaigns.add(f.campaign("c-" + i, "Campaign " + i));
    }
    Contact existing = f.contact("Dörte", "Ångström", "doerte@example.se");
    Lead lead = f.lead("Dörte", "Ångström", "doerte@example.se");
    Map<String, List<CampaignMembership.StatusChange>> before = new TreeMap<>();
    for (Moves m : activity) {
      RecordRef party = m.byContact() ? existing.ref() : lead.ref();
      Campaign c = campaigns.get(m.campaign());
      f.memberships.add(c, party, "added");
      for (int i = 0; i < Math.min(m.gaps().size(), m.statuses().size()); i++) {
        f.clock.advance(Duration.ofMinutes(m.gaps().get(i)));
        f.memberships.changeStatus(c, party, m.statuses().get(i), "move " + i);
      }
      before.computeIfAbsent(c.id().value(), k -> new ArrayList<>()).addAll(f.memberships.find(c.id(), party).orElseThrow().history());
    }
    List<CampaignMembership> leadsBefore = f.memberships.of(lead.ref());
    f.clock.advance(Duration.ofMinutes(1));

    ConversionResult result = f.convert(lead);

    assertThat(result.contact().id()).isEqualTo(existing.id());
    List<CampaignMembership> after = f.memberships.of(existing.ref());
    assertThat(after).extracting(m -> m.campaign().value()).containsExactlyElementsOf(before.keySet());
    assertThat(f.memberships.of(lead.ref())).isEqualTo(leadsBefore);
    for (CampaignMembership m : after) {
      List<CampaignMembership.StatusChange> history = m.history();
      assertThat(history.subList(0, history.size() - (m.convertedFrom().isPresent() ? 1 : 0)))
          .containsExactlyInAnyOrderElementsOf(before.get(m.campaign().value()));
      assertThat(history).isSortedAccordingTo(java.util.Comparator.comparing(CampaignMembership.StatusChange::at));
      assertThat(m.member().status()).isEqualTo(history.get(history.size() - 1).status());
      boolean everResponded = history.stream().anyMatch(h -> h.status().equals("Registered") || h.status().equals("Attended"));
      assertThat(m.member().hasResponded()).isEqualTo(everResponded);
      Optional<java.time.Instant> firstResponse = history.stream()
          .filter(h -> h.status().equals("Registered") || h.status().equals("Attended"))
          .map(CampaignMembership.StatusChange::at).min(java.util.Comparator.naturalOrder());
      assertThat(m.member().firstRespondedAt()).isEqualTo(firstResponse);
    }
  }
}
