package io.crmkit.testkit.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.crmkit.core.ConcurrencyConflictException;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.access.Action;
import io.crmkit.core.access.FieldAccess;
import io.crmkit.core.access.Principal;
import io.crmkit.core.access.SecuredAccessDeniedException;
import io.crmkit.core.access.SecuredStore;
import io.crmkit.core.audit.Audit;
import io.crmkit.core.audit.AuditEntry;
import io.crmkit.core.audit.AuditEntryId;
import io.crmkit.core.audit.Auditor;
import io.crmkit.core.event.EventPublisher;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.Page;
import io.crmkit.core.query.PageRequest;
import io.crmkit.core.query.Sort;
import io.crmkit.core.store.CrmStore;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.StoreCapability;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.view.CustomerView;
import io.crmkit.core.view.CustomerViews;
import io.crmkit.testkit.access.SecuredStorePolicy.Grant;
import io.crmkit.testkit.store.KitRecord;
import io.crmkit.testkit.store.KitRecordId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The secured-store conformance kit in JUnit 5 examples: a {@link SecuredStore} over the adapter's store must
 * show each principal only the records and fields its policy allows, refuse forbidden writes without writing
 * anything, and keep tenants apart. An adapter's test extends it and supplies the store.
 *
 * <pre>{@code
 * class JdbcSecuredStoreCompatibilityTest extends SecuredStoreCompatibilityKit {
 *   @Override protected CrmStore createStore() { return JdbcStore.create(dataSource); }
 * }
 * }</pre>
 *
 * <p>Each test works in two fresh tenants. Principal {@code ann} reads the records owned by {@code Ann} and
 * {@code Bob} and the record {@code r-shared}, writes those of {@code Ann}, and does not see the tags and the
 * custom field {@code tier} of KitRecords, nor the e-mail addresses of contacts; {@code counter} is read-only.
 */
public abstract class SecuredStoreCompatibilityKit {
  private static final String RUN = Long.toString(System.nanoTime() & 0xFFFFFFFFL, 36);
  private static final AtomicLong SEQUENCE = new AtomicLong();
  private static final FieldAccess KIT_FLS = new FieldAccess(Set.of("tags", "custom.tier"), Set.of("counter"));
  private static final FieldAccess CONTACT_FLS = new FieldAccess(Set.of("email"), Set.of());

  private @Nullable CrmStore store;
  private @Nullable TenantId tenantA;
  private @Nullable TenantId tenantB;

  /** A new store to test; called before every test. */
  protected abstract CrmStore createStore();

  /** Releases a store made by {@link #createStore()}; called after every test. The default closes it. */
  protected void disposeStore(CrmStore store) {
    store.close();
  }

  @BeforeEach
  void openStore() {
    long n = SEQUENCE.incrementAndGet();
    tenantA = TenantId.of("sec-" + RUN + "-" + n + "-a");
    tenantB = TenantId.of("sec-" + RUN + "-" + n + "-b");
    store = createStore();
  }

  @AfterEach
  void closeStore() {
    CrmStore s = store;
    store = null;
    if (s != null) {
      disposeStore(s);
    }
  }

  private CrmStore store() {
    return Objects.requireNonNull(store, "the store is made before each test");
  }

  private TenantId tenant() {
    return Objects.requireNonNull(tenantA, "tenantA");
  }

  private Principal ann() {
    return Principal.user(tenant(), "ann");
  }

  private SecuredStore secured(boolean withFieldSecurity) {
    Grant ann = new Grant(Set.of("Ann", "Bob"), Set.of("r-shared"), Set.of("Ann"), Map.of());
    if (withFieldSecurity) {
      ann = ann.withFields(KitRecord.TYPE.name(), KIT_FLS).withFields(Contact.TYPE.name(), CONTACT_FLS);
    }
    return SecuredStoreFixture.secure(store(), new SecuredStorePolicy(Map.of("ann", ann)));
  }

  private Repository<KitRecord, KitRecordId> raw() {
    return store().forTenant(tenant()).repository(KitRecord.TYPE);
  }

  private Repository<KitRecord, KitRecordId> asAnn(boolean withFieldSecurity) {
    return secured(withFieldSecurity).tenantStore(ann()).repository(KitRecord.TYPE);
  }

  private KitRecord record(String id, String owner) {
    return KitRecord.of(tenant(), id, owner)
        .withNickname(Optional.of("Zoë 𝄞"))
        .withAmount(Optional.of(new BigDecimal("12.50")))
        .withTags(List.of("vip", "𝄞"))
        .withCustomFields(Map.of("tier", "gold", "level", 3L));
  }

  /** Ann reads r-ann, r-bob and r-shared (owned by Cy), not r-cy. */
  private void seed() {
    raw().insertAll(List.of(record("r-ann", "Ann"), record("r-bob", "Bob"), record("r-cy", "Cy"), record("r-shared", "Cy")));
  }

  private static List<String> ids(List<KitRecord> rs) {
    return rs.stream().map(r -> r.id().value()).toList();
  }

  private static void assertRedacted(KitRecord r) {
    assertThat(r.tags()).as("tags of %s", r.id()).isEmpty();
    assertThat(r.customFields()).as("custom fields of %s", r.id()).doesNotContainKey("tier").containsEntry("level", 3L);
    assertThat(r.nickname()).as("nickname of %s", r.id()).contains("Zoë 𝄞");
  }

  @Nested
  @DisplayName("tenants stay apart")
  class Tenants {
    @Test
    @DisplayName("a principal asking for another tenant is refused")
    void anotherTenantIsRefused() {
      TenantId other = Objects.requireNonNull(tenantB);
      assertThatThrownBy(() -> secured(false).as(ann()).forTenant(other))
          .isInstanceOfSatisfying(SecuredAccessDeniedException.class, e -> {
            assertThat(e.rule()).isEqualTo(SecuredAccessDeniedException.TENANT_ISOLATION);
            assertThat(e.principal()).isEqualTo(ann());
          });
    }

    @Test
    @DisplayName("records of another tenant with the same ids and owners are never reached")
    void sameIdsInAnotherTenantStayUnseen() {
      TenantId other = Objects.requireNonNull(tenantB);
      store().forTenant(other).repository(KitRecord.TYPE).insert(KitRecord.of(other, "r-b", "Ann"));
      raw().insert(record("r-a", "Ann"));
      Repository<KitRecord, KitRecordId> mine = asAnn(false);
      assertThat(ids(mine.query(Criteria.all()))).containsExactly("r-a");
      assertThat(mine.find(new KitRecordId("r-b"))).isEmpty();
      assertThat(mine.count(Criteria.all())).isEqualTo(1);
    }
  }

  @Nested
  @DisplayName("reads show only what the policy allows")
  class Reads {
    @Test
    @DisplayName("find, get and findAll skip what the principal may not read; get says not found")
    void lookups() {
      seed();
      Repository<KitRecord, KitRecordId> mine = asAnn(false);
      assertThat(mine.find(new KitRecordId("r-shared"))).isPresent();
      assertThat(mine.find(new KitRecordId("r-cy"))).isEmpty();
      assertThatThrownBy(() -> mine.get(new KitRecordId("r-cy"))).isInstanceOf(NotFoundException.class);
      assertThat(ids(mine.findAll(List.of(new KitRecordId("r-cy"), new KitRecordId("r-bob"), new KitRecordId("r-none")))))
          .containsExactly("r-bob");
    }

    @Test
    @DisplayName("query, count, every page and stream hold exactly the visible records")
    void listings() {
      seed();
      Repository<KitRecord, KitRecordId> mine = asAnn(false);
      List<String> visible = List.of("r-ann", "r-bob", "r-shared");
      assertThat(ids(mine.query(Criteria.all()))).isEqualTo(visible);
      assertThat(mine.count(Criteria.all())).isEqualTo(3);
      assertThat(mine.count(Criteria.eq(KitRecord.NAME, "Cy"))).isEqualTo(1);
      List<String> paged = new ArrayList<>();
      Optional<PageRequest> next = Optional.of(PageRequest.first(1));
      while (next.isPresent()) {
        Page<KitRecord> page = mine.page(Criteria.all(), Sort.byDescending(KitRecord.NAME), next.get());
        paged.addAll(ids(page.items()));
        next = page.next();
      }
      assertThat(paged).containsExactlyInAnyOrderElementsOf(visible).hasSize(3);
      try (Stream<KitRecord> s = mine.stream(Criteria.all())) {
        assertThat(s.map(r -> r.id().value()).toList()).isEqualTo(visible);
      }
    }

    @Test
    @DisplayName("hidden fields are removed from every record read")
    void redaction() {
      seed();
      Repository<KitRecord, KitRecordId> mine = asAnn(true);
      assertRedacted(mine.get(new KitRecordId("r-ann")));
      mine.query(Criteria.all()).forEach(SecuredStoreCompatibilityKit::assertRedacted);
      mine.page(Criteria.all(), Sort.byId(), PageRequest.first(10)).items().forEach(SecuredStoreCompatibilityKit::assertRedacted);
      try (Stream<KitRecord> s = mine.stream(Criteria.all())) {
        s.forEach(SecuredStoreCompatibilityKit::assertRedacted);
      }
    }

    @Test
    @DisplayName("audit entries show no values of a record the principal may not read, nor of hidden fields")
    void auditEntries() {
      seed();
      TenantStore rawStore = store().forTenant(tenant());
      Repository<KitRecord, KitRecordId> audited =
          Audit.audited(raw(), rawStore, Auditor.of("sam", SecuredStoreFixture.clock(), EventPublisher.discarding()));
      for (String id : List.of("r-ann", "r-cy")) {
        KitRecord r = raw().get(new KitRecordId(id));
        audited.update(r.withNickname(Optional.of("secret " + id)));
      }
      Repository<AuditEntry, AuditEntryId> plain = secured(false).tenantStore(ann()).repository(AuditEntry.TYPE);
      assertThat(plain.query(Criteria.eq(AuditEntry.RECORD, "kit_record:r-ann")))
          .singleElement().satisfies(e -> assertThat(e.changes().toString()).contains("secret r-ann"));
      assertThat(plain.query(Criteria.eq(AuditEntry.RECORD, "kit_record:r-cy")))
          .singleElement().satisfies(e -> assertThat(e.changes()).isEmpty());
      Repository<AuditEntry, AuditEntryId> withFls = secured(true).tenantStore(ann()).repository(AuditEntry.TYPE);
      assertThat(withFls.query(Criteria.all())).hasSize(2).allSatisfy(e -> assertThat(e.changes()).isEmpty());
    }

    @Test
    @DisplayName("criteria and sort keys on hidden fields are refused")
    void queriesOnHiddenFields() {
      seed();
      Repository<KitRecord, KitRecordId> mine = asAnn(true);
      assertThatThrownBy(() -> mine.query(Criteria.eq(KitRecord.TAGS, "vip")))
          .isInstanceOfSatisfying(SecuredAccessDeniedException.class, e -> {
            assertThat(e.rule()).isEqualTo(SecuredAccessDeniedException.FIELD_LEVEL_SECURITY);
            assertThat(e.action()).isEqualTo(Action.READ);
          });
      assertThatThrownBy(() -> mine.count(Criteria.not(Criteria.isNull(KitRecord.CUSTOM_TIER)))).isInstanceOf(SecuredAccessDeniedException.class);
      assertThatThrownBy(() -> mine.stream(Criteria.isNull(KitRecord.TAGS))).isInstanceOf(SecuredAccessDeniedException.class);
      assertThat(mine.count(Criteria.eq(KitRecord.CUSTOM_LEVEL, 3L))).isEqualTo(3);
    }
  }

  @Nested
  @DisplayName("writes need the right and leave nothing half-applied")
  class Writes {
    @Test
    @DisplayName("insert needs CREATE; a refused batch stores nothing")
    void inserts() {
      Repository<KitRecord, KitRecordId> mine = asAnn(false);
      assertThatThrownBy(() -> mine.insert(record("r-new", "Bob")))
          .isInstanceOfSatisfying(SecuredAccessDeniedException.class, e -> {
            assertThat(e.action()).isEqualTo(Action.CREATE);
            assertThat(e.recordId()).contains("r-new");
          });
      assertThatThrownBy(() -> mine.insertAll(List.of(record("r-1", "Ann"), record("r-2", "Cy")))).isInstanceOf(SecuredAccessDeniedException.class);
      assertThat(raw().count(Criteria.all())).isZero();
      assertThat(mine.insert(record("r-1", "Ann")).version()).isEqualTo(1);
    }

    @Test
    @DisplayName("a new record must leave hidden fields empty")
    void insertsWithHiddenValues() {
      Repository<KitRecord, KitRecordId> mine = asAnn(true);
      assertThatThrownBy(() -> mine.insert(record("r-1", "Ann"))).isInstanceOf(SecuredAccessDeniedException.class).hasMessageContaining("hidden");
      assertThat(raw().find(new KitRecordId("r-1"))).isEmpty();
      KitRecord clean = record("r-1", "Ann").withTags(List.of()).withCustomFields(Map.of("level", 3L));
      assertThat(mine.insert(clean)).isEqualTo(clean.withVersion(1));
    }

    @Test
    @DisplayName("update needs EDIT on the stored record, and a record not readable is as good as deleted")
    void updates() {
      seed();
      Repository<KitRecord, KitRecordId> mine = asAnn(false);
      KitRecord bobs = mine.get(new KitRecordId("r-bob"));
      assertThatThrownBy(() -> mine.update(bobs.withName("Ann")))
          .isInstanceOfSatisfying(SecuredAccessDeniedException.class, e -> assertThat(e.action()).isEqualTo(Action.EDIT));
      KitRecord cys = raw().get(new KitRecordId("r-cy"));
      assertThatThrownBy(() -> mine.update(cys.withNickname(Optional.empty()))).isInstanceOf(ConcurrencyConflictException.class);
      assertThat(raw().get(bobs.id())).isEqualTo(bobs);
      assertThat(raw().get(cys.id())).isEqualTo(cys);
      assertThat(mine.update(mine.get(new KitRecordId("r-ann")).withNickname(Optional.of("Änn"))).version()).isEqualTo(2);
    }

    @Test
    @DisplayName("a redacted record written back keeps its hidden values; read-only and hidden changes are refused")
    void fieldLevelSecurityOnUpdate() {
      seed();
      Repository<KitRecord, KitRecordId> mine = asAnn(true);
      KitRecord before = raw().get(new KitRecordId("r-ann"));
      KitRecord seen = mine.get(before.id());
      assertThatThrownBy(() -> mine.update(seen.withCounter(99))).isInstanceOf(SecuredAccessDeniedException.class).hasMessageContaining("read-only");
      assertThatThrownBy(() -> mine.update(seen.withTags(List.of("new")))).isInstanceOf(SecuredAccessDeniedException.class).hasMessageContaining("hidden");
      assertThat(raw().get(before.id())).isEqualTo(before);
      KitRecord saved = mine.update(seen.withNickname(Optional.of("Ånn")));
      assertRedacted(saved.withNickname(Optional.of("Zoë 𝄞")));
      assertThat(raw().get(before.id())).isEqualTo(before.withNickname(Optional.of("Ånn")).withVersion(2));
    }

    @Test
    @DisplayName("delete needs DELETE")
    void deletes() {
      seed();
      Repository<KitRecord, KitRecordId> mine = asAnn(false);
      assertThatThrownBy(() -> mine.delete(new KitRecordId("r-bob"), 1))
          .isInstanceOfSatisfying(SecuredAccessDeniedException.class, e -> assertThat(e.action()).isEqualTo(Action.DELETE));
      assertThatThrownBy(() -> mine.delete(new KitRecordId("r-cy"), 1)).isInstanceOf(ConcurrencyConflictException.class);
      assertThat(raw().count(Criteria.all())).isEqualTo(4);
      mine.delete(new KitRecordId("r-ann"), 1);
      assertThat(raw().find(new KitRecordId("r-ann"))).isEmpty();
    }

    @Test
    @DisplayName("a refusal inside a transaction undoes the writes before it")
    void transactions() {
      assumeTrue(store().capabilities().contains(StoreCapability.TRANSACTIONS), "the store does not declare TRANSACTIONS: skipped, not passed");
      TenantStore mine = secured(false).tenantStore(ann());
      Repository<KitRecord, KitRecordId> records = mine.repository(KitRecord.TYPE);
      assertThatThrownBy(() -> mine.transactions().run(() -> {
        records.insert(record("r-1", "Ann"));
        records.insert(record("r-2", "Bob"));
      })).isInstanceOf(SecuredAccessDeniedException.class);
      assertThat(raw().count(Criteria.all())).isZero();
    }
  }

  @Nested
  @DisplayName("the customer view shows only what the principal may see")
  class Views {
    @Test
    @DisplayName("people, contact points and the subject follow the policy")
    void customerView() {
      TenantStore raw = store().forTenant(tenant());
      Instant now = SecuredStoreFixture.NOW;
      raw.repository(Account.TYPE).insert(Account.builder(new AccountId("a-1"), tenant()).name("ACME Ünited").owner(Owner.user("Ann"))
          .createdAt(now).updatedAt(now).build());
      for (String owner : List.of("Ann", "Bob", "Cy")) {
        raw.repository(Contact.TYPE).insert(Contact.builder(new ContactId("c-" + owner), tenant()).name(PersonName.of(owner, "Ó Briain"))
            .owner(Owner.user(owner)).account(new AccountId("a-1"))
            .contactPoint(ContactPoint.email(owner + "@example.com", ContactPoint.Purpose.WORK))
            .createdAt(now).updatedAt(now).build());
      }
      Grant grant = new Grant(Set.of("user:Ann", "user:Bob"), Set.of(), Set.of(), Map.of()).withFields(Contact.TYPE.name(), CONTACT_FLS);
      SecuredStore secured = SecuredStoreFixture.secure(store(), new SecuredStorePolicy(Map.of("ann", grant)));
      CustomerViews views = CustomerViews.builder(secured.as(ann())).clock(SecuredStoreFixture.clock()).build();
      CustomerView view = views.view(tenant(), new RecordRef(Account.TYPE_NAME, "a-1"));
      assertThat(view.people()).extracting(c -> c.id().value()).containsExactly("c-Ann", "c-Bob");
      assertThat(view.people()).allSatisfy(c -> assertThat(c.emails()).isEmpty());
      assertThatThrownBy(() -> views.view(tenant(), new RecordRef(Contact.TYPE_NAME, "c-Cy"))).isInstanceOf(NotFoundException.class);
      assertThat(views.view(tenant(), new RecordRef(Contact.TYPE_NAME, "c-Bob")).contactPoints()).isEmpty();
    }
  }
}
