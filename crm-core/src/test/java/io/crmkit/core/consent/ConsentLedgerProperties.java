package io.crmkit.core.consent;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.IdGenerator;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.audit.FakeTenantStore;
import io.crmkit.core.event.EventPublisher;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ConsentLedgerProperties {
  private static final TenantId ACME = TenantId.of("acme");
  private static final RecordRef ANN = new RecordRef("contact", "c-ann");
  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
  private static final List<Purpose> PURPOSES = List.of(Purpose.MARKETING, Purpose.NEWSLETTER);
  private static final List<Channel> CHANNELS = List.of(Channel.EMAIL, Channel.SMS);

  /** A raw event: channel, purpose (2 = '*'), action, minute, double opt-in; made valid by {@link #toEvent}. */
  record Raw(Channel channel, int purpose, ConsentAction action, int minute, boolean doubleOptIn) {}

  @Provide
  Arbitrary<List<Raw>> histories() {
    Arbitrary<Raw> raw = Combinators.combine(
            Arbitraries.of(CHANNELS), Arbitraries.integers().between(0, 2), Arbitraries.of(ConsentAction.class),
            Arbitraries.integers().between(0, 10), Arbitraries.of(true, false))
        .as(Raw::new);
    return raw.list().ofMaxSize(14);
  }

  private static List<ConsentEvent> toEvents(List<Raw> raws) {
    List<ConsentEvent> out = new ArrayList<>();
    for (int i = 0; i < raws.size(); i++) {
      out.add(toEvent(raws.get(i), "e-" + i));
    }
    return out;
  }

  private static ConsentEvent toEvent(Raw r, String id) {
    Purpose purpose = r.purpose() == 2 ? (r.action() == ConsentAction.WITHDRAWN ? Purpose.ALL : Purpose.MARKETING) : PURPOSES.get(r.purpose());
    return new ConsentEvent(
        new ConsentEventId(id), ACME, 0, ANN, r.channel(), purpose, r.action(), LegalBasis.CONSENT, "test",
        T0.plusSeconds(60L * r.minute()), r.doubleOptIn() && r.action() == ConsentAction.GRANTED, Optional.empty());
  }

  private static ConsentLedger ledgerWith(List<ConsentEvent> events) {
    FakeTenantStore store = new FakeTenantStore(ACME);
    Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    ConsentLedger ledger = new ConsentLedger(ACME, store.repository(ConsentEvent.TYPE), clock, IdGenerator.uuidV7(clock), EventPublisher.discarding());
    events.forEach(ledger::append);
    return ledger;
  }

  private static List<ConsentDecision> allDecisions(ConsentLedger ledger, Instant at) {
    List<ConsentDecision> out = new ArrayList<>();
    for (Channel c : CHANNELS) {
      for (Purpose p : PURPOSES) {
        out.add(ledger.decide(ANN, c, p, at));
      }
    }
    return out;
  }

  @Property(tries = 150)
  void theDecisionAtAnInstantDependsOnlyOnEventsAtOrBeforeIt(@ForAll("histories") List<Raw> raws, @ForAll("minutes") int minute) {
    Instant at = T0.plusSeconds(60L * minute);
    List<ConsentEvent> events = toEvents(raws);
    List<ConsentEvent> upToAt = events.stream().filter(e -> !e.at().isAfter(at)).toList();

    assertThat(allDecisions(ledgerWith(events), at)).isEqualTo(allDecisions(ledgerWith(upToAt), at));
  }

  @Property(tries = 150)
  void aWithdrawalAfterEverythingElseLeavesNothingAllowed(
      @ForAll("histories") List<Raw> raws, @ForAll("channels") Channel channel, @ForAll boolean everyPurpose) {
    List<ConsentEvent> events = new ArrayList<>(toEvents(raws));
    Instant end = T0.plusSeconds(3600);
    events.add(new ConsentEvent(
        new ConsentEventId("w"), ACME, 0, ANN, channel, everyPurpose ? Purpose.ALL : Purpose.MARKETING, ConsentAction.WITHDRAWN,
        LegalBasis.CONSENT, "test", end, false, Optional.empty()));
    ConsentLedger ledger = ledgerWith(events);

    assertThat(ledger.decide(ANN, channel, Purpose.MARKETING, end).allowed()).isFalse();
    assertThat(ledger.decide(ANN, channel, Purpose.MARKETING, end.plusSeconds(1)).state()).isEqualTo(ConsentState.WITHDRAWN);
    if (everyPurpose) {
      assertThat(ledger.decide(ANN, channel, Purpose.NEWSLETTER, end).state()).isEqualTo(ConsentState.WITHDRAWN);
    }
  }

  @Property(tries = 150)
  void theOrderOfInsertionDoesNotChangeDecisions(@ForAll("histories") List<Raw> raws, @ForAll long seed, @ForAll("minutes") int minute) {
    List<ConsentEvent> events = toEvents(raws);
    List<ConsentEvent> shuffled = new ArrayList<>(events);
    Collections.shuffle(shuffled, new Random(seed));
    Instant at = T0.plusSeconds(60L * minute);

    assertThat(allDecisions(ledgerWith(shuffled), at)).isEqualTo(allDecisions(ledgerWith(events), at));
    assertThat(ledgerWith(shuffled).summary(ANN, at)).isEqualTo(ledgerWith(events).summary(ANN, at));
  }

  @Property(tries = 150)
  void allowedExactlyWhenGrantedAndTheBasisIsNeverInTheFuture(@ForAll("histories") List<Raw> raws, @ForAll("minutes") int minute) {
    Instant at = T0.plusSeconds(60L * minute);
    for (ConsentDecision d : allDecisions(ledgerWith(toEvents(raws)), at)) {
      assertThat(d.allowed()).isEqualTo(d.state() == ConsentState.GRANTED);
      d.basis().ifPresent(b -> assertThat(b.at()).isBeforeOrEqualTo(at));
    }
  }

  @Provide
  Arbitrary<Integer> minutes() {
    return Arbitraries.integers().between(-1, 11);
  }

  @Provide
  Arbitrary<Channel> channels() {
    return Arbitraries.of(CHANNELS);
  }
}
