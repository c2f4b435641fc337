package io.crmkit.core.access;

import io.crmkit.core.Owner;
import io.crmkit.core.TenantId;
import io.crmkit.core.query.Criteria;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random sharing worlds for the properties: a directory (a random role forest, teams, internal and partner
 * users, some inactive, Unicode ids), per-type settings, owner- and criteria-based rules, permissions, field
 * security, manual shares with and without expiry, deals and one principal asking at one instant.
 */
final class SharingWorlds {
  private SharingWorlds() {}

  static final TenantId TENANT = TenantId.of("acme");
  static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
  static final List<String> REGIONS = List.of("emea", "us", "apac");
  static final List<String> ACCOUNTS = List.of("acc-1", "acc-2", "acc-3");

  record World(SharingModelSpec spec, List<RecordShare> shares, List<Deal> deals, Principal principal, Instant at,
      SharingRule extraRule, RecordShare extraShare) {
    SharingModel model() {
      return SharingModel.of(spec).withShares(shares);
    }
  }

  static Arbitrary<Directory> directories() {
    return Arbitraries.integers().between(1, 7).flatMap(roles -> Arbitraries.integers().between(0, 3).flatMap(teams ->
        Combinators.combine(
                Arbitraries.integers().between(-1, roles - 1).list().ofSize(roles),
                userTemplate(roles, teams).list().ofMinSize(1).ofMaxSize(12))
            .as((parents, templates) -> {
              Directory.Builder b = Directory.builder();
              for (int i = 0; i < roles; i++) {
                int p = parents.get(i) < i ? parents.get(i) : -1;   // parents before children: a forest, never a cycle
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

  static String roleId(int i) {
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
            Arbitraries.frequency(net.jqwik.api.Tuple.of(85, true), net.jqwik.api.Tuple.of(15, false)),
            Arbitraries.of(ACCOUNTS.subList(0, 2)),
            Arbitraries.of(PartnerRole.class))
        .as((kind, role, ts, active, account, partnerRole) -> id -> kind == 0
            ? new DirectoryUser(id, Optional.empty(), Set.of(), active, Optional.of(new PartnerSeat(account, partnerRole)))
            : kind == 1
                ? new DirectoryUser(id, Optional.empty(), ts, active, Optional.empty())
                : new DirectoryUser(id, Optional.of(roleId(role)), ts, active, Optional.empty()));
  }

  static List<SharingGroup> groups(Directory d) {
    List<SharingGroup> out = new ArrayList<>();
    d.users().forEach(u -> out.add(SharingGroup.user(u.id())));
    d.roles().forEach(r -> {
      out.add(SharingGroup.role(r.id()));
      out.add(SharingGroup.roleAndSubordinates(r.id()));
    });
    d.teams().forEach(t -> out.add(SharingGroup.team(t.id())));
    return out;
  }

  static List<String> owners(Directory d) {
    List<String> out = new ArrayList<>();
    d.users().forEach(u -> out.add("user:" + u.id()));
    d.teams().forEach(t -> out.add("team:" + t.id()));
    out.add("user:ghost");
    return out;
  }

  static Arbitrary<Criteria> criteria(Directory d) {
    Arbitrary<Criteria> leaf = Arbitraries.oneOf(
        Arbitraries.of(REGIONS).map(r -> Criteria.eq(Deal.REGION, r)),
        Arbitraries.longs().between(0, 300_000).map(a -> Criteria.atLeast(Deal.AMOUNT, a)),
        Arbitraries.of(owners(d)).set().ofMinSize(1).ofMaxSize(3).map(o -> Criteria.in(SharingModel.OWNER, o)),
        Arbitraries.just(Criteria.isNull(Deal.PARTNER)),
        Arbitraries.of(ACCOUNTS).map(a -> Criteria.eq(Deal.PARTNER, a)));
    return Arbitraries.oneOf(
        leaf,
        leaf.map(c -> Criteria.not(c)),
        Combinators.combine(leaf, leaf).as((x, y) -> Criteria.and(x, y)),
        Combinators.combine(leaf, leaf).as((x, y) -> Criteria.or(x, y)));
  }

  static Arbitrary<SharingRule> rules(Directory d, String name) {
    Arbitrary<SharingGroup> group = Arbitraries.of(groups(d));
    Arbitrary<AccessLevel> level = Arbitraries.of(AccessLevel.READ, AccessLevel.READ_WRITE);
    return Arbitraries.oneOf(
        Combinators.combine(group, group, level).as((from, to, l) -> SharingRule.ownedBy(name, "deal", from, to, l)),
        Combinators.combine(criteria(d), group, level).as((c, to, l) -> SharingRule.matching(name, "deal", c, to, l)));
  }

  static Arbitrary<List<SharingRule>> ruleLists(Directory d) {
    return Arbitraries.integers().between(0, 5).flatMap(n -> {
      List<Arbitrary<SharingRule>> each = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        each.add(rules(d, "rule-" + i));
      }
      return Combinators.combine(each).as(List::copyOf);
    });
  }

  static Arbitrary<ObjectSharing> objects() {
    return Combinators.combine(
            Arbitraries.of(OrgWideDefault.class), Arbitraries.of(OrgWideDefault.class), Arbitraries.of(true, false),
            Arbitraries.of(Optional.of("partner"), Optional.<String>empty(), Optional.of("region")))
        .as((internal, external, hierarchies, partner) -> new ObjectSharing("deal", internal,
            external.compareTo(internal) <= 0 ? external : internal, hierarchies, partner));
  }

  static Arbitrary<List<ObjectPermission>> permissions(Directory d) {
    return Combinators.combine(Arbitraries.of(d.roles()), Arbitraries.of(ObjectPermission.Scope.class))
        .as((r, s) -> new ObjectPermission(r.id(), "deal", s))
        .list().ofMaxSize(2);
  }

  static Arbitrary<List<FieldSecurity>> fieldSecurity(Directory d) {
    Arbitrary<Set<String>> fields = Arbitraries.of("region", "amount", "partner", "custom.salary", "custom.tier_2").set().ofMaxSize(3);
    Arbitrary<Optional<String>> role = Arbitraries.of(d.roles()).map(r -> Optional.of(r.id()))
        .injectNull(0.3).map(o -> o == null ? Optional.<String>empty() : o);
    return Combinators.combine(role, fields, fields).as((r, h, ro) -> new FieldSecurity("deal", r, h, ro)).list().ofMaxSize(3);
  }

  static Arbitrary<RecordShare> share(Directory d, String id) {
    return Combinators.combine(
            Arbitraries.integers().between(0, 7),
            Arbitraries.of(groups(d)),
            Arbitraries.of(AccessLevel.READ, AccessLevel.READ_WRITE),
            Arbitraries.longs().between(-48, 48).map(h -> NOW.plus(Duration.ofHours(h))).optional(0.7))
        .as((record, grantee, level, expiry) ->
            RecordShare.of(new RecordShareId(id), TENANT, "deal", "d-" + record, grantee, level, "granter", expiry));
  }

  static Arbitrary<List<RecordShare>> shares(Directory d) {
    return Arbitraries.integers().between(0, 6).flatMap(n -> {
      List<Arbitrary<RecordShare>> each = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        each.add(share(d, "sh-" + i));
      }
      return Combinators.combine(each).as(List::copyOf);
    });
  }

  static Arbitrary<Deal> deals(Directory d) {
    return Combinators.combine(
            Arbitraries.integers().between(0, 7),
            Arbitraries.of(owners(d)),
            Arbitraries.of(ACCOUNTS).optional(0.5),
            Arbitraries.of(REGIONS),
            Arbitraries.longs().between(0, 300_000))
        .as((id, owner, partner, region, amount) -> new Deal(new Deal.Id("d-" + id), TENANT, 1,
            owner.startsWith("team:") ? Owner.team(owner.substring(5)) : Owner.user(owner.substring(5)),
            partner, region, amount));
  }

  static Arbitrary<Principal> principals(Directory d) {
    Arbitrary<Principal> known = Arbitraries.of(d.users()).map(u -> Principal.user(TENANT, u.id()));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(75, known),
        net.jqwik.api.Tuple.of(5, Arbitraries.just(Principal.user(TENANT, "ghost"))),
        net.jqwik.api.Tuple.of(10, Arbitraries.just(Principal.system(TENANT))),
        net.jqwik.api.Tuple.of(10, Arbitraries.of(d.users()).map(u -> Principal.user(TenantId.of("globex"), u.id()))));
  }

  static Arbitrary<World> worlds() {
    return directories().flatMap(d -> Combinators.combine(objects(), ruleLists(d), permissions(d), fieldSecurity(d))
        .as((o, rules, perms, fls) -> new SharingModelSpec(TENANT, d, List.of(o), rules, perms, fls))
        .flatMap(spec -> Combinators.combine(
                shares(d), deals(d).list().ofMaxSize(12), principals(d),
                Arbitraries.longs().between(-72, 72).map(h -> NOW.plus(Duration.ofHours(h))),
                rules(d, "extra"), share(d, "sh-extra"))
            .as((shares, deals, p, at, extra, extraShare) -> new World(spec, shares, deals, p, at, extra, extraShare))));
  }

  static Set<String> ids(List<Deal> deals) {
    Set<String> out = new HashSet<>();
    deals.forEach(x -> out.add(x.id().value()));
    return out;
  }
}
