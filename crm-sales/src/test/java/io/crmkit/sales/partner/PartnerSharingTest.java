package io.crmkit.sales.partner;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Aggregate;
import io.crmkit.core.Owner;
import io.crmkit.core.access.AccessDecision;
import io.crmkit.core.access.AccessPolicy;
import io.crmkit.core.access.Action;
import io.crmkit.core.access.FieldAccess;
import io.crmkit.core.access.Principal;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.EntityType;
import io.crmkit.core.store.Repository;
import io.crmkit.sales.lead.Lead;
import io.crmkit.sales.lead.LeadId;
import io.crmkit.sales.opportunity.Opportunity;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The {@code partner} field is what partner visibility keys on: a minimal policy (partner users see what is shared
 * with their partner, internal users everything) written against the access SPI, as the sharing model will be.
 */
class PartnerSharingTest {
  /** Partner users (per the programme's directory) see the records shared with their partner; everyone else sees all. */
  record PartnerVisibility(PartnerProgram directory) implements AccessPolicy {
    @Override
    public <T extends Aggregate<?>> AccessDecision decide(Principal principal, Action action, EntityType<T, ?> type, T record, Instant at) {
      boolean allowed = type.matcher(visibility(principal, action, type, at)).test(record);
      return allowed ? AccessDecision.allow("partner-sharing", "shared with the principal's partner or internal")
          : AccessDecision.deny("partner-sharing", "not shared with " + principal + "'s partner");
    }

    @Override
    public Criteria visibility(Principal principal, Action action, EntityType<?, ?> type, Instant at) {
      if (principal.isSystem()) {
        return Criteria.all();
      }
      Optional<Partner> partner = directory.partnerOfUser(principal.userId());
      if (partner.isEmpty()) {
        return Criteria.all();
      }
      return PartnerSharing.isShared(type) ? PartnerSharing.visibleTo(partner.get()) : Criteria.none();
    }

    @Override
    public FieldAccess fieldAccess(Principal principal, EntityType<?, ?> type) {
      return FieldAccess.all();
    }
  }

  final PartnerWorld w = new PartnerWorld();
  final Partner globex = w.activePartner("p-1", "Globex", PartnerTier.GOLD, "g-1");
  final Partner umbrella = w.activePartner("p-2", "Umbrella", PartnerTier.SILVER, "u-9");
  final PartnerVisibility policy = new PartnerVisibility(w.program);

  @Test
  void theSharedTypesAllHaveThePartnerField() {
    assertThat(PartnerSharing.SHARED_TYPES).allSatisfy(t -> assertThat(PartnerSharing.isShared(t)).isTrue());
    assertThat(PartnerSharing.isShared(Account.TYPE)).isFalse();
    assertThat(PartnerSharing.visibleTo(globex)).isEqualTo(Criteria.eq(io.crmkit.sales.lead.LeadFields.PARTNER, "acc-p-1"));
  }

  @Test
  void partnerUsersSeeTheirPartnersRecordsOnlyAndTheCriteriaAreTheDecision() {
    Repository<Lead, LeadId> leads = w.acme.repository(Lead.TYPE);
    for (int i = 0; i < 9; i++) {
      Lead.Builder b = Lead.builder(new LeadId("l-" + i), w.tenant).name(PersonName.of("Léa", "Ng " + i)).owner(Owner.user("u-1"))
          .timestamps(w.clock);
      if (i % 3 == 0) {
        b.partner(globex.account());
      } else if (i % 3 == 1) {
        b.partner(umbrella.account());
      }
      leads.insert(b.build());
    }
    Principal g = Principal.user(w.tenant, "g-1");
    Principal internal = Principal.user(w.tenant, "u-1");
    Instant now = w.clock.instant();
    assertThat(leads.query(policy.visibility(g, Action.READ, Lead.TYPE, now))).extracting(l -> l.id().value())
        .containsExactly("l-0", "l-3", "l-6");
    assertThat(leads.count(policy.visibility(internal, Action.READ, Lead.TYPE, now))).isEqualTo(9);
    assertThat(w.acme.repository(Account.TYPE).count(policy.visibility(g, Action.READ, Account.TYPE, now))).isZero();
    for (Principal p : List.of(g, Principal.user(w.tenant, "u-9"), internal, Principal.system(w.tenant))) {
      for (Lead l : leads.query(Criteria.all())) {
        assertThat(policy.decide(p, Action.READ, Lead.TYPE, l, now).allowed())
            .isEqualTo(Lead.TYPE.matcher(policy.visibility(p, Action.READ, Lead.TYPE, now)).test(l))
            .isEqualTo(!w.program.partnerOfUser(p.userId()).isPresent() || l.partner().equals(Optional.of(
                w.program.partnerOfUser(p.userId()).get().account())));
      }
    }
  }

  @Test
  void aConvertedDealIsVisibleToItsPartnerAndNotToAnother() {
    DealRegistrations regs = w.registrations();
    DealRegistration d = regs.register(w.draft("r-1", globex, DealCustomer.of("Initech"), "100"));
    DealRegistration s = regs.submit(d.id(), d.version(), "g-1").registration();
    DealRegistration a = regs.approve(s.id(), s.version(), "channel-1").registration();
    Opportunity o = regs.convert(a.id(), a.version(), DealConversion.by("channel-1", Owner.user("u-1"))).opportunity();
    Instant now = w.clock.instant();
    assertThat(policy.decide(Principal.user(w.tenant, "g-1"), Action.READ, Opportunity.TYPE, o, now).allowed()).isTrue();
    AccessDecision other = policy.decide(Principal.user(w.tenant, "u-9"), Action.READ, Opportunity.TYPE, o, now);
    assertThat(other.allowed()).isFalse();
    assertThat(other.reason()).contains("u-9");
    assertThat(w.acme.repository(DealRegistration.TYPE).query(policy.visibility(Principal.user(w.tenant, "u-9"), Action.READ,
        DealRegistration.TYPE, now))).isEmpty();
  }
}
