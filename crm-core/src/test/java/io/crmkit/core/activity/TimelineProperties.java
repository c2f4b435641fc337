package io.crmkit.core.activity;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.audit.AuditEntry;
import io.crmkit.core.audit.AuditEntryId;
import io.crmkit.core.audit.FakeTenantStore;
import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.ConsentAction;
import io.crmkit.core.consent.ConsentEvent;
import io.crmkit.core.consent.ConsentEventId;
import io.crmkit.core.consent.LegalBasis;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.event.ChangeKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TimelineProperties {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final List<RecordRef> PARTIES =
      List.of(new RecordRef("contact", "c-1"), new RecordRef("account", "a-1"), new RecordRef("contact", "c-other"));
  private static final Set<RecordRef> CUSTOMER = Set.of(PARTIES.get(0), PARTIES.get(1));

  /** One item: kind 0 activity, 1 consent event, 2 audit entry; at one of a few instants, so ties are common. */
  record Item(int kind, int second, int party) {}

  @Provide
  Arbitrary<List<Item>> items() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 2))
        .as(Item::new)
        .list()
        .ofMaxSize(15);
  }

  private static FakeTenantStore storeWith(List<Item> items, List<Integer> insertionOrder) {
    FakeTenantStore store = new FakeTenantStore(ACME);
    for (int i : insertionOrder) {
      Item it = items.get(i);
      Instant at = T0.plusSeconds(it.second());
      RecordRef party = PARTIES.get(it.party());
      String id = "x" + i;
      switch (it.kind()) {
        case 0 -> store.repository(Activity.TYPE).insert(
            Activity.note(new ActivityId(id), ACME, "n" + i, "body", Owner.user("u"), List.of(party), at));
        case 1 -> store.repository(ConsentEvent.TYPE).insert(new ConsentEvent(
            new ConsentEventId(id), ACME, 0, party, Channel.EMAIL, Purpose.MARKETING, ConsentAction.GRANTED, LegalBasis.CONSENT,
            "form", at, false, Optional.empty()));
        default -> store.repository(AuditEntry.TYPE).insert(
            AuditEntry.of(new AuditEntryId(id), ACME, party, ChangeKind.UPDATED, "u", at, List.of()));
      }
    }
    return store;
  }

  private static List<Integer> indexes(int n) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(i);
    }
    return out;
  }

  @Property(tries = 150)
  void theOrderIsTotalNewestFirstAndIndependentOfInsertionOrder(@ForAll("items") List<Item> items, @ForAll long seed) {
    List<Integer> shuffled = indexes(items.size());
    Collections.shuffle(shuffled, new Random(seed));

    List<TimelineEntry> a = Timeline.of(storeWith(items, indexes(items.size())), CUSTOMER);
    List<TimelineEntry> b = Timeline.of(storeWith(items, shuffled), CUSTOMER);

    assertThat(b).extracting(TimelineEntry::source).containsExactlyElementsOf(a.stream().map(TimelineEntry::source).toList());
    for (int i = 1; i < a.size(); i++) {
      assertThat(TimelineEntry.NEWEST_FIRST.compare(a.get(i - 1), a.get(i))).isNegative();
      assertThat(a.get(i - 1).at()).isAfterOrEqualTo(a.get(i).at());
    }
    long expected = items.stream().filter(it -> it.party() != 2).count();
    assertThat(a).hasSize((int) expected);
  }
}
