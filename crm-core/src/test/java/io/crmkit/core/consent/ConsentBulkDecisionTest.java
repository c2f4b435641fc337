package io.crmkit.core.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.store.memory.InMemoryStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConsentBulkDecisionTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Instant T0 = Instant.parse("2025-01-10T08:00:00Z");
  private final TenantStore store = InMemoryStore.create().forTenant(ACME);
  private final ConsentLedger ledger = ConsentLedger.of(store, Clock.fixed(T0, ZoneOffset.UTC));

  private static RecordRef contact(int i) {
    return new RecordRef("contact", "c-" + i);
  }

  private ConsentEvent event(String id, RecordRef party, Purpose purpose, ConsentAction action, Instant at) {
    return new ConsentEvent(new ConsentEventId(id), ACME, 0, party, Channel.EMAIL, purpose, action, LegalBasis.CONSENT, "import", at,
        false, Optional.empty());
  }

  @Test
  @DisplayName("thousands of parties across several chunks get the same answers as one decide each")
  void manyChunks() {
    int n = ConsentLedger.PARTY_CHUNK * 2 + 337;
    List<ConsentEvent> events = new ArrayList<>();
    List<RecordRef> asked = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      asked.add(contact(i));
      if (i % 3 == 0) {
        events.add(event("g-" + i, contact(i), Purpose.NEWSLETTER, ConsentAction.GRANTED, T0.minusSeconds(3600)));
      }
      if (i % 7 == 0) {
        events.add(event("w-" + i, contact(i), Purpose.ALL, ConsentAction.WITHDRAWN, T0.minusSeconds(60)));
      }
    }
    store.repository(ConsentEvent.TYPE).insertAll(events);

    Map<RecordRef, ConsentDecision> all = ledger.decideAll(asked, Channel.EMAIL, Purpose.NEWSLETTER, T0);

    assertThat(all).hasSize(n);
    assertThat(all.keySet()).containsExactlyElementsOf(asked);
    for (RecordRef p : asked) {
      assertThat(all.get(p)).isEqualTo(ledger.decide(p, Channel.EMAIL, Purpose.NEWSLETTER, T0));
    }
    long allowed = all.values().stream().filter(ConsentDecision::allowed).count();
    long expected = java.util.stream.IntStream.range(0, n).filter(i -> i % 3 == 0 && i % 7 != 0).count();
    assertThat(allowed).isEqualTo(expected);
    assertThat(ledger.decideOnRecord("contact", Channel.EMAIL, Purpose.NEWSLETTER, T0).keySet())
        .containsExactlyInAnyOrderElementsOf(asked.stream().filter(p -> {
          int i = Integer.parseInt(p.id().substring(2));
          return i % 3 == 0 || i % 7 == 0;
        }).toList());
  }

  @Test
  @DisplayName("nobody asked gives an empty answer; a party asked twice is answered once; one without events is NONE")
  void edges() {
    assertThat(ledger.decideAll(List.of(), Channel.EMAIL, Purpose.NEWSLETTER, T0)).isEmpty();
    Map<RecordRef, ConsentDecision> twice = ledger.decideAll(List.of(contact(1), contact(1)), Channel.EMAIL, Purpose.NEWSLETTER, T0);
    assertThat(twice).hasSize(1);
    assertThat(twice.get(contact(1)).state()).isEqualTo(ConsentState.NONE);
    assertThat(ledger.decideOnRecord("lead", Channel.EMAIL, Purpose.NEWSLETTER, T0)).isEmpty();
  }

  @Test
  @DisplayName("bad questions are refused, naming what is wrong")
  void badInput() {
    assertThatThrownBy(() -> ledger.decideAll(List.of(contact(1)), Channel.EMAIL, Purpose.ALL, T0))
        .isInstanceOf(ValidationException.class).hasMessageContaining("purpose");
    assertThatThrownBy(() -> ledger.decideAll(Arrays.asList(contact(1), null), Channel.EMAIL, Purpose.NEWSLETTER, T0))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("parties");
    assertThatThrownBy(() -> ledger.decideOnRecord("Contact", Channel.EMAIL, Purpose.NEWSLETTER, T0))
        .isInstanceOf(ValidationException.class).hasMessageContaining("partyType");
  }
}
