package io.crmkit.testkit.access;

import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.access.AccessLevel;
import io.crmkit.core.access.Directory;
import io.crmkit.core.access.DirectoryUser;
import io.crmkit.core.access.FieldSecurity;
import io.crmkit.core.access.ObjectPermission;
import io.crmkit.core.access.ObjectSharing;
import io.crmkit.core.access.OrgWideDefault;
import io.crmkit.core.access.PartnerRole;
import io.crmkit.core.access.PartnerSeat;
import io.crmkit.core.access.Principal;
import io.crmkit.core.access.RecordShare;
import io.crmkit.core.access.RecordShareId;
import io.crmkit.core.access.Role;
import io.crmkit.core.access.SharingGroup;
import io.crmkit.core.access.SharingModelSpec;
import io.crmkit.core.access.SharingRule;
import io.crmkit.core.access.Team;
import io.crmkit.core.query.Criteria;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators for the sharing model: directories with a random role forest (up to 7 roles, never a
 * cycle), up to 3 teams and 1–12 users — internal with or without a role, partner users of {@link #ACCOUNTS},
 * some inactive, ids with accents — and, for one entity type, specs (internal/external defaults, hierarchies,
 * a partner field), owner- and criteria-based rules, view/modify-all permissions, field security, manual
 * shares with and without expiry around {@link #NOW}, and principals (known, unknown, system, another tenant).
 *
 * <pre>{@code
 * Arbitrary<SharingModelSpec> specs = SharingArbitraries.directories().flatMap(d ->
 *     SharingArbitraries.specs(tenant, d, "contact", Optional.of("accountId"), criteriaOverContacts(d)));
 * }</pre>
 */
public final class SharingArbitraries {
  private SharingArbitraries() {}

  /** The instant shares expire around and questions are asked around. */
  public static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

  /** The partner accounts partner users belong to (the first two) or records name (all three). */
  public static final List<String> ACCOUNTS = List.of("acc-1", "acc-2", "acc-3");

  /** The owner value of a record that no directory user owns. */
  public static final String GHOST = "user:ghost";

  /** Random directories: a role forest, teams and users, validated as {@link Directory} requires. */
  public static Arbitrary<Directory> directories() {
    return Arbitraries.integers().between(1, 7).flatMap(roles -> Arbitraries.integers().between(0, 3).flatMap(teams ->
        Combinators.combine(
                Arbitraries.integers().between(-1, roles - 1).list().ofSize(roles),
                userTemplate(roles, teams).list().ofMinSize(1).ofMaxSize(12))
            .as((parents, templates) -> {
              Directory.Builder b = Directory.builder();
              for (int i = 0; i < roles; i++) {
                int p = parents.get(i) < i ? parents.get(i) : -1;   // a parent before its child: never a cycle
                b.role(p < 0 ? Role.top(roleId(i), "Rôle " + i) : Role.under(roleId(i), "Rôle " + i, roleId(p)));
              }
              for (int t = 0; t < teams; t++) {
                b.team(new Team("t-" + t, "Équipe " + t));
              }
              for (int u = 0; u < templates.size(); u++) {
                b.user(templates.get(u).apply(u % 3 == 0 ? "zoë-" + u : "u-" + u));
              }
              return b.build();
            })));
  }

  private static String roleId(int i) {
    return i % 2 == 0 ? "r-" + i : "rôle-" + i;
  }

  private static Arbitrary<Function<String, DirectoryUser>> userTemplate(int roles, int teams) {
    Arbitrary<Set<String>> teamSets = teams == 0
        ? Arbitraries.just(Set.of())
        : Arbitraries.integers().between(0, teams - 1).map(t -> "t-" + t).set().ofMaxSize(teams);
    return Combinators.combine(
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, roles - 1),
            teamSets,
            Arbitraries.frequency(Tuple.of(85, true), Tuple.of(15, false)),
            Arbitraries.of(ACCOUNTS.subList(0, 2)),
            Arbitraries.of(PartnerRole.class))
        .as((kind, role, ts, active, account, partnerRole) -> id -> kind == 0
            ? new DirectoryUser(id, Optional.empty(), Set.of(), active, Optional.of(new PartnerSeat(account, partnerRole)))
            : kind == 1
                ? new DirectoryUser(id, Optional.empty(), ts, active, Optional.empty())
                : new DirectoryUser(id, Optional.of(roleId(role)), ts, active, Optional.empty()));
  }

  /** Every group the directory can name: each user, each role with and without subordinates, each team. */
  public static List<SharingGroup> groupsOf(Directory d) {
    List<SharingGroup> out = new ArrayList<>();
    d.users().forEach(u -> out.add(SharingGroup.user(u.id())));
    d.roles().forEach(r -> {
      out.add(SharingGroup.role(r.id()));
      out.add(SharingGroup.roleAndSubordinates(r.id()));
    });
    d.teams().forEach(t -> out.add(SharingGroup.team(t.id())));
    return out;
  }

  /** Every owner value of the directory ({@code user:<id>}, {@code team:<id>}) and {@link #GHOST}. */
  public static List<String> ownersOf(Directory d) {
    List<String> out = new ArrayList<>();
    d.users().forEach(u -> out.add("user:" + u.id()));
    d.teams().forEach(t -> out.add("team:" + t.id()));
    out.add(GHOST);
    return out;
  }

  /** Owners for records: the directory's users and teams, and a user it does not know. */
  public static Arbitrary<Owner> owners(Directory d) {
    return Arbitraries.of(ownersOf(d)).map(o -> o.startsWith("team:") ? Owner.team(o.substring(5)) : Owner.user(o.substring(5)));
  }

  /** A rule named {@code name} on {@code type}: owner-based, or criteria-based from {@code criteria}. */
  public static Arbitrary<SharingRule> rules(Directory d, String type, Arbitrary<Criteria> criteria, String name) {
    Arbitrary<SharingGroup> group = Arbitraries.of(groupsOf(d));
    Arbitrary<AccessLevel> level = Arbitraries.of(AccessLevel.READ, AccessLevel.READ_WRITE);
    return Arbitraries.oneOf(
        Combinators.combine(group, group, level).as((from, to, l) -> SharingRule.ownedBy(name, type, from, to, l)),
        Combinators.combine(criteria, group, level).as((c, to, l) -> SharingRule.matching(name, type, c, to, l)));
  }

  /** Settings of {@code type}: any internal default, an external one no more open, hierarchies on or off. */
  public static Arbitrary<ObjectSharing> objects(String type, Optional<String> partnerField) {
    return Combinators.combine(
            Arbitraries.of(OrgWideDefault.class), Arbitraries.of(OrgWideDefault.class), Arbitraries.of(true, false),
            Arbitraries.of(partnerField, Optional.<String>empty()))
        .as((internal, external, hierarchies, partner) -> new ObjectSharing(type, internal,
            external.compareTo(internal) <= 0 ? external : internal, hierarchies, partner));
  }

  /**
   * Specs of {@code tenant} over {@code d} for one entity type: its settings (the partner field present or
   * not), up to 5 rules named {@code rule-<i>}, up to 2 permissions and up to 3 field-security entries over
   * {@code fields}.
   */
  public static Arbitrary<SharingModelSpec> specs(TenantId tenant, Directory d, String type, Optional<String> partnerField,
      Arbitrary<Criteria> criteria, List<String> fields) {
    Arbitrary<List<SharingRule>> rules = numbered(5, i -> rules(d, type, criteria, "rule-" + i));
    Arbitrary<List<ObjectPermission>> permissions =
        Combinators.combine(Arbitraries.of(d.roles()), Arbitraries.of(ObjectPermission.Scope.class))
            .as((r, s) -> new ObjectPermission(r.id(), type, s)).list().ofMaxSize(2);
    Arbitrary<Set<String>> fieldSets = Arbitraries.of(fields).set().ofMaxSize(3);
    Arbitrary<Optional<String>> role = Arbitraries.of(d.roles()).map(r -> r.id()).optional(0.7);
    Arbitrary<List<FieldSecurity>> security = Combinators.combine(role, fieldSets, fieldSets)
        .as((r, h, ro) -> new FieldSecurity(type, r, h, ro)).list().ofMaxSize(3);
    return Combinators.combine(objects(type, partnerField), rules, permissions, security)
        .as((o, r, p, f) -> new SharingModelSpec(tenant, d, List.of(o), r, p, f));
  }

  /** A manual share {@code id} on one of {@code recordIds} of {@code type}, expiring within two days of {@link #NOW} or never. */
  public static Arbitrary<RecordShare> share(TenantId tenant, Directory d, String type, List<String> recordIds, String id) {
    return Combinators.combine(
            Arbitraries.of(recordIds),
            Arbitraries.of(groupsOf(d)),
            Arbitraries.of(AccessLevel.READ, AccessLevel.READ_WRITE),
            Arbitraries.longs().between(-48, 48).map(h -> NOW.plus(Duration.ofHours(h))).optional(0.7))
        .as((record, grantee, level, expiry) ->
            RecordShare.of(new RecordShareId(id), tenant, type, record, grantee, level, "granter", expiry));
  }

  /** Up to 6 shares with the ids {@code sh-<i>}. */
  public static Arbitrary<List<RecordShare>> shares(TenantId tenant, Directory d, String type, List<String> recordIds) {
    return numbered(6, i -> share(tenant, d, type, recordIds, "sh-" + i));
  }

  /** Who asks: mostly a directory user, sometimes an unknown one, the system, or a user of another tenant. */
  public static Arbitrary<Principal> principals(TenantId tenant, Directory d) {
    Arbitrary<Principal> known = Arbitraries.of(d.users()).map(u -> Principal.user(tenant, u.id()));
    return Arbitraries.frequencyOf(
        Tuple.of(75, known),
        Tuple.of(5, Arbitraries.just(Principal.user(tenant, "ghost"))),
        Tuple.of(10, Arbitraries.just(Principal.system(tenant))),
        Tuple.of(10, Arbitraries.of(d.users()).map(u -> Principal.user(TenantId.of("other-" + tenant.value()), u.id()))));
  }

  /** Instants within three days of {@link #NOW}, by the hour. */
  public static Arbitrary<Instant> instants() {
    return Arbitraries.longs().between(-72, 72).map(h -> NOW.plus(Duration.ofHours(h)));
  }

  private static <T> Arbitrary<List<T>> numbered(int max, IntFunction<Arbitrary<T>> each) {
    return Arbitraries.integers().between(0, max).flatMap(n -> {
      List<Arbitrary<T>> parts = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        parts.add(each.apply(i));
      }
      return Combinators.combine(parts).as(List::copyOf);
    });
  }
}
