package io.crmkit.sales.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ConcurrencyConflictException;
import io.crmkit.core.Owner;
import io.crmkit.core.ValidationException;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.query.Criteria;
import io.crmkit.sales.assignment.RecordAssigned;
import io.crmkit.sales.assignment.RoundRobinState;
import io.crmkit.sales.lead.Lead;
import io.crmkit.sales.lead.LeadFields;
import io.crmkit.sales.lead.LeadId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LeadDistributionTest {
  final PartnerWorld w = new PartnerWorld();

  Lead lead(String id) {
    return w.acme.repository(Lead.TYPE).insert(Lead.builder(new LeadId(id), w.tenant)
        .name(PersonName.of("Zoë", "Ångström")).company("Initech").owner(Owner.user("u-1")).timestamps(w.clock).build());
  }

  @Test
  void leadsGoToThePartnersUsersInTurnAndAreSharedWithThePartner() {
    Partner p = w.activePartner("p-1", "Globex", PartnerTier.GOLD, "x-1", "x-2", "x-3");
    RoundRobinState state = LeadDistribution.initialState(p);
    List<String> owners = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Lead l = lead("l-" + i);
      w.clock.advance(Duration.ofMinutes(1));
      PartnerLeadAssignment a = w.distribution.distribute(l.id(), l.version(), p.id(), state, u -> true);
      state = a.state();
      owners.add(a.lead().owner().id());
      assertThat(a.lead().partner()).contains(p.account());
      assertThat(a.lead().updatedAt()).isEqualTo(w.clock.instant());
      assertThat(a.event().record()).isEqualTo(l.ref());
    }
    assertThat(owners).containsExactly("x-1", "x-2", "x-3", "x-1", "x-2");
    assertThat(w.events).filteredOn(RecordAssigned.class::isInstance).hasSize(5);
    assertThat(w.acme.repository(Lead.TYPE).count(Criteria.eq(LeadFields.PARTNER, p.account().value()))).isEqualTo(5);
  }

  @Test
  void absentUsersAreSkippedAndNobodyPresentChangesNothing() {
    Partner p = w.activePartner("p-1", "Globex", PartnerTier.GOLD, "x-1", "x-2");
    Lead l = lead("l-1");
    PartnerLeadAssignment a = w.distribution.distribute(l.id(), l.version(), p.id(), LeadDistribution.initialState(p), Set.of("x-2")::contains);
    assertThat(a.lead().owner()).isEqualTo(Owner.user("x-2"));
    assertThat(a.decision().reason()).contains("skipped x-1");
    Lead other = lead("l-2");
    assertThatThrownBy(() -> w.distribution.distribute(other.id(), other.version(), p.id(), a.state(), u -> false))
        .isInstanceOf(ValidationException.class).hasMessageContaining("none of partner p-1's users is present");
    assertThat(w.acme.repository(Lead.TYPE).get(other.id())).isEqualTo(other);
  }

  @Test
  void onlyActivePartnersReceiveLeads() {
    Partner p = w.activePartner("p-1", "Globex", PartnerTier.GOLD, "x-1");
    Partner s = w.program.changeStatus(p.id(), p.version(), PartnerLifecycle.SUSPEND, "c").partner();
    Lead l = lead("l-1");
    assertThatThrownBy(() -> w.distribution.distribute(l.id(), l.version(), s.id(), LeadDistribution.initialState(s), u -> true))
        .isInstanceOf(ValidationException.class).hasMessageContaining("suspended");
  }

  @Test
  void staleLeadVersionsAreRefused() {
    Partner p = w.activePartner("p-1", "Globex", PartnerTier.GOLD, "x-1");
    Lead l = lead("l-1");
    assertThatThrownBy(() -> w.distribution.distribute(l.id(), l.version() + 1, p.id(), LeadDistribution.initialState(p), u -> true))
        .isInstanceOf(ConcurrencyConflictException.class);
  }

  @Test
  void byTerritoryTheHighestTierPartnerCoveringItReceivesTheLead() {
    Partner silver = w.activePartner("p-1", "Alpha", PartnerTier.SILVER, "a-1");
    Partner gold = w.activePartner("p-2", "Beta", PartnerTier.GOLD, "b-1", "b-2");
    w.acme.repository(Partner.TYPE).update(silver.withTerritories(List.of("dach")));
    gold = w.acme.repository(Partner.TYPE).update(gold.withTerritories(List.of("dach", "benelux")));
    Map<PartnerId, RoundRobinState> states = Map.of(gold.id(), LeadDistribution.initialState(gold));
    Lead l = lead("l-1");
    PartnerLeadAssignment a = w.distribution.distributeByTerritory(l.id(), l.version(), List.of("dach"),
        p -> states.get(p.id()), u -> true);
    assertThat(a.partner().id()).isEqualTo(gold.id());
    assertThat(a.lead().owner()).isEqualTo(Owner.user("b-1"));
    Lead far = lead("l-2");
    assertThatThrownBy(() -> w.distribution.distributeByTerritory(far.id(), far.version(), List.of("apac"), p -> null, u -> true))
        .isInstanceOf(ValidationException.class).hasMessageContaining("no active partner covers [apac]");
  }

  @Test
  void aRecalledLeadIsNoLongerShared() {
    Partner p = w.activePartner("p-1", "Globex", PartnerTier.GOLD, "x-1");
    Lead l = lead("l-1");
    Lead shared = w.distribution.distribute(l.id(), l.version(), p.id(), LeadDistribution.initialState(p), u -> true).lead();
    Lead back = w.distribution.recall(shared.id(), shared.version(), Owner.team("inside-sales"));
    assertThat(back.partner()).isEmpty();
    assertThat(back.owner()).isEqualTo(Owner.team("inside-sales"));
    assertThatThrownBy(() -> w.distribution.recall(back.id(), back.version(), Owner.user("u-1")))
        .isInstanceOf(ValidationException.class).hasMessageContaining("not with a partner");
  }
}
