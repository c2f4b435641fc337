package io.crmkit.core.consent;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The bulk decisions ({@link ConsentLedger#decideAll}, {@link ConsentLedger#decideOnRecord},
 * {@link ConsentLedger#statesOnRecord}) answer exactly
 * what {@link ConsentLedger#decide} answers party by party, over random histories of several parties (leads
 * and contacts, grants with and without double opt-in, confirmations, withdrawals of one purpose or all,
 * events after the instant asked about), and another tenant's events never count.
 */
class ConsentBulkDecisionProperties {
  private static final TenantId ACME = TenantId.of("acme");
  private static final TenantId GLOBEX = TenantId.of("globex");
  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
  private static final List<RecordRef> PARTIES = List.of(
      new RecordRef("contact", "c-ann"), new RecordRef("contact", "c-bob"), new RecordRef("contact", "c-zoë"),
      new RecordRef("contact", "c-李"), new RecordRef("lead", "c-ann"), new RecordRef("lead", "l-eve"));
  private static final List<Purpose> PURPOSES = List.of(Purpose.MARKETING, Purpose.NEWSLETTER);
  private static final List<Channel> CHANNELS = List.of(Channel.EMAIL, Channel.SMS);

  /** A raw event: party index, channel, purpose (2 = '*'), action, minute, double opt-in, other tenant. */
  record Raw(int party, Channel channel, int purpose, ConsentAction action, int minute, boolean doubleOptIn, boolean globex) {}

  @Provide
  Arbitrary<List<Raw>> histories() {
    Arbitrary<Raw> raw = Combinators.combine(
            Arbitraries.integers().between(0, PARTIES.size() - 1), Arbitraries.of(CHANNELS), Arbitraries.integers().between(0, 2),
            Arbitraries.of(ConsentAction.class), Arbitraries.integers().between(0, 10), Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 9).map(i -> i == 0))
        .as(Raw::new);
    return raw.list().ofMaxSize(40);
  }

  @Provide
  Arbitrary<List<RecordRef>> asked() {
    return Arbitraries.of(PARTIES).list().ofMaxSize(8);
  }

  @Provide
  Arbitrary<Integer> minutes() {
    return Arbitraries.integers().between(-1, 11);
  }

  @Property(tries = 200)
  void decideAllAnswersWhatDecideAnswersPerParty(
      @ForAll("histories") List<Raw> raws, @ForAll("asked") List<RecordRef> asked, @ForAll("minutes") int minute) {
    ConsentLedger ledger = ledgerWith(raws);
    Instant at = T0.plusSeconds(60L * minute);
    for (Channel c : CHANNELS) {
      for (Purpose p : PURPOSES) {
        Map<RecordRef, ConsentDecision> all = ledger.decideAll(asked, c, p, at);
        assertThat(all.keySet()).containsExactlyElementsOf(asked.stream().distinct().toList());
        for (RecordRef party : asked) {
          assertThat(all.get(party)).isEqualTo(ledger.decide(party, c, p, at));
        }
      }
    }
  }

  @Property(tries = 200)
  void decideOnRecordAndStatesOnRecordNameThePartiesOnRecordWithTheirDecisions(@ForAll("histories") List<Raw> raws, @ForAll("minutes") int minute) {
    ConsentLedger ledger = ledgerWith(raws);
    Instant at = T0.plusSeconds(60L * minute);
    for (String type : List.of("contact", "lead")) {
      for (Channel c : CHANNELS) {
        for (Purpose p : PURPOSES) {
          Map<RecordRef, ConsentDecision> onRecord = ledger.decideOnRecord(type, c, p, at);
          Map<RecordRef, ConsentState> states = ledger.statesOnRecord(type, c, p, at);
          assertThat(states.keySet()).isEqualTo(onRecord.keySet());
          onRecord.forEach((party, d) -> assertThat(states.get(party)).isEqualTo(d.state()));
          for (RecordRef party : PARTIES) {
            ConsentDecision one = ledger.decide(party, c, p, at);
            if (!party.type().equals(type)) {
              assertThat(onRecord).doesNotContainKey(party);
            } else if (onRecord.containsKey(party)) {
              assertThat(onRecord.get(party)).isEqualTo(one);
            } else {
              assertThat(one.state()).isEqualTo(ConsentState.NONE);
            }
          }
        }
      }
    }
  }

  private static ConsentLedger ledgerWith(List<Raw> raws) {
    InMemoryStore store = InMemoryStore.create();
    TenantStore acme = store.forTenant(ACME);
    TenantStore globex = store.forTenant(GLOBEX);
    List<ConsentEvent> mine = new ArrayList<>();
    List<ConsentEvent> theirs = new ArrayList<>();
    for (int i = 0; i < raws.size(); i++) {
      Raw r = raws.get(i);
      Purpose purpose = r.purpose() == 2 ? (r.action() == ConsentAction.WITHDRAWN ? Purpose.ALL : Purpose.MARKETING) : PURPOSES.get(r.purpose());
      // a grant in the other tenant would allow if it leaked into this one
      ConsentAction action = r.globex() ? ConsentAction.GRANTED : r.action();
      Purpose p = r.globex() && purpose.isAll() ? Purpose.MARKETING : purpose;
      ConsentEvent e = new ConsentEvent(
          new ConsentEventId("e-" + i), r.globex() ? GLOBEX : ACME, 0, PARTIES.get(r.party()), r.channel(), p, action,
          LegalBasis.CONSENT, "test", T0.plusSeconds(60L * r.minute()), r.doubleOptIn() && action == ConsentAction.GRANTED,
          Optional.empty());
      (r.globex() ? theirs : mine).add(e);
    }
    acme.repository(ConsentEvent.TYPE).insertAll(mine);
    globex.repository(ConsentEvent.TYPE).insertAll(theirs);
    return ConsentLedger.of(acme, Clock.fixed(T0, ZoneOffset.UTC));
  }
}
