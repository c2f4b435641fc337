package io.crmkit.core.store.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.AccessDeniedException;
import io.crmkit.core.ConcurrencyConflictException;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.Page;
import io.crmkit.core.query.PageRequest;
import io.crmkit.core.query.Query;
import io.crmkit.core.query.Sort;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.StoreCapability;
import io.crmkit.core.store.TenantStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class InMemoryStoreTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final TenantId GLOBEX = TenantId.of("globex");

  private final InMemoryStore store = InMemoryStore.create();
  private final TenantStore acme = store.forTenant(ACME);
  private final Repository<Card, Card.CardId> cards = acme.repository(Card.TYPE);

  @Test
  void declaresTransactionsAndConcurrentAccessButNotDurability() {
    assertThat(store.capabilities())
        .containsExactlyInAnyOrder(StoreCapability.TRANSACTIONS, StoreCapability.CONCURRENT_ACCESS);
  }

  @Test
  void insertStoresVersionOneAndUpdateIncrementsIt() {
    Card saved = cards.insert(Card.of(ACME, "c1", "a@x.org", "Oslo"));
    assertThat(saved.version()).isEqualTo(1);
    Card changed = cards.update(saved.withEmail("b@x.org"));
    assertThat(changed.version()).isEqualTo(2);
    assertThat(cards.get(saved.id())).isEqualTo(changed);
    assertThat(cards.query(Criteria.eq(Card.EMAIL, "a@x.org"))).isEmpty();
    assertThat(cards.query(Criteria.eq(Card.EMAIL, "b@x.org"))).containsExactly(changed);
  }

  @Test
  void insertNeedsVersionZeroAndAFreshId() {
    Card saved = cards.insert(Card.of(ACME, "c1", "a@x.org", null));
    assertThatThrownBy(() -> cards.insert(saved))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("version 0");
    assertThatThrownBy(() -> cards.insert(Card.of(ACME, "c1", "other@x.org", null)))
        .isInstanceOfSatisfying(
            ConcurrencyConflictException.class,
            e -> {
              assertThat(e.expectedVersion()).isZero();
              assertThat(e.actualVersion()).isEqualTo(1);
            });
    assertThat(cards.get(saved.id()).email()).isEqualTo("a@x.org");
  }

  @Test
  void staleUpdateAndDeleteAreRefusedAndChangeNothing() {
    Card v1 = cards.insert(Card.of(ACME, "c1", "a@x.org", null));
    Card v2 = cards.update(v1.withEmail("b@x.org"));
    assertThatThrownBy(() -> cards.update(v1.withEmail("c@x.org"))).isInstanceOf(ConcurrencyConflictException.class);
    assertThatThrownBy(() -> cards.delete(v1.id(), 1)).isInstanceOf(ConcurrencyConflictException.class);
    assertThat(cards.get(v1.id())).isEqualTo(v2);
    cards.delete(v1.id(), 2);
    assertThat(cards.find(v1.id())).isEmpty();
    assertThatThrownBy(() -> cards.update(v2))
        .isInstanceOfSatisfying(ConcurrencyConflictException.class, e -> assertThat(e.actualVersion()).isEqualTo(-1));
  }

  @Test
  void writesIntoAnotherTenantAreDeniedNamingBothTenants() {
    assertThatThrownBy(() -> cards.insert(Card.of(GLOBEX, "c1", "a@x.org", null)))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("acme")
        .hasMessageContaining("globex");
    Repository<Card, Card.CardId> globexCards = store.forTenant(GLOBEX).repository(Card.TYPE);
    Card theirs = globexCards.insert(Card.of(GLOBEX, "c1", "a@x.org", null));
    assertThat(cards.find(theirs.id())).isEmpty();
    assertThat(cards.count(Criteria.all())).isZero();
    assertThatThrownBy(() -> cards.update(theirs.withTenantId(ACME))).isInstanceOf(ConcurrencyConflictException.class);
    assertThatThrownBy(() -> cards.delete(theirs.id(), 1)).isInstanceOf(ConcurrencyConflictException.class);
    assertThatThrownBy(() -> cards.update(theirs)).isInstanceOf(AccessDeniedException.class);
    assertThat(globexCards.get(theirs.id())).isEqualTo(theirs);
  }

  @Test
  void transactionRollsBackEveryWriteWhenTheWorkThrows() {
    Card kept = cards.insert(Card.of(ACME, "c1", "a@x.org", null));
    assertThatThrownBy(
            () ->
                acme.transactions()
                    .run(
                        () -> {
                          cards.insert(Card.of(ACME, "c2", "b@x.org", null, "vip"));
                          cards.update(kept.withEmail("changed@x.org"));
                          cards.delete(kept.id(), 2);
                          throw new IllegalStateException("boom");
                        }))
        .hasMessage("boom");
    assertThat(cards.query(Query.all())).containsExactly(kept);
    // the indexes were rolled back too
    assertThat(cards.query(Criteria.eq(Card.EMAIL, "a@x.org"))).containsExactly(kept);
    assertThat(cards.count(Criteria.eq(Card.TAGS, "vip"))).isZero();
    assertThat(cards.count(Criteria.eq(Card.EMAIL, "changed@x.org"))).isZero();
  }

  @Test
  void nestedTransactionsJoinTheOuterOne() {
    assertThatThrownBy(
            () ->
                acme.transactions()
                    .run(
                        () -> {
                          acme.transactions().run(() -> cards.insert(Card.of(ACME, "c1", "a@x.org", null)));
                          assertThat(cards.find(new Card.CardId("c1"))).isPresent();
                          throw new IllegalStateException("outer fails");
                        }))
        .hasMessage("outer fails");
    assertThat(cards.count(Criteria.all())).isZero();
  }

  @Test
  void aFailedNestedTransactionUndoesOnlyItsOwnWrites() {
    acme.transactions()
        .run(
            () -> {
              cards.insert(Card.of(ACME, "c1", "a@x.org", null));
              try {
                acme.transactions()
                    .run(
                        () -> {
                          cards.insert(Card.of(ACME, "c2", "b@x.org", null));
                          throw new IllegalStateException("inner fails");
                        });
              } catch (IllegalStateException expected) {
                // the caller chose to carry on
              }
            });
    assertThat(cards.query(Query.all())).extracting(c -> c.id().value()).containsExactly("c1");
  }

  @Test
  void insertAllIsAllOrNothing() {
    List<Card> batch = List.of(Card.of(ACME, "c1", "a@x.org", null), Card.of(ACME, "c2", "b@x.org", null), Card.of(ACME, "c1", "dup@x.org", null));
    assertThatThrownBy(() -> cards.insertAll(batch)).isInstanceOf(ConcurrencyConflictException.class);
    assertThat(cards.count(Criteria.all())).isZero();
    assertThat(cards.insertAll(batch.subList(0, 2))).extracting(Card::version).containsExactly(1L, 1L);
  }

  @Test
  void sortsAbsentValuesLastAscendingAndFirstDescendingThenById() {
    cards.insert(Card.of(ACME, "b", "1", "Bergen"));
    cards.insert(Card.of(ACME, "a", "2", null));
    cards.insert(Card.of(ACME, "c", "3", "Arendal"));
    cards.insert(Card.of(ACME, "d", "4", null));
    assertThat(ids(cards.query(Query.all().orderBy(Sort.by(Card.CITY))))).containsExactly("c", "b", "a", "d");
    assertThat(ids(cards.query(Query.all().orderBy(Sort.byDescending(Card.CITY))))).containsExactly("a", "d", "b", "c");
    assertThat(ids(cards.query(Query.all().orderBy(Sort.by(Card.CITY)).limit(2)))).containsExactly("c", "b");
  }

  @Test
  void idsSortInCodePointOrderNotUtf16Order() {
    cards.insert(Card.of(ACME, "\uD834\uDD1E", "1", null)); // U+1D11E
    cards.insert(Card.of(ACME, "\uFF21", "2", null)); // U+FF21, above the surrogates in UTF-16 but below U+1D11E
    cards.insert(Card.of(ACME, "z", "3", null));
    assertThat(ids(cards.query(Query.all()))).containsExactly("z", "\uFF21", "\uD834\uDD1E");
  }

  @Test
  void pagesVisitEveryRecordOnceInQueryOrder() {
    for (int i = 0; i < 57; i++) {
      cards.insert(Card.of(ACME, "c" + i, "e" + (i % 5), i % 3 == 0 ? null : "city" + (i % 4)));
    }
    Sort sort = Sort.byDescending(Card.CITY).then(Card.EMAIL);
    List<Card> expected = cards.query(Query.all().orderBy(sort));
    List<Card> seen = new ArrayList<>();
    Optional<PageRequest> next = Optional.of(PageRequest.first(10));
    while (next.isPresent()) {
      Page<Card> page = cards.page(Criteria.all(), sort, next.get());
      seen.addAll(page.items());
      next = page.next();
    }
    assertThat(seen).hasSize(57).isEqualTo(expected);
  }

  @Test
  void aCursorForAnotherSortIsRefused() {
    for (int i = 0; i < 3; i++) {
      cards.insert(Card.of(ACME, "c" + i, "e" + i, null));
    }
    Page<Card> first = cards.page(Criteria.all(), Sort.by(Card.EMAIL), PageRequest.first(1));
    String cursor = first.nextCursor().orElseThrow();
    assertThatThrownBy(() -> cards.page(Criteria.all(), Sort.by(Card.CITY), PageRequest.after(cursor, 1)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("cursor"));
  }

  @Test
  void streamIsASnapshotInIdOrder() {
    cards.insert(Card.of(ACME, "b", "1", null));
    cards.insert(Card.of(ACME, "a", "2", null));
    try (Stream<Card> s = cards.stream(Criteria.all())) {
      List<String> ids = new ArrayList<>();
      s.forEach(
          c -> {
            ids.add(c.id().value());
            // writing while consuming must neither deadlock nor change what the stream yields
            cards.insert(Card.of(ACME, "x" + c.id().value(), "n", null));
          });
      assertThat(ids).containsExactly("a", "b");
    }
    assertThat(cards.count(Criteria.all())).isEqualTo(4);
  }

  @Test
  void unknownFieldsAreRejected() {
    assertThatThrownBy(() -> cards.query(Criteria.eq(io.crmkit.core.query.FieldRef.text("nope"), "x")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("nope");
  }

  private static List<String> ids(List<Card> cs) {
    return cs.stream().map(c -> c.id().value()).toList();
  }
}
