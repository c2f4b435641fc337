package io.crmkit.sales.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ConcurrencyConflictException;
import io.crmkit.core.IllegalTransitionException;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.ValidationException;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PartnerProgramTest {
  final PartnerWorld w = new PartnerWorld();

  Partner prospect(String id, String name) {
    Account account = w.account("acc-" + id, name, "");
    return w.program.enrol(Partner.enrol(new PartnerId(id), w.tenant, account.id(), name, PartnerType.DISTRIBUTOR,
        PartnerTier.SILVER, w.clock.instant()));
  }

  @Nested
  @DisplayName("enrolling")
  class Enrolling {
    @Test
    void storesAProspectWithUnicodeNames() {
      Partner p = prospect("p-1", "Ørsted Vertrieb GmbH");
      assertThat(p.version()).isEqualTo(1);
      assertThat(p.status()).isEqualTo(PartnerLifecycle.PROSPECT);
      assertThat(p.name()).isEqualTo("Ørsted Vertrieb GmbH");
      assertThat(w.program.partnerOfAccount(new AccountId("acc-p-1"))).contains(p);
    }

    @Test
    void anAccountIsEnrolledOnce() {
      prospect("p-1", "Globex");
      assertThatThrownBy(() -> w.program.enrol(Partner.enrol(new PartnerId("p-2"), w.tenant, new AccountId("acc-p-1"), "Globex again",
              PartnerType.RESELLER, PartnerTier.GOLD, w.clock.instant())))
          .isInstanceOf(ValidationException.class).hasMessageContaining("already enrolled as partner p-1");
    }

    @Test
    void theAccountMustExistInTheTenant() {
      assertThatThrownBy(() -> w.program.enrol(Partner.enrol(new PartnerId("p-1"), w.tenant, new AccountId("nowhere"), "Ghost",
              PartnerType.REFERRAL, PartnerTier.REGISTERED, w.clock.instant())))
          .isInstanceOf(NotFoundException.class);
      assertThat(w.acme.repository(Partner.TYPE).count(io.crmkit.core.query.Criteria.all())).isZero();
    }

    @Test
    void aUserBelongsToOnePartner() {
      w.activePartner("p-1", "Globex", PartnerTier.GOLD, "x-1");
      Partner other = prospect("p-2", "Initech");
      assertThatThrownBy(() -> w.program.addUser(other.id(), other.version(), PartnerUser.of("x-1", PartnerRole.USER)))
          .isInstanceOf(ValidationException.class).hasMessageContaining("already belongs to partner p-1");
      assertThat(w.program.partnerOfUser("x-1").orElseThrow().id()).isEqualTo(new PartnerId("p-1"));
    }

    @Test
    void duplicateUsersAndTerritoriesAreRefusedWhenBuilt() {
      Partner p = prospect("p-1", "Globex");
      assertThatThrownBy(() -> p.withUsers(List.of(PartnerUser.of("x", PartnerRole.USER), PartnerUser.of("x", PartnerRole.MANAGER))))
          .isInstanceOf(ValidationException.class).hasMessageContaining("listed twice");
      assertThatThrownBy(() -> p.withTerritories(List.of("dach", "dach")))
          .isInstanceOf(ValidationException.class).hasMessageContaining("names 'dach' twice");
      assertThatThrownBy(() -> p.withName(" ")).isInstanceOf(ValidationException.class).hasMessageContaining("name");
    }
  }

  @Nested
  @DisplayName("the status lifecycle")
  class Lifecycle {
    @Test
    void activationNeedsAPartnerUser() {
      Partner p = prospect("p-1", "Globex");
      assertThatThrownBy(() -> w.program.changeStatus(p.id(), p.version(), PartnerLifecycle.ACTIVATE, "channel-1"))
          .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
            assertThat(e.from()).isEqualTo("prospect");
            assertThat(e.reason()).contains("at least one partner user");
          });
    }

    @Test
    void activeSuspendedReinstatedTerminatedWithEvents() {
      Partner p = w.activePartner("p-1", "Globex", PartnerTier.GOLD, "x-1");
      p = w.program.changeStatus(p.id(), p.version(), PartnerLifecycle.SUSPEND, "channel-1").partner();
      assertThat(p.isActive()).isFalse();
      p = w.program.changeStatus(p.id(), p.version(), PartnerLifecycle.REINSTATE, "channel-1").partner();
      PartnerProgram.StatusChange end = w.program.changeStatus(p.id(), p.version(), PartnerLifecycle.TERMINATE, "channel-1");
      assertThat(end.partner().status()).isEqualTo(PartnerLifecycle.TERMINATED);
      assertThat(end.event().from()).isEqualTo("active");
      assertThat(end.partner().statusHistory().changes()).extracting(c -> c.to())
          .containsExactly("prospect", "active", "suspended", "active", "terminated");
      assertThat(w.events).filteredOn(PartnerStatusChanged.class::isInstance).hasSize(4);
      Partner gone = end.partner();
      assertThatThrownBy(() -> w.program.changeStatus(gone.id(), gone.version(), PartnerLifecycle.REINSTATE, "channel-1"))
          .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("terminal");
      assertThatThrownBy(() -> w.program.addUser(gone.id(), gone.version(), PartnerUser.of("x-2", PartnerRole.USER)))
          .isInstanceOf(ValidationException.class).hasMessageContaining("terminated");
    }

    @Test
    void staleVersionsAreRefused() {
      Partner p = w.activePartner("p-1", "Globex", PartnerTier.GOLD, "x-1");
      assertThatThrownBy(() -> w.program.changeStatus(p.id(), p.version() - 1, PartnerLifecycle.SUSPEND, "channel-1"))
          .isInstanceOf(ConcurrencyConflictException.class);
      assertThat(w.acme.repository(Partner.TYPE).get(p.id()).isActive()).isTrue();
    }
  }

  @Nested
  @DisplayName("users and territories")
  class Users {
    @Test
    void theLastUserOfAnActivePartnerStays() {
      Partner p = w.activePartner("p-1", "Globex", PartnerTier.GOLD, "x-1");
      assertThatThrownBy(() -> w.program.removeUser(p.id(), p.version(), "x-1"))
          .isInstanceOf(ValidationException.class).hasMessageContaining("last user");
      Partner two = w.program.addUser(p.id(), p.version(), PartnerUser.of("x-2", PartnerRole.MANAGER));
      Partner one = w.program.removeUser(two.id(), two.version(), "x-1");
      assertThat(one.users()).containsExactly(PartnerUser.of("x-2", PartnerRole.MANAGER));
      assertThat(w.program.partnerOfUser("x-1")).isEmpty();
    }

    @Test
    void candidatesForTerritoriesAreActivePartnersHighestTierFirst() {
      Partner silver = w.activePartner("p-1", "Alpha", PartnerTier.SILVER, "a-1");
      Partner gold = w.activePartner("p-2", "Beta", PartnerTier.GOLD, "b-1");
      Partner far = w.activePartner("p-3", "Gamma", PartnerTier.PLATINUM, "c-1");
      Partner idle = w.activePartner("p-4", "Delta", PartnerTier.PLATINUM, "d-1");
      var repo = w.acme.repository(Partner.TYPE);
      repo.update(silver.withTerritories(List.of("dach", "nordics")));
      repo.update(gold.withTerritories(List.of("dach")));
      repo.update(far.withTerritories(List.of("apac")));
      Partner suspended = w.program.changeStatus(idle.id(), idle.version(), PartnerLifecycle.SUSPEND, "c").partner();
      repo.update(suspended.withTerritories(List.of("dach")));
      assertThat(w.program.candidates(List.of("dach", "nordics"))).extracting(Partner::name).containsExactly("Beta", "Alpha");
      assertThat(w.program.candidates(List.of())).isEmpty();
    }
  }
}
