package io.crmkit.sales.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.IllegalTransitionException;
import io.crmkit.core.ValidationException;
import io.crmkit.core.party.Account;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PartnerProgramProperties {
  /** Where each (status, event) leads, written out independently of the machine; absent means refused. */
  static final Map<String, String> MOVES = Map.of(
      "prospect/activate", "active", "active/suspend", "suspended", "suspended/reinstate", "active",
      "prospect/terminate", "terminated", "active/terminate", "terminated", "suspended/terminate", "terminated");

  @Provide
  Arbitrary<List<String>> events() {
    return Arbitraries.of("activate", "suspend", "reinstate", "terminate", "approve", "add_user", "remove_user").list().ofMaxSize(12);
  }

  /**
   * Random status events and user changes: the status always is a state of the machine, moves go exactly where the
   * table says (activation and reinstatement only with a user), and every refused move says why and changes nothing.
   */
  @Property(tries = 200)
  void theStatusNeverLeavesItsStatesAndRefusedMovesChangeNothing(@ForAll("events") List<String> events) {
    PartnerWorld w = new PartnerWorld();
    Account account = w.account("acc-p", "Ünïcode Partner AG", "");
    Partner p = w.program.enrol(Partner.enrol(new PartnerId("p"), w.tenant, account.id(), "Ünïcode Partner AG", PartnerType.CONSULTANT,
        PartnerTier.REGISTERED, w.clock.instant()));
    int nextUser = 0;
    for (String event : events) {
      w.clock.advance(Duration.ofMinutes(5));
      Partner before = p;
      boolean terminated = p.status().equals(PartnerLifecycle.TERMINATED);
      switch (event) {
        case "add_user" -> {
          if (terminated) {
            assertThatThrownBy(() -> w.program.addUser(before.id(), before.version(), PartnerUser.of("x", PartnerRole.USER)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("terminated");
          } else {
            p = w.program.addUser(p.id(), p.version(), PartnerUser.of("user-" + nextUser++, PartnerRole.USER));
          }
        }
        case "remove_user" -> {
          if (!terminated && !p.users().isEmpty() && !(p.isActive() && p.users().size() == 1)) {
            p = w.program.removeUser(p.id(), p.version(), p.users().get(0).userId());
          }
        }
        default -> {
          String to = MOVES.get(p.status() + "/" + event);
          boolean guarded = event.equals("activate") || event.equals("reinstate");
          if (to != null && (!guarded || !p.users().isEmpty())) {
            p = w.program.changeStatus(p.id(), p.version(), event, "channel-1").partner();
            assertThat(p.status()).isEqualTo(to);
          } else {
            assertThatThrownBy(() -> w.program.changeStatus(before.id(), before.version(), event, "channel-1"))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> assertThat(e.reason()).isNotBlank());
            assertThat(w.acme.repository(Partner.TYPE).get(p.id())).isEqualTo(before);
          }
        }
      }
      assertThat(PartnerLifecycle.MACHINE.states()).contains(p.status());
      assertThat(w.acme.repository(Partner.TYPE).get(p.id())).isEqualTo(p);
    }
  }
}
