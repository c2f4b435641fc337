package io.crmkit.marketing.segment;

import io.crmkit.core.Aggregate;
import io.crmkit.core.EntityId;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.query.Values;
import io.crmkit.core.store.EntityType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A list of explicit members (contact or account ids): an audience list built by hand, by an import or by a
 * capture form ({@link Kind#AUDIENCE}), or a seed/test list whose members receive every send for checking
 * and are never counted in the segment ({@link Kind#SEED}). Members are kept sorted and without repeats.
 *
 * <pre>{@code
 * StaticList vip = StaticList.of(ids.next(ListId::new), tenant, "VIP", StaticList.Kind.AUDIENCE,
 *     SegmentTarget.CONTACTS, List.of(ada.id().value()), clock.instant());
 * StaticList more = vip.withMembers(List.of(bob.id().value()), clock.instant());
 * }</pre>
 */
public record StaticList(
    ListId id, TenantId tenantId, long version, String name, Kind kind, SegmentTarget target, List<String> members,
    Instant createdAt, Instant updatedAt)
    implements Aggregate<ListId> {

  /** What a static list is for. */
  public enum Kind {
    /** Members are an audience (a segment can select them with {@link SegmentCondition#inList}). */
    AUDIENCE,
    /** Seed/test recipients added to sends, not counted as segment members. */
    SEED
  }

  /** The most members a static list holds. */
  public static final int MAX_MEMBERS = 5_000_000;
  /** The list's name; for lookups. */
  public static final FieldRef<String> NAME = FieldRef.text("name");
  /** The kind, by name. */
  public static final FieldRef<String> KIND = FieldRef.text("kind");

  /** The entity type {@code static_list}. */
  public static final EntityType<StaticList, ListId> TYPE =
      EntityType.builder("static_list", StaticList.class, ListId::new)
          .field(NAME, StaticList::name)
          .field(KIND, l -> l.kind().name())
          .build();

  public StaticList {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(members, "members");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    ValidationException.checkNotNegative(version, "version");
    ValidationException.check(!name.isBlank() && name.length() <= 200, "name", "must have 1 to 200 characters and not be blank");
    TreeSet<String> sorted = new TreeSet<>(Values.CODE_POINT_ORDER);
    for (String m : members) {
      sorted.add(EntityId.checked(Objects.requireNonNull(m, "members[]"), "members[]"));
    }
    ValidationException.check(sorted.size() <= MAX_MEMBERS, "members", "must have at most " + MAX_MEMBERS + " entries");
    members = List.copyOf(sorted);
    ValidationException.check(!updatedAt.isBefore(createdAt), "updatedAt", "must not be before createdAt " + createdAt);
  }

  /** A new list (version 0). */
  public static StaticList of(
      ListId id, TenantId tenantId, String name, Kind kind, SegmentTarget target, Collection<String> members, Instant at) {
    return new StaticList(id, tenantId, 0, name, kind, target, List.copyOf(members), at, at);
  }

  /** Whether {@code memberId} is on the list. */
  public boolean contains(String memberId) {
    return java.util.Collections.binarySearch(members, memberId, Values.CODE_POINT_ORDER) >= 0;
  }

  /** This list with {@code added} members too, changed at {@code at}. */
  public StaticList withMembers(Collection<String> added, Instant at) {
    List<String> all = new java.util.ArrayList<>(members);
    all.addAll(added);
    return new StaticList(id, tenantId, version, name, kind, target, all, createdAt, at);
  }

  /** This list without {@code removed}, changed at {@code at}. */
  public StaticList withoutMembers(Collection<String> removed, Instant at) {
    java.util.Set<String> gone = java.util.Set.copyOf(removed);
    return new StaticList(
        id, tenantId, version, name, kind, target, members.stream().filter(m -> !gone.contains(m)).toList(), createdAt, at);
  }

  @Override
  public StaticList withVersion(long version) {
    return new StaticList(id, tenantId, version, name, kind, target, members, createdAt, updatedAt);
  }
}
