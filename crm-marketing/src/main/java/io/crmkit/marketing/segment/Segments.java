package io.crmkit.marketing.segment;

import io.crmkit.core.Aggregate;
import io.crmkit.core.EntityId;
import io.crmkit.core.IdGenerator;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.consent.ConsentLedger;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.query.Values;
import io.crmkit.core.score.Scores;
import io.crmkit.core.store.EntityType;
import io.crmkit.core.store.FieldBinding;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * One tenant's segments and lists: stores definitions (optimistic versions), compiles them to core criteria,
 * evaluates them in the store, applies suppression lists, adds seeds, counts, and takes membership
 * snapshots. Consent, activity, score and campaign-response conditions are read at the evaluation instant, so
 * an evaluation at a past instant sees the consent, activities, latest scores and responses of then (contact
 * fields and campaign membership are always the current ones; snapshots are the record of past membership).
 *
 * <pre>{@code
 * Segments segments = Segments.of(tenantStore, clock);
 * Segment gold = segments.create("Gold", SegmentTarget.CONTACTS,
 *     SegmentCondition.matches(Criteria.eq(FieldRef.text("custom.tier"), "gold")));
 * Audience audience = segments.audience(gold.id());
 * }</pre>
 */
public final class Segments {
  private final TenantStore store;
  private final Clock clock;
  private final IdGenerator ids;
  private final Repository<Segment, SegmentId> definitions;
  private final Repository<StaticList, ListId> lists;
  private final Repository<SuppressionList, ListId> suppressions;
  private final Repository<MembershipSnapshot, SnapshotId> snapshots;
  private final SegmentCompiler compiler;

  /** Segments of {@code store}'s tenant, reading consent through {@code ledger} and scores from the store. */
  public Segments(TenantStore store, ConsentLedger ledger, Clock clock, IdGenerator ids) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.definitions = store.repository(Segment.TYPE);
    this.lists = store.repository(StaticList.TYPE);
    this.suppressions = store.repository(SuppressionList.TYPE);
    this.snapshots = store.repository(MembershipSnapshot.TYPE);
    this.compiler = new SegmentCompiler(store, Objects.requireNonNull(ledger, "ledger"), new Scores(store, clock, ids));
  }

  /** Segments of {@code store}'s tenant with its consent ledger and UUIDv7 ids. */
  public static Segments of(TenantStore store, Clock clock) {
    return new Segments(store, ConsentLedger.of(store, clock), clock, IdGenerator.uuidV7(clock));
  }

  public TenantId tenantId() {
    return store.tenantId();
  }

  // ---- definitions -------------------------------------------------------------------------------------

  /**
   * Stores a new segment after compiling it once.
   *
   * @throws ValidationException if the condition cannot compile (unknown field, wrong kind, a negated radius...)
   */
  public Segment create(String name, SegmentTarget target, SegmentCondition condition) {
    Segment s = Segment.of(ids.next(SegmentId::new), tenantId(), name, target, condition, clock.instant());
    compile(s, clock.instant());
    return definitions.insert(s);
  }

  /**
   * Stores a changed segment (its version must be the stored one) after compiling it once.
   *
   * @throws io.crmkit.core.ConcurrencyConflictException if it changed meanwhile
   */
  public Segment update(Segment changed) {
    Objects.requireNonNull(changed, "changed");
    checkTenant(changed);
    compile(changed, clock.instant());
    changed.suppressionLists().forEach(suppressions::get);
    changed.seedLists().forEach(lists::get);
    return definitions.update(changed.withUpdatedAt(clock.instant()));
  }

  public Optional<Segment> find(SegmentId id) {
    return definitions.find(id);
  }

  /** The segment, or {@link io.crmkit.core.NotFoundException}. */
  public Segment get(SegmentId id) {
    return definitions.get(id);
  }

  // ---- evaluation --------------------------------------------------------------------------------------

  /** The segment's condition compiled at {@code at}: what the store runs. */
  public CompiledSegment compile(Segment segment, Instant at) {
    checkTenant(segment);
    return compiler.compile(segment.target(), segment.condition(), at);
  }

  /** The ids matching the segment now, before suppression, sorted. */
  public List<String> members(SegmentId id) {
    return members(get(id), clock.instant());
  }

  /** The ids matching {@code segment} at {@code at}, before suppression, sorted. */
  public List<String> members(Segment segment, Instant at) {
    CompiledSegment compiled = compile(segment, at);
    List<String> out = new ArrayList<>();
    try (Stream<?> s = stream(segment.target(), compiled.criteria())) {
      s.filter(compiled::admits).forEach(r -> out.add(idOf(r)));
    }
    out.sort(Values.CODE_POINT_ORDER);
    return List.copyOf(out);
  }

  /** The number of records the store selects for the segment now: exact, or an upper bound with a radius. */
  public SizeEstimate estimate(SegmentId id) {
    Segment segment = get(id);
    CompiledSegment compiled = compile(segment, clock.instant());
    return new SizeEstimate(count(segment.target(), compiled.criteria()), compiled.exact());
  }

  /** The exact number of members now, before suppression (a second pass over the candidates when needed). */
  public long count(SegmentId id) {
    Segment segment = get(id);
    CompiledSegment compiled = compile(segment, clock.instant());
    if (compiled.exact()) {
      return count(segment.target(), compiled.criteria());
    }
    return members(segment, compiled.at()).size();
  }

  /** Who the segment targets now: members after suppression, the suppressed with reasons, and seeds. */
  public Audience audience(SegmentId id) {
    return audience(get(id), clock.instant());
  }

  /** Who {@code segment} targets at {@code at}. */
  public Audience audience(Segment segment, Instant at) {
    CompiledSegment compiled = compile(segment, at);
    Suppressor suppressor = new Suppressor(segment.suppressionLists().stream().map(suppressions::get).toList());
    FieldBinding<Object> emails = emailBinding(segment.target());
    List<String> members = new ArrayList<>();
    List<Audience.Suppressed> suppressed = new ArrayList<>();
    try (Stream<?> s = stream(segment.target(), compiled.criteria())) {
      s.filter(compiled::admits).forEach(r -> {
        String id = idOf(r);
        Optional<Audience.Suppressed> hit = suppressor.check(id, emails.values(r));
        if (hit.isPresent()) {
          suppressed.add(hit.get());
        } else {
          members.add(id);
        }
      });
    }
    members.sort(Values.CODE_POINT_ORDER);
    suppressed.sort(Comparator.comparing(Audience.Suppressed::id, Values.CODE_POINT_ORDER));
    TreeSet<String> seeds = new TreeSet<>(Values.CODE_POINT_ORDER);
    for (ListId seedList : segment.seedLists()) {
      StaticList l = lists.get(seedList);
      ValidationException.check(l.kind() == StaticList.Kind.SEED, "seedLists", "list " + l.id() + " is an " + l.kind() + " list, not a SEED list");
      seeds.addAll(l.members());
    }
    return new Audience(segment.target(), at, members, suppressed, List.copyOf(seeds));
  }

  // ---- snapshots ---------------------------------------------------------------------------------------

  /** Evaluates the segment now (after suppression) and stores who was in it. */
  public MembershipSnapshot snapshot(SegmentId id) {
    Segment segment = get(id);
    Instant now = clock.instant();
    Audience a = audience(segment, now);
    return snapshots.insert(new MembershipSnapshot(
        ids.next(SnapshotId::new), tenantId(), 0, segment.id(), segment.version(), now, a.members()));
  }

  /** The latest snapshot of the segment taken at or before {@code at}: who was in it then. */
  public Optional<MembershipSnapshot> snapshotAt(SegmentId id, Instant at) {
    Objects.requireNonNull(at, "at");
    try (Stream<MembershipSnapshot> s = snapshots.stream(Criteria.and(
        Criteria.eq(MembershipSnapshot.SEGMENT, id.value()), Criteria.atMost(MembershipSnapshot.TAKEN_AT, at)))) {
      return s.max(Comparator.comparing(MembershipSnapshot::takenAt).thenComparing(x -> x.id().value(), Values.CODE_POINT_ORDER));
    }
  }

  /** Every snapshot of the segment, oldest first. */
  public List<MembershipSnapshot> snapshots(SegmentId id) {
    try (Stream<MembershipSnapshot> s = snapshots.stream(Criteria.eq(MembershipSnapshot.SEGMENT, id.value()))) {
      return s.sorted(Comparator.comparing(MembershipSnapshot::takenAt)).toList();
    }
  }

  /** Who joined, left and stayed from {@code earlier} to {@code later} (snapshots of the same segment). */
  public static SnapshotDiff diff(MembershipSnapshot earlier, MembershipSnapshot later) {
    Objects.requireNonNull(earlier, "earlier");
    Objects.requireNonNull(later, "later");
    ValidationException.check(
        earlier.segment().equals(later.segment()), "later", "is a snapshot of segment " + later.segment() + ", not " + earlier.segment());
    List<String> joined = later.members().stream().filter(m -> !earlier.contains(m)).toList();
    List<String> left = earlier.members().stream().filter(m -> !later.contains(m)).toList();
    List<String> stayed = later.members().stream().filter(earlier::contains).toList();
    return new SnapshotDiff(earlier.takenAt(), later.takenAt(), joined, left, stayed);
  }

  // ---- lists -------------------------------------------------------------------------------------------

  /** Stores a new static (audience or seed) list. */
  public StaticList createList(String name, StaticList.Kind kind, SegmentTarget target, Collection<String> members) {
    return lists.insert(StaticList.of(ids.next(ListId::new), tenantId(), name, kind, target, members, clock.instant()));
  }

  public StaticList list(ListId id) {
    return lists.get(id);
  }

  /** Adds members to a static list (a stale version throws {@link io.crmkit.core.ConcurrencyConflictException}). */
  public StaticList addToList(StaticList list, Collection<String> members) {
    checkTenant(list);
    return lists.update(list.withMembers(members, clock.instant()));
  }

  /** Removes members from a static list. */
  public StaticList removeFromList(StaticList list, Collection<String> members) {
    checkTenant(list);
    return lists.update(list.withoutMembers(members, clock.instant()));
  }

  /** Stores a new suppression list. */
  public SuppressionList createSuppressionList(String name, Collection<SuppressionEntry> entries) {
    return suppressions.insert(SuppressionList.of(ids.next(ListId::new), tenantId(), name, entries, clock.instant()));
  }

  public SuppressionList suppressionList(ListId id) {
    return suppressions.get(id);
  }

  /** Adds entries to a suppression list. */
  public SuppressionList suppress(SuppressionList list, Collection<SuppressionEntry> entries) {
    checkTenant(list);
    return suppressions.update(list.withEntries(entries, clock.instant()));
  }

  // ---- helpers -----------------------------------------------------------------------------------------

  private void checkTenant(Aggregate<?> a) {
    ValidationException.check(
        a.tenantId().equals(tenantId()), "tenantId", "the record belongs to tenant " + a.tenantId() + ", these segments to " + tenantId());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Stream<?> stream(SegmentTarget target, Criteria criteria) {
    Repository repo = store.repository((EntityType) target.entityType());
    return repo.stream(criteria);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private long count(SegmentTarget target, Criteria criteria) {
    Repository repo = store.repository((EntityType) target.entityType());
    return repo.count(criteria);
  }

  @SuppressWarnings("unchecked")
  private static FieldBinding<Object> emailBinding(SegmentTarget target) {
    return (FieldBinding<Object>) target.entityType().binding(FieldRef.text("email"));
  }

  private static String idOf(Object record) {
    return ((Aggregate<? extends EntityId>) record).id().value();
  }

  /** The suppression lists of a segment, indexed by id, address and domain. */
  private static final class Suppressor {
    private final Map<String, Audience.Suppressed> byId = new HashMap<>();
    private final Map<String, SuppressionEntry> byEmail = new HashMap<>();
    private final Map<String, SuppressionEntry> byDomain = new HashMap<>();
    private final Map<SuppressionEntry, ListId> listOf = new HashMap<>();

    Suppressor(List<SuppressionList> lists) {
      for (SuppressionList l : lists) {
        for (SuppressionEntry e : l.entries()) {
          listOf.putIfAbsent(e, l.id());
          switch (e.kind()) {
            case ID:
              byId.putIfAbsent(e.value(), new Audience.Suppressed(e.value(), l.id(), e));
              break;
            case EMAIL:
              byEmail.putIfAbsent(e.value(), e);
              break;
            default:
              byDomain.putIfAbsent(e.value(), e);
              break;
          }
        }
      }
    }

    Optional<Audience.Suppressed> check(String id, List<Object> emails) {
      Audience.Suppressed hit = byId.get(id);
      if (hit != null) {
        return Optional.of(hit);
      }
      for (Object o : emails) {
        String email = ((String) o).toLowerCase(Locale.ROOT);
        SuppressionEntry e = byEmail.get(email);
        if (e != null) {
          return Optional.of(new Audience.Suppressed(id, listOf.get(e), e));
        }
        String domain = email.substring(email.lastIndexOf('@') + 1);
        while (!byDomain.isEmpty()) {
          SuppressionEntry d = byDomain.get(domain);
          if (d != null) {
            return Optional.of(new Audience.Suppressed(id, listOf.get(d), d));
          }
          int dot = domain.indexOf('.');
          if (dot < 0) {
            break;
          }
          domain = domain.substring(dot + 1);
        }
      }
      return Optional.empty();
    }
  }
}
