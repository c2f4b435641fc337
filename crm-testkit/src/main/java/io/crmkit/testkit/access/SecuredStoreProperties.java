package io.crmkit.testkit.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactPoint;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.Page;
import io.crmkit.core.query.PageRequest;
import io.crmkit.core.query.Query;
import io.crmkit.core.query.Sort;
import io.crmkit.core.store.CrmStore;
import io.crmkit.core.store.EntityType;
import io.crmkit.core.store.Repository;
import io.crmkit.core.view.CustomerView;
import io.crmkit.core.view.CustomerViews;
import io.crmkit.testkit.access.SecuredStorePolicy.Grant;
import io.crmkit.testkit.store.KitArbitraries;
import io.crmkit.testkit.store.KitRecord;
import io.crmkit.testkit.store.KitRecordId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.jspecify.annotations.Nullable;

/**
 * The secured-store conformance kit as jqwik properties: over random KitRecords, random grants (readable
 * owners and ids, writable owners, hidden and read-only fields) and random criteria and sorts, a
 * {@link SecuredStore} over the adapter's store shows the principal exactly what the policy's
 * {@code decide} allows — by find, findAll, query, count, every page and stream, redacted — refuses queries
 * on hidden fields, refuses forbidden writes without writing anything, keeps tenants apart, and its customer
 * views hold only what the principal may see. An adapter's test extends it and supplies the store.
 *
 * <pre>{@code
 * class JdbcSecuredStoreConformanceProperties extends SecuredStoreProperties {
 *   @Override protected CrmStore createStore() { return JdbcStore.create(dataSource); }
 * }
 * }</pre>
 *
 * <p>One store serves each property; every try writes into fresh tenants.
 */
public abstract class SecuredStoreProperties {
  private static final TenantId TEMPLATE = TenantId.of("sec-template");
  private static final String RUN = Long.toString(System.nanoTime() & 0xFFFFFFFFL, 36);
  private static final AtomicLong SEQUENCE = new AtomicLong();
  private static final String USER = "ann";
  private static final List<String> EDITABLE = List.of("name", "counter", "active", "nickname", "amount", "tags");

  private @Nullable CrmStore store;

  /** A new store to test; called before every property. */
  protected abstract CrmStore createStore();

  /** Releases a store made by {@link #createStore()}; called after every property. The default closes it. */
  protected void disposeStore(CrmStore store) {
    store.close();
  }

  @BeforeProperty
  void openStore() {
    store = createStore();
  }

  @AfterProperty
  void closeStore() {
    CrmStore s = store;
    store = null;
    if (s != null) {
      disposeStore(s);
    }
  }

  /** Random records and the grant of the principal {@code ann} over them. */
  public record Scenario(List<KitRecord> data, Grant grant) {
    FieldAccess access() {
      return grant.fields().getOrDefault(KitRecord.TYPE.name(), FieldAccess.all());
    }
  }

  @Property(tries = 150)
  void everyReadPathShowsExactlyWhatThePolicyAllows(
      @ForAll("scenarios") Scenario s,
      @ForAll("criteria") Criteria criteria,
      @ForAll("sorts") Sort sort,
      @ForAll @IntRange(min = 1, max = 6) int pageSize) {
    Loaded l = load(s);
    Set<String> hidden = l.access.hidden();
    for (KitRecord r : l.stored) {
      Optional<KitRecord> found = l.secured.find(r.id());
      assertThat(found).as("find %s", r.id()).isEqualTo(l.allowed.test(r) ? Optional.of(l.redact(r)) : Optional.empty());
      found.ifPresent(f -> assertNoHiddenValue(f, hidden));
    }
    List<KitRecordId> allIds = l.stored.stream().map(KitRecord::id).toList();
    assertThat(l.secured.findAll(allIds)).isEqualTo(l.stored.stream().filter(l.allowed).map(l::redact).toList());

    boolean namesHidden = criteria.fields().stream().anyMatch(f -> hidden.contains(f.name()))
        || sort.keys().stream().anyMatch(k -> hidden.contains(k.field().name()));
    Statistics.label("criteria or sort on a hidden field").collect(namesHidden);
    if (namesHidden) {
      assertThatThrownBy(() -> l.secured.query(Query.where(criteria).orderBy(sort)))
          .isInstanceOfSatisfying(SecuredAccessDeniedException.class,
              e -> assertThat(e.rule()).isEqualTo(SecuredAccessDeniedException.FIELD_LEVEL_SECURITY));
      assertThatThrownBy(() -> l.secured.page(criteria, sort, PageRequest.first(pageSize))).isInstanceOf(SecuredAccessDeniedException.class);
      return;
    }
    // the reference: the plain store's answer (itself checked by the storage kit), filtered by decide, redacted
    List<KitRecord> expected = l.raw.query(Query.where(criteria).orderBy(sort)).stream().filter(l.allowed).map(l::redact).toList();
    Predicate<KitRecord> matches = KitRecord.TYPE.matcher(criteria);
    assertThat(ids(expected)).containsExactlyInAnyOrderElementsOf(ids(l.stored.stream().filter(matches).filter(l.allowed).toList()));

    List<KitRecord> queried = l.secured.query(Query.where(criteria).orderBy(sort));
    assertThat(queried).as("query %s by %s", criteria, sort).isEqualTo(expected);
    queried.forEach(r -> assertNoHiddenValue(r, hidden));
    assertThat(l.secured.count(criteria)).as("count %s", criteria).isEqualTo(expected.size());
    List<KitRecord> paged = new ArrayList<>();
    Optional<PageRequest> next = Optional.of(PageRequest.first(pageSize));
    while (next.isPresent()) {
      Page<KitRecord> page = l.secured.page(criteria, sort, next.get());
      paged.addAll(page.items());
      next = page.next();
      assertThat(paged.size()).as("paging must end").isLessThanOrEqualTo(expected.size() + pageSize);
    }
    assertThat(paged).as("pages of %s", pageSize).isEqualTo(expected);
    try (Stream<KitRecord> stream = l.secured.stream(criteria)) {
      assertThat(stream.toList()).as("stream %s", criteria)
          .isEqualTo(l.raw.query(criteria).stream().filter(l.allowed).map(l::redact).toList());
    }
  }

  @Property(tries = 100)
  void pushDownEqualsTheReferenceDecision(@ForAll("scenarios") Scenario s) {
    Loaded l = load(s);
    SecuredStorePolicy policy = new SecuredStorePolicy(Map.of(USER, s.grant()));
    Predicate<KitRecord> pushed = KitRecord.TYPE.matcher(policy.visibility(l.principal, Action.READ, KitRecord.TYPE, SecuredStoreFixture.NOW));
    for (KitRecord r : l.stored) {
      assertThat(pushed.test(r)).as("visibility of %s", r.id()).isEqualTo(l.allowed.test(r));
    }
    long visible = l.stored.stream().filter(l.allowed).count();
    assertThat(l.secured.count(Criteria.all())).isEqualTo(visible);
    assertThat(ids(l.secured.query(Criteria.all()))).containsExactlyInAnyOrderElementsOf(ids(l.stored.stream().filter(l.allowed).toList()));
  }

  @Property(tries = 100)
  void forbiddenUpdatesAreRefusedAndWriteNothing(@ForAll("scenarios") Scenario s, @ForAll("changes") String change) {
    Loaded l = load(s);
    FieldAccess access = l.access;
    for (KitRecord r : l.stored) {
      boolean readable = l.allowed.test(r);
      KitRecord base = readable ? l.secured.get(r.id()) : r;
      KitRecord candidate = change(base, change);
      boolean editable = s.grant().writeOwners().contains(r.name());
      boolean fieldRefused = !change.equals("none") && !access.mayEdit(change);
      if (!readable) {
        assertThatThrownBy(() -> l.secured.update(candidate)).as("update of unreadable %s", r.id()).isInstanceOf(ConcurrencyConflictException.class);
      } else if (!editable) {
        assertThatThrownBy(() -> l.secured.update(candidate))
            .isInstanceOfSatisfying(SecuredAccessDeniedException.class, e -> {
              assertThat(e.action()).isEqualTo(Action.EDIT);
              assertThat(e.recordId()).contains(r.id().value());
              assertThat(e.principal()).isEqualTo(l.principal);
            });
      } else if (fieldRefused) {
        assertThatThrownBy(() -> l.secured.update(candidate))
            .isInstanceOfSatisfying(SecuredAccessDeniedException.class,
                e -> assertThat(e.rule()).isEqualTo(SecuredAccessDeniedException.FIELD_LEVEL_SECURITY));
      } else {
        KitRecord saved = l.secured.update(candidate);
        assertNoHiddenValue(saved, access.hidden());
        // hidden values the principal never saw survive the write-back of its redacted read
        assertThat(l.raw.get(r.id())).isEqualTo(change(r, change).withVersion(r.version() + 1));
        continue;
      }
      assertThat(l.raw.get(r.id())).as("%s after a refused update", r.id()).isEqualTo(r);
    }
  }

  @Property(tries = 100)
  void insertsAndDeletesNeedTheirRightAndAreAllOrNothing(@ForAll("scenarios") Scenario s, @ForAll("owners") List<String> owners) {
    Loaded l = load(s);
    List<KitRecord> fresh = new ArrayList<>();
    for (int i = 0; i < owners.size(); i++) {
      fresh.add(KitRecord.of(l.tenant, "new-" + i, owners.get(i)).withNickname(Optional.of("ñ")).withTags(i % 2 == 0 ? List.of("vip") : List.of()));
    }
    boolean creatable = fresh.stream().allMatch(r -> s.grant().writeOwners().contains(r.name())
        && l.access.hidden().stream().allMatch(f -> SecuredStoreFixture.KIT_REDACTOR.redact(r, Set.of(f)).equals(r)));
    long before = l.raw.count(Criteria.all());
    if (creatable) {
      assertThat(l.secured.insertAll(fresh)).hasSize(fresh.size());
      assertThat(l.raw.count(Criteria.all())).isEqualTo(before + fresh.size());
    } else {
      assertThatThrownBy(() -> l.secured.insertAll(fresh)).isInstanceOf(SecuredAccessDeniedException.class);
      assertThat(l.raw.count(Criteria.all())).as("nothing of a refused batch is stored").isEqualTo(before);
    }
    for (KitRecord r : l.stored) {
      if (!l.allowed.test(r)) {
        assertThatThrownBy(() -> l.secured.delete(r.id(), r.version())).isInstanceOf(ConcurrencyConflictException.class);
      } else if (!s.grant().writeOwners().contains(r.name())) {
        assertThatThrownBy(() -> l.secured.delete(r.id(), r.version()))
            .isInstanceOfSatisfying(SecuredAccessDeniedException.class, e -> assertThat(e.action()).isEqualTo(Action.DELETE));
      } else {
        l.secured.delete(r.id(), r.version());
        assertThat(l.raw.find(r.id())).isEmpty();
        continue;
      }
      assertThat(l.raw.find(r.id())).contains(r);
    }
  }

  @Property(tries = 100)
  void aPrincipalOfOneTenantReachesNothingOfAnother(@ForAll("scenarios") Scenario s) {
    Loaded a = load(s);
    TenantId b = freshTenant();
    CrmStore st = requireStore();
    st.forTenant(b).repository(KitRecord.TYPE).insertAll(s.data().stream().map(r -> r.withTenantId(b)).toList());
    Set<String> everyone = new java.util.HashSet<>(s.data().stream().map(KitRecord::name).toList());
    SecuredStore open = SecuredStoreFixture.secure(st, new SecuredStorePolicy(Map.of(USER, Grant.owners(everyone))));
    Repository<KitRecord, KitRecordId> mine = open.tenantStore(a.principal).repository(KitRecord.TYPE);
    assertThat(mine.query(Criteria.all())).allSatisfy(r -> assertThat(r.tenantId()).isEqualTo(a.tenant)).hasSize(s.data().size());
    assertThat(mine.count(Criteria.all())).isEqualTo(s.data().size());
    assertThatThrownBy(() -> open.as(a.principal).forTenant(b)).isInstanceOf(SecuredAccessDeniedException.class);
    assertThatThrownBy(() -> open.as(Principal.user(b, USER)).forTenant(a.tenant)).isInstanceOf(SecuredAccessDeniedException.class);
  }

  @Property(tries = 100)
  void theCustomerViewHoldsOnlyWhatThePrincipalMaySee(
      @ForAll("contactOwners") List<String> owners, @ForAll("contactOwnerSets") Set<String> readable, @ForAll boolean hideEmail) {
    CrmStore st = requireStore();
    TenantId tenant = freshTenant();
    Instant now = SecuredStoreFixture.NOW;
    st.forTenant(tenant).repository(Account.TYPE).insert(
        Account.builder(new AccountId("a-1"), tenant).name("Ünited").owner(Owner.user("Ann")).createdAt(now).updatedAt(now).build());
    List<Contact> contacts = new ArrayList<>();
    for (int i = 0; i < owners.size(); i++) {
      contacts.add(Contact.builder(new ContactId("c-" + i), tenant).name(PersonName.of("Zoë", "Nº" + i)).owner(Owner.user(owners.get(i)))
          .account(new AccountId("a-1")).contactPoint(ContactPoint.email("p" + i + "@example.com", ContactPoint.Purpose.WORK))
          .createdAt(now).updatedAt(now).build());
    }
    st.forTenant(tenant).repository(Contact.TYPE).insertAll(contacts);
    Set<String> readOwners = readable.stream().map(o -> "user:" + o).collect(java.util.stream.Collectors.toSet());
    Grant grant = new Grant(readOwners, Set.of(), Set.of(), Map.of());
    if (hideEmail) {
      grant = grant.withFields(Contact.TYPE.name(), new FieldAccess(Set.of("email"), Set.of()));
    }
    SecuredStore secured = SecuredStoreFixture.secure(st, new SecuredStorePolicy(Map.of(USER, grant)));
    CustomerViews views = CustomerViews.builder(secured.as(Principal.user(tenant, USER))).clock(SecuredStoreFixture.clock()).build();
    RecordRef account = new RecordRef(Account.TYPE_NAME, "a-1");
    if (!readable.contains("Ann")) {
      assertThatThrownBy(() -> views.view(tenant, account)).isInstanceOf(NotFoundException.class);
      return;
    }
    CustomerView view = views.view(tenant, account);
    List<String> expected = contacts.stream().filter(c -> readOwners.contains(c.owner().toString())).map(c -> c.id().value()).sorted().toList();
    assertThat(view.people()).extracting(c -> c.id().value()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(view.partyNames().keySet()).allSatisfy(ref ->
        assertThat(ref.type().equals(Contact.TYPE_NAME) && !expected.contains(ref.id())).as("name of %s", ref).isFalse());
    if (hideEmail) {
      assertThat(view.people()).allSatisfy(c -> assertThat(c.emails()).isEmpty());
    }
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    return KitArbitraries.recordLists(TEMPLATE, 20).flatMap(data -> {
      List<String> names = data.stream().map(KitRecord::name).distinct().toList();
      List<String> ids = data.stream().map(r -> r.id().value()).toList();
      // at most two hidden fields, so that most random criteria and sorts avoid them and reach the read paths
      Arbitrary<Set<String>> hidden = Arbitraries.subsetOf(SecuredStoreFixture.KIT_REDACTABLE).ofMaxSize(2);
      return Combinators.combine(subsets(names), subsets(ids), subsets(names), hidden, Arbitraries.subsetOf(EDITABLE))
          .as((readOwners, readIds, writeOwners, h, readOnly) -> new Scenario(data,
              new Grant(readOwners, readIds, writeOwners, Map.of(KitRecord.TYPE.name(), new FieldAccess(h, readOnly)))));
    });
  }

  @Provide
  Arbitrary<Criteria> criteria() {
    return KitArbitraries.criteria(2);
  }

  @Provide
  Arbitrary<Sort> sorts() {
    return KitArbitraries.sorts();
  }

  @Provide
  Arbitrary<String> changes() {
    return Arbitraries.of("none", "nickname", "counter", "tags", "active");
  }

  @Provide
  Arbitrary<List<String>> owners() {
    return Arbitraries.of("Ann", "Bob", "Zoë", "𝄞").list().ofMaxSize(4);
  }

  @Provide
  Arbitrary<List<String>> contactOwners() {
    return Arbitraries.of("Ann", "Bob", "Cy").list().ofMaxSize(8);
  }

  @Provide
  Arbitrary<Set<String>> contactOwnerSets() {
    return Arbitraries.subsetOf("Ann", "Bob", "Cy");
  }

  private static Arbitrary<Set<String>> subsets(List<String> values) {
    return values.isEmpty() ? Arbitraries.just(Set.of()) : Arbitraries.subsetOf(values);
  }

  /** {@code r} with one field changed ({@code none}: unchanged, a plain write-back). */
  private static KitRecord change(KitRecord r, String field) {
    return switch (field) {
      case "nickname" -> r.withNickname(Optional.of("√ changed"));
      case "counter" -> r.withCounter(r.counter() == 0 ? 1 : 0);
      case "tags" -> r.withTags(List.of("changed"));
      case "active" -> r.withActive(!r.active());
      default -> r;
    };
  }

  /** Checks, independently of the redactor, that no field in {@code hidden} has a value in {@code r}. */
  private static void assertNoHiddenValue(KitRecord r, Set<String> hidden) {
    for (String f : hidden) {
      if (f.startsWith(EntityType.CUSTOM_PREFIX)) {
        assertThat(r.customFields()).as("hidden %s of %s", f, r.id()).doesNotContainKey(f.substring(EntityType.CUSTOM_PREFIX.length()));
      } else {
        assertThat(KitRecord.TYPE.binding(KitRecord.TYPE.fields().get(f).ref()).values(r)).as("hidden %s of %s", f, r.id()).isEmpty();
      }
    }
  }

  private static List<String> ids(List<KitRecord> rs) {
    return rs.stream().map(r -> r.id().value()).toList();
  }

  private CrmStore requireStore() {
    CrmStore s = store;
    if (s == null) {
      throw new IllegalStateException("the store is made before each property");
    }
    return s;
  }

  private static TenantId freshTenant() {
    return TenantId.of("sec-p-" + RUN + "-" + SEQUENCE.incrementAndGet());
  }

  /** One try's data: stored in a fresh tenant, the plain and the secured repository, and the reference decision. */
  private final class Loaded {
    final TenantId tenant = freshTenant();
    final Principal principal = Principal.user(tenant, USER);
    final Repository<KitRecord, KitRecordId> raw;
    final Repository<KitRecord, KitRecordId> secured;
    final List<KitRecord> stored;
    final Predicate<KitRecord> allowed;
    final FieldAccess access;

    Loaded(Scenario s) {
      CrmStore st = requireStore();
      raw = st.forTenant(tenant).repository(KitRecord.TYPE);
      stored = raw.insertAll(s.data().stream().map(r -> r.withTenantId(tenant)).toList());
      SecuredStorePolicy policy = new SecuredStorePolicy(Map.of(USER, s.grant()));
      secured = SecuredStoreFixture.secure(st, policy).tenantStore(principal).repository(KitRecord.TYPE);
      allowed = r -> policy.decide(principal, Action.READ, KitRecord.TYPE, r, SecuredStoreFixture.NOW).allowed();
      access = s.access();
    }

    KitRecord redact(KitRecord r) {
      return SecuredStoreFixture.KIT_REDACTOR.redact(r, access.hidden());
    }
  }

  private Loaded load(Scenario s) {
    return new Loaded(s);
  }
}
