package io.crmkit.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.ConcurrencyConflictException;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.Repository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AuditProperties {
  private static final TenantId ACME = TenantId.of("acme");

  /** One attempted update: a new colour and size, made from the current or from a stale copy. */
  record Edit(Optional<String> colour, int size, boolean stale) {}

  @Provide
  Arbitrary<List<Edit>> edits() {
    Arbitrary<Edit> edit = net.jqwik.api.Combinators.combine(
            Arbitraries.of("red", "blue").optional(), Arbitraries.integers().between(0, 2), Arbitraries.of(true, false, false))
        .as(Edit::new);
    return edit.list().ofMaxSize(12);
  }

  /**
   * Every successful write leaves exactly one entry and every failed (stale) one none; and replaying the
   * history's field changes rebuilds the stored record's snapshot.
   */
  @Property(tries = 100)
  void oneEntryPerSuccessfulWriteAndTheHistoryReplays(@ForAll("edits") List<Edit> edits) {
    FakeTenantStore store = new FakeTenantStore(ACME);
    Repository<Gadget, Gadget.GadgetId> gadgets = Audit.audited(
        store.repository(Gadget.TYPE), store, Auditor.custom().actor("u").clock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).build());
    Gadget current = gadgets.insert(Gadget.of(ACME, "g-1", "Acme", "Rocket"));
    Gadget stale = current;
    int successes = 1;
    for (Edit e : edits) {
      Gadget base = e.stale() ? stale : current;
      try {
        Gadget next = gadgets.update(base.withColour(e.colour()).withSize(e.size()));
        stale = current;
        current = next;
        successes++;
      } catch (ConcurrencyConflictException conflict) {
        assertThat(base.version()).isNotEqualTo(current.version());
      }
    }

    assertThat(store.repository(AuditEntry.TYPE).count(Criteria.all())).isEqualTo(successes);
    Map<String, String> replayed = new HashMap<>();
    for (FieldHistory.Change c : FieldHistory.of(store, new RecordRef("gadget", "g-1")).changes()) {
      c.change().after().ifPresentOrElse(v -> replayed.put(c.field(), v), () -> replayed.remove(c.field()));
    }
    assertThat(replayed).isEqualTo(RecordDiff.snapshot(gadgets.get(current.id())));
  }
}
