package io.crmkit.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ConcurrencyConflictException;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.event.ChangeKind;
import io.crmkit.core.event.InProcessEventPublisher;
import io.crmkit.core.event.RecordChanged;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.Repository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AuditTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Instant T0 = Instant.parse("2026-05-01T09:00:00Z");

  private final FakeTenantStore store = new FakeTenantStore(ACME);
  private final InProcessEventPublisher bus = new InProcessEventPublisher();
  private final List<RecordChanged> events = new ArrayList<>();
  private final Repository<AuditEntry, AuditEntryId> trail = store.repository(AuditEntry.TYPE);
  private final Repository<Gadget, Gadget.GadgetId> gadgets =
      Audit.audited(store.repository(Gadget.TYPE), store, Auditor.of("u-1", Clock.fixed(T0, ZoneOffset.UTC), bus));

  AuditTest() {
    bus.subscribe(RecordChanged.class, events::add);
  }

  private static RecordRef ref(String id) {
    return new RecordRef("gadget", id);
  }

  @Nested
  @DisplayName("an insert")
  class Insert {
    @Test
    @DisplayName("stores one CREATED entry with every set field, in the same transaction, and then publishes")
    void writesEntry() {
      List<Integer> entriesSeenByTheSubscriber = new ArrayList<>();
      bus.subscribe(RecordChanged.class, e -> entriesSeenByTheSubscriber.add(trail.query(Criteria.all()).size()));

      Gadget saved = gadgets.insert(Gadget.of(ACME, "g-1", "Acme", "Rocket").withTags(List.of("red")));

      assertThat(saved.version()).isEqualTo(1);
      AuditEntry entry = trail.query(Criteria.all()).get(0);
      assertThat(entry.action()).isEqualTo(ChangeKind.CREATED);
      assertThat(entry.record()).isEqualTo(ref("g-1"));
      assertThat(entry.actor()).isEqualTo("u-1");
      assertThat(entry.at()).isEqualTo(T0);
      assertThat(entry.changes()).containsExactly(
          FieldChange.set("id", "g-1"),
          FieldChange.set("tenantId", "acme"),
          FieldChange.set("label.brand", "Acme"),
          FieldChange.set("label.model", "Rocket"),
          FieldChange.set("tags", "[red]"),
          FieldChange.set("size", "1"));
      assertThat(store.writes()).extracting(FakeTenantStore.Write::transaction).containsOnly(OptionalLong.of(1));
      assertThat(events).singleElement().satisfies(e -> {
        assertThat(e.kind()).isEqualTo(ChangeKind.CREATED);
        assertThat(e.record()).isEqualTo(ref("g-1"));
        assertThat(e.actor()).isEqualTo("u-1");
      });
      assertThat(entriesSeenByTheSubscriber).containsExactly(1);
    }

    @Test
    @DisplayName("of many records is one transaction")
    void insertAll() {
      gadgets.insertAll(List.of(Gadget.of(ACME, "g-1", "A", "1"), Gadget.of(ACME, "g-2", "B", "2")));
      assertThat(store.writes()).hasSize(4).extracting(FakeTenantStore.Write::transaction).containsOnly(OptionalLong.of(1));
      assertThat(events).extracting(RecordChanged::record).containsExactly(ref("g-1"), ref("g-2"));
    }
  }

  @Nested
  @DisplayName("an update")
  class Update {
    @Test
    @DisplayName("writes exactly one UPDATED entry with the changed fields, in the update's transaction")
    void writesOneEntry() {
      Gadget saved = gadgets.insert(Gadget.of(ACME, "g-1", "Acme", "Rocket"));
      events.clear();

      Gadget updated = gadgets.update(saved.withLabel(new Gadget.Label("Acme", "Rocket II")).withColour(Optional.of("red")));

      assertThat(updated.version()).isEqualTo(2);
      List<AuditEntry> updates = trail.query(Criteria.eq(AuditEntry.ACTION, "UPDATED"));
      assertThat(updates).singleElement().satisfies(e -> assertThat(e.changes()).containsExactly(
          FieldChange.of("label.model", "Rocket", "Rocket II"), FieldChange.set("colour", "red")));
      List<FakeTenantStore.Write> writes = store.writes();
      FakeTenantStore.Write gadgetWrite = writes.get(2);
      FakeTenantStore.Write entryWrite = writes.get(3);
      assertThat(gadgetWrite.operation()).isEqualTo("update");
      assertThat(entryWrite.type()).isEqualTo("audit_entry");
      assertThat(entryWrite.transaction()).isEqualTo(gadgetWrite.transaction()).isPresent();
      assertThat(events).singleElement().extracting(RecordChanged::kind).isEqualTo(ChangeKind.UPDATED);
    }

    @Test
    @DisplayName("on a stale version fails, writes no entry and publishes nothing")
    void staleVersion() {
      Gadget saved = gadgets.insert(Gadget.of(ACME, "g-1", "Acme", "Rocket"));
      gadgets.update(saved.withSize(2));
      events.clear();
      int writesBefore = store.writes().size();

      assertThatThrownBy(() -> gadgets.update(saved.withSize(3))).isInstanceOf(ConcurrencyConflictException.class);

      assertThat(store.writes()).hasSize(writesBefore);
      assertThat(trail.count(Criteria.all())).isEqualTo(2);
      assertThat(events).isEmpty();
      assertThat(gadgets.get(saved.id()).size()).isEqualTo(2);
    }

    @Test
    @DisplayName("is undone when the audit entry cannot be written")
    void rollsBackWhenTheEntryFails() {
      FakeTenantStore s = new FakeTenantStore(ACME);
      Auditor sameIdEveryTime = Auditor.custom().actor("u-1").clock(Clock.fixed(T0, ZoneOffset.UTC)).ids(() -> "dup").build();
      Repository<Gadget, Gadget.GadgetId> g = Audit.audited(s.repository(Gadget.TYPE), s, sameIdEveryTime);
      Gadget saved = g.insert(Gadget.of(ACME, "g-1", "Acme", "Rocket"));

      assertThatThrownBy(() -> g.update(saved.withSize(7))).isInstanceOf(ConcurrencyConflictException.class);

      assertThat(g.get(saved.id())).isEqualTo(saved);
      assertThat(s.repository(AuditEntry.TYPE).count(Criteria.all())).isEqualTo(1);
    }
  }

  @Test
  @DisplayName("a delete writes a DELETED entry with the last values and names the related records in its event")
  void delete() {
    RecordRef owner = new RecordRef("account", "a-1");
    Repository<Gadget, Gadget.GadgetId> related = Audit.audited(
        store.repository(Gadget.TYPE), store, Auditor.of("u-2", Clock.fixed(T0, ZoneOffset.UTC), bus), g -> Set.of(owner));
    Gadget saved = related.insert(Gadget.of(ACME, "g-1", "Acme", "Rocket"));

    related.delete(saved.id(), saved.version());

    assertThat(related.find(saved.id())).isEmpty();
    AuditEntry entry = trail.query(Criteria.eq(AuditEntry.ACTION, "DELETED")).get(0);
    assertThat(entry.changes()).contains(FieldChange.cleared("label.brand", "Acme"));
    assertThat(events).last().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(ChangeKind.DELETED);
      assertThat(e.subjects()).containsExactly(ref("g-1"), owner);
    });
  }

  @Test
  @DisplayName("asks the actor supplier on every write")
  void actorSupplier() {
    AtomicInteger n = new AtomicInteger();
    Repository<Gadget, Gadget.GadgetId> g = Audit.audited(
        store.repository(Gadget.TYPE), store,
        Auditor.custom().actor(() -> "user-" + n.incrementAndGet()).clock(Clock.fixed(T0, ZoneOffset.UTC)).build());
    Gadget saved = g.insert(Gadget.of(ACME, "g-1", "Acme", "Rocket"));
    g.update(saved.withSize(5));

    assertThat(FieldHistory.of(store, ref("g-1")).entries()).extracting(AuditEntry::actor).containsExactly("user-1", "user-2");
  }

  @Test
  @DisplayName("the audit trail itself cannot be audited, and an auditor needs an actor and a clock")
  void refusals() {
    assertThatThrownBy(() -> Audit.audited(trail, store, Auditor.of("u", Clock.systemUTC(), bus)))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> Auditor.custom().clock(Clock.systemUTC()).build()).isInstanceOf(NullPointerException.class).hasMessageContaining("actor");
    assertThatThrownBy(() -> Auditor.custom().actor("u").build()).isInstanceOf(NullPointerException.class).hasMessageContaining("clock");
  }
}
