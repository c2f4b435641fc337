package io.crmkit.sales.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.IllegalTransitionException;
import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.money.Money;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.memory.InMemoryStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class DealRegistrationProperties {
  static final Set<String> STATES = Set.copyOf(DealRegistrationLifecycle.MACHINE.states());

  /** One step of a random walk: an operation, how many days pass before it, and a rejection reason (maybe blank). */
  record Step(String op, int days, String reason) {}

  @Provide
  Arbitrary<List<Step>> walks() {
    Arbitrary<String> ops = Arbitraries.of("submit", "approve", "reject", "withdraw", "convert", "expire", "undo_close_date");
    return Combinators.combine(ops, Arbitraries.integers().between(0, 40).injectDuplicates(0.3), Arbitraries.of("", " ", "Known account"))
        .as(Step::new).list().ofMaxSize(12);
  }

  @Provide
  Arbitrary<DealCustomer> customers() {
    Arbitrary<String> names = Arbitraries.of("Initech", "INITECH, Inc.", "Initech GmbH", "Hooli", "Ünïcode AG", "株式会社テスト", "Zeta S.A.");
    Arbitrary<Optional<String>> domains = Arbitraries.of("initech.example", "https://www.hooli.example/x", "zeta.example").optional(0.5);
    return Combinators.combine(names, domains).as((n, d) -> d.map(DealCustomer.of(n)::withDomain).orElse(DealCustomer.of(n)));
  }

  @Provide
  Arbitrary<List<Boolean>> flags() {
    return Arbitraries.of(true, false).list().ofSize(6);
  }

  @Provide
  Arbitrary<List<DealCustomer>> customerLists() {
    return customers().list().ofMaxSize(6);
  }

  /**
   * A random walk of operations through the service: every accepted move is the one the lifecycle allows and lands in
   * a state of the machine; every other one throws {@link IllegalTransitionException} with a reason, naming the
   * state, and leaves the store as it was.
   */
  @Property(tries = 200)
  void theLifecycleNeverLeavesItsStatesAndRefusesIllegalMovesWithReasons(
      @ForAll boolean complete, @ForAll @IntRange(min = 0, max = 45) int closeInDays, @ForAll("walks") List<Step> walk) {
    PartnerWorld w = new PartnerWorld();
    DealRegistrations regs = w.registrations();
    Partner p = w.activePartner("p-1", "Globex", PartnerTier.GOLD, "g-1");
    DealRegistration draft = DealRegistration.draft(new DealRegistrationId("r-1"), p, "g-1", DealCustomer.of("Initech"),
        Money.of(complete ? "100" : "0", "EUR"), w.today().plusDays(closeInDays), w.clock.instant());
    if (complete) {
      draft = draft.withContact(DealContact.of(io.crmkit.core.party.PersonName.of("Ada", "Lovelace"))).withProducts(List.of("X"));
    }
    DealRegistration r = regs.register(draft);
    for (Step step : walk) {
      w.clock.advance(Duration.ofDays(step.days()));
      String status = r.status();
      boolean closeAhead = !r.closeDate().isBefore(w.today());
      boolean expired = r.expiresOn().map(e -> w.today().isAfter(e)).orElse(false);
      String expected = switch (step.op()) {
        case "submit" -> status.equals("draft") && complete && closeAhead ? "submitted" : null;
        case "approve" -> status.equals("submitted") && closeAhead ? "approved" : null;
        case "reject" -> status.equals("submitted") && !step.reason().isBlank() ? "rejected" : null;
        case "withdraw" -> status.equals("submitted") ? "withdrawn" : null;
        case "convert" -> status.equals("approved") && !expired ? "converted" : null;
        case "expire" -> status.equals("approved") && expired ? "expired" : null;
        default -> null;
      };
      Map<String, Object> before = w.snapshot();
      DealRegistration current = r;
      Runnable move = () -> {
        switch (step.op()) {
          case "submit" -> regs.submit(current.id(), current.version(), "g-1");
          case "approve" -> regs.approve(current.id(), current.version(), "channel-1");
          case "reject" -> regs.reject(current.id(), current.version(), "channel-1", step.reason());
          case "withdraw" -> regs.withdraw(current.id(), current.version(), "g-1");
          case "convert" -> regs.convert(current.id(), current.version(), DealConversion.by("channel-1", Owner.user("u-1")));
          case "expire" -> regs.expire(current.id(), current.version());
          default -> throw new IllegalTransitionException(current.status(), step.op(), "not an event of deal_registration");
        }
      };
      if (expected == null) {
        assertThatThrownBy(move::run).isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
          assertThat(e.from()).isEqualTo(status);
          assertThat(e.reason()).isNotBlank();
        });
        assertThat(w.snapshot()).isEqualTo(before);
      } else {
        move.run();
        r = w.acme.repository(DealRegistration.TYPE).get(r.id());
        assertThat(r.status()).isEqualTo(expected).isIn(STATES);
        assertThat(r.statusHistory().changes()).last().satisfies(c -> assertThat(c.from()).contains(status));
      }
    }
    assertThat(r.status()).isIn(STATES);
  }

  /**
   * Conversion writes the customer account (when it is new), the opportunity and the registration; whichever of
   * them fails, the store is exactly as before and no event is published — and the same conversion then succeeds.
   */
  @Property(tries = 100)
  void conversionIsAllOrNothing(@ForAll boolean accountExists, @ForAll @IntRange(min = 1, max = 3) int failAt,
      @ForAll("customers") DealCustomer customer) {
    PartnerWorld w = new PartnerWorld();
    DealRegistrations regs = w.registrations();
    Partner p = w.activePartner("p-1", "Globex", PartnerTier.GOLD, "g-1");
    if (accountExists) {
      w.account("acc-customer", customer.name(), "");
    }
    DealRegistration d = regs.register(w.draft("r-1", p, customer, "5000"));
    DealRegistration s = regs.submit(d.id(), d.version(), "g-1").registration();
    DealRegistration a = regs.approve(s.id(), s.version(), "channel-1").registration();
    int writes = accountExists ? 2 : 3;
    Map<String, Object> before = w.snapshot();
    int events = w.events.size();
    if (failAt <= writes) {
      assertThatThrownBy(() -> w.registrations(w.failingAt(failAt)).convert(a.id(), a.version(), DealConversion.by("c", Owner.user("u-1"))))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("store is down");
      assertThat(w.snapshot()).isEqualTo(before);
      assertThat(w.events).hasSize(events);
    }
    ConvertedDeal done = regs.convert(a.id(), a.version(), DealConversion.by("c", Owner.user("u-1")));
    assertThat(w.snapshot()).hasSize(before.size() + writes - 1);
    assertThat(done.event().accountCreated()).isEqualTo(!accountExists);
    assertThat(done.opportunity().partner()).contains(p.account());
  }

  /** A submitted registration reports exactly the other active registrations with the same name key or domain. */
  @Property(tries = 150)
  void conflictsAreExactlyTheActiveRegistrationsOfTheSameCustomer(
      @ForAll("customerLists") List<DealCustomer> earlier, @ForAll("customers") DealCustomer mine, @ForAll("flags") List<Boolean> withdrawn) {
    PartnerWorld w = new PartnerWorld();
    DealRegistrations regs = w.registrations();
    Partner p = w.activePartner("p-1", "Globex", PartnerTier.GOLD, "g-1");
    List<DealRegistration> active = new ArrayList<>();
    for (int i = 0; i < Math.min(earlier.size(), 6); i++) {
      DealRegistration d = regs.register(w.draft("r-" + i, p, earlier.get(i), "100"));
      DealRegistration s = regs.submit(d.id(), d.version(), "g-1").registration();
      if (i < withdrawn.size() && withdrawn.get(i)) {
        regs.withdraw(s.id(), s.version(), "g-1");
      } else {
        active.add(s);
      }
    }
    DealRegistration d = regs.register(w.draft("mine", p, mine, "100"));
    List<RegistrationConflict> found = regs.submit(d.id(), d.version(), "g-1").registration().conflicts();
    Set<RecordRef> expected = active.stream()
        .filter(o -> o.customer().nameKey().equals(mine.nameKey())
            || (mine.domain().isPresent() && mine.domain().equals(o.customer().domain())))
        .map(DealRegistration::ref).collect(Collectors.toSet());
    assertThat(found).extracting(RegistrationConflict::record).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(found).allSatisfy(c -> assertThat(c.kind()).isEqualTo(RegistrationConflict.Kind.SUBMITTED_REGISTRATION));
  }

  /**
   * Two tenants on one store register deals for the same customers with the same partner and account ids: neither
   * sees the other's registrations, in queries, in partner visibility or among conflicts.
   */
  @Property(tries = 100)
  void noRegistrationOfOneTenantSeesAnothers(@ForAll("customerLists") List<DealCustomer> customers) {
    InMemoryStore store = InMemoryStore.create();
    PartnerWorld a = new PartnerWorld(store, TenantId.of("tenant-a"));
    PartnerWorld b = new PartnerWorld(store, TenantId.of("tenant-b"));
    Partner pa = a.activePartner("p-1", "Globex", PartnerTier.GOLD, "g-1");
    Partner pb = b.activePartner("p-1", "Globex", PartnerTier.GOLD, "g-1");
    List<RegistrationConflict> conflictsInB = new ArrayList<>();
    for (int i = 0; i < Math.min(customers.size(), 5); i++) {
      DealRegistration da = a.registrations().register(a.draft("a-" + i, pa, customers.get(i), "100"));
      a.registrations().submit(da.id(), da.version(), "g-1");
      DealRegistration db = b.registrations().register(b.draft("b-" + i, pb, customers.get(i), "100"));
      conflictsInB.addAll(b.registrations().submit(db.id(), db.version(), "g-1").registration().conflicts());
    }
    assertThat(conflictsInB).allSatisfy(c -> assertThat(c.record().id()).startsWith("b-"));
    List<DealRegistration> seenByB = b.acme.repository(DealRegistration.TYPE).query(PartnerSharing.visibleTo(pb));
    assertThat(seenByB).allSatisfy(r -> assertThat(r.tenantId()).isEqualTo(b.tenant));
    assertThat(seenByB).hasSize(Math.min(customers.size(), 5));
    assertThat(b.acme.repository(DealRegistration.TYPE).count(Criteria.all()))
        .isEqualTo(a.acme.repository(DealRegistration.TYPE).count(Criteria.all()));
    assertThat(a.acme.repository(DealRegistration.TYPE).query(Criteria.all()))
        .allSatisfy(r -> assertThat(r.id().value()).startsWith("a-"));
  }
}
