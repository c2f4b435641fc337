package io.crmkit.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.store.Repository;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FieldHistoryTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Instant T0 = Instant.parse("2026-05-01T09:00:00Z");

  @Test
  void historyOfOneRecordInTimeOrder() {
    FakeTenantStore store = new FakeTenantStore(ACME);
    StepClock clock = new StepClock(T0);
    Repository<Gadget, Gadget.GadgetId> gadgets =
        Audit.audited(store.repository(Gadget.TYPE), store, Auditor.custom().actor("u-1").clock(clock).build());
    Gadget g = gadgets.insert(Gadget.of(ACME, "g-1", "Acme", "Rocket"));
    gadgets.insert(Gadget.of(ACME, "g-2", "Other", "Thing"));
    clock.advance(Duration.ofHours(1));
    g = gadgets.update(g.withColour(Optional.of("red")));
    clock.advance(Duration.ofHours(1));
    g = gadgets.update(g.withColour(Optional.of("blue")).withLabel(new Gadget.Label("Acme", "Rocket II")));

    FieldHistory history = FieldHistory.of(store, new RecordRef("gadget", "g-1"));

    assertThat(history.entries()).extracting(AuditEntry::at).containsExactly(T0, T0.plusSeconds(3600), T0.plusSeconds(7200));
    assertThat(history.of("colour")).extracting(FieldHistory.Change::change).containsExactly(
        FieldChange.set("colour", "red"), FieldChange.of("colour", "red", "blue"));
    assertThat(history.of("label")).extracting(FieldHistory.Change::field).containsExactly("label.brand", "label.model", "label.model");
    assertThat(history.valueAt("colour", T0)).isEmpty();
    assertThat(history.valueAt("colour", T0.plusSeconds(5000))).contains("red");
    assertThat(history.valueAt("colour", T0.plusSeconds(7200))).contains("blue");
    assertThat(history.valueAt("label.model", T0.minusSeconds(1))).isEmpty();
  }
}
