package io.crmkit.core.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.crmkit.core.Aggregate;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.query.ValueKind;
import io.crmkit.core.store.EntityType;
import io.crmkit.core.store.FieldBinding;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Salesforce's sharing model as an {@link AccessPolicy}: organisation-wide defaults (internal and external),
 * ownership by users and teams, the role hierarchy, owner- and criteria-based sharing rules, manual shares with
 * an expiry, partner access by partner account and partner-role hierarchy, view all / modify all, and
 * field-level security — all decided as a pure function of a {@link SharingModelSpec}, a snapshot of
 * {@link RecordShare}s and the question.
 *
 * <pre>{@code
 * SharingModel model = SharingModel.of(spec).withShares(sharesLoadedFromTheStore);
 * AccessDecision d = model.decide(Principal.user(tenant, "u-1"), Action.EDIT, Contact.TYPE, contact, now);
 * Criteria visible = model.visibility(Principal.user(tenant, "u-1"), Action.READ, Contact.TYPE, now);
 * }</pre>
 *
 * <p>How a question is answered. The principal of another tenant, and any record of another tenant, is denied
 * ({@code other-tenant}); the system principal of the tenant is allowed ({@code system}); a user the directory
 * does not know ({@code unknown-user}) or that is inactive ({@code inactive-user}) is denied. Otherwise the
 * user's grants on the type are tried in this precedence order, and the first that covers the record at the
 * level the action needs (READ: READ; CREATE and EDIT: READ_WRITE; DELETE: FULL) names the decision:
 *
 * <ol>
 *   <li>{@code modify-all:<type>} (FULL) / {@code view-all:<type>} (READ) of the user's role;
 *   <li>{@code owner} (FULL): the record's {@code owner} is {@code user:<id>};
 *   <li>{@code team} (FULL): the record is owned by a team the user belongs to;
 *   <li>{@code role-hierarchy} (FULL, where the type grants access using hierarchies): the owner's role is below
 *       the user's;
 *   <li>{@code partner-hierarchy} (FULL, same condition, types with a partner field): the owner is a partner
 *       user of the same partner account with a lower partner role;
 *   <li>{@code owd:<type>=<default>} for internal users, {@code external-owd:<type>=<default>} for partner
 *       users — partner users never get the internal default;
 *   <li>{@code partner-account} (READ): for a partner user, records whose partner field holds its account;
 *   <li>{@code sharing-rule:<name>}, in the spec's order, where the user is in the rule's group;
 *   <li>{@code manual-share:<id>}, by share id, where the share is active at the instant and the user is in
 *       its grantee.
 * </ol>
 *
 * <p>None covering the record gives {@code default-deny}, with a reason naming the strongest level the user has
 * when it is too weak (DELETE needs the owner, the hierarchy above the owner or modify all). {@link #visibility}
 * states the same grants as one criteria: an {@code in} over {@code owner}, an {@code in} over the partner
 * field, the criteria of the applicable criteria-based rules and an {@code in} over {@code id} for manual
 * shares, so {@code type.matcher(visibility(...))} equals {@code decide(...)} on every record of the tenant
 * (records of other tenants are never in a tenant store). Fields the type does not declare (a type without
 * {@code owner}, a partner field the type lacks) grant nothing.
 */
public final class SharingModel implements AccessPolicy {
  /** The record field ownership is read from: {@code user:<id>} or {@code team:<id>}. */
  public static final FieldRef<String> OWNER = FieldRef.text("owner");

  private final SharingModelSpec spec;
  private final List<RecordShare> shares;
  private final Map<String, DirectoryUser> users = new HashMap<>();
  private final Map<String, Optional<String>> parents = new HashMap<>();
  private final Map<String, List<String>> children = new HashMap<>();
  private final Map<String, List<DirectoryUser>> usersByRole = new HashMap<>();
  private final Map<String, List<DirectoryUser>> membersByTeam = new HashMap<>();
  private final Map<String, ObjectSharing> objects = new HashMap<>();
  private final Map<String, List<SharingRule>> rulesByType = new HashMap<>();
  private final Map<String, List<RecordShare>> sharesByType = new HashMap<>();
  private final Map<String, Map<String, List<RecordShare>>> sharesByRecord = new HashMap<>();
  private final Cache<ReachKey, Reach> reaches = Caffeine.newBuilder().maximumSize(50_000).build();

  private record ReachKey(String userId, EntityType<?, ?> type) {}

  /**
   * The grants of one user on one type, the rules considered that do not apply to the user at all, and per
   * level (by ordinal) the visibility terms of the grants at or above it (empty list and {@code everything}
   * when one grant covers every record).
   */
  private record Reach(List<SharingGrant> grants, List<RuleCheck> notForUser, List<List<Criteria>> terms, boolean[] everything) {
    static Reach of(List<SharingGrant> grants, List<RuleCheck> notForUser) {
      List<List<Criteria>> terms = new ArrayList<>();
      boolean[] everything = new boolean[AccessLevel.values().length];
      for (AccessLevel need : AccessLevel.values()) {
        Map<FieldRef<String>, Set<String>> in = new LinkedHashMap<>();
        List<Criteria> matching = new ArrayList<>();
        for (SharingGrant g : grants) {
          if (g.level().compareTo(need) < 0) {
            continue;
          }
          if (g.target() instanceof SharingGrant.Everything) {
            everything[need.ordinal()] = true;
          } else if (g.target() instanceof SharingGrant.FieldIn f) {
            in.computeIfAbsent(f.field(), k -> new LinkedHashSet<>()).addAll(f.values());
          } else if (g.target() instanceof SharingGrant.Matching m) {
            matching.add(m.criteria());
          }
        }
        List<Criteria> t = new ArrayList<>();
        in.forEach((field, values) -> t.add(Criteria.in(field, values)));
        t.addAll(matching);
        terms.add(everything[need.ordinal()] ? List.of() : List.copyOf(t));
      }
      return new Reach(List.copyOf(grants), List.copyOf(notForUser), List.copyOf(terms), everything);
    }
  }

  private SharingModel(SharingModelSpec spec, Collection<RecordShare> shares) {
    this.spec = spec;
    List<RecordShare> sorted = new ArrayList<>(shares);
    sorted.sort(Comparator.comparing(s -> s.id().value()));
    this.shares = List.copyOf(sorted);
    Directory d = spec.directory();
    for (Role r : d.roles()) {
      parents.put(r.id(), r.parent());
      r.parent().ifPresent(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(r.id()));
    }
    for (DirectoryUser u : d.users()) {
      users.put(u.id(), u);
      u.role().ifPresent(r -> usersByRole.computeIfAbsent(r, k -> new ArrayList<>()).add(u));
      u.teams().forEach(t -> membersByTeam.computeIfAbsent(t, k -> new ArrayList<>()).add(u));
    }
    spec.objects().forEach(o -> objects.put(o.entityType(), o));
    spec.rules().forEach(r -> rulesByType.computeIfAbsent(r.entityType(), k -> new ArrayList<>()).add(r));
    Set<String> ids = new HashSet<>();
    for (RecordShare s : this.shares) {
      ValidationException.check(ids.add(s.id().value()), "shares", "share " + s.id().value() + " is given twice");
      ValidationException.check(s.tenantId().equals(spec.tenant()), "shares." + s.id().value() + ".tenantId",
          "belongs to tenant " + s.tenantId().value() + ", not to the model's tenant " + spec.tenant().value());
      sharesByType.computeIfAbsent(s.entityType(), k -> new ArrayList<>()).add(s);
      sharesByRecord.computeIfAbsent(s.entityType(), k -> new HashMap<>())
          .computeIfAbsent(s.recordId(), k -> new ArrayList<>()).add(s);
    }
  }

  /** The policy of {@code spec}, without manual shares. */
  public static SharingModel of(SharingModelSpec spec) {
    return new SharingModel(Objects.requireNonNull(spec, "spec"), List.of());
  }

  /**
   * This model with {@code snapshot} as its manual shares (replacing any it had), e.g. the shares the caller
   * loaded from the store; shares must be of the model's tenant and unique by id.
   */
  public SharingModel withShares(Collection<RecordShare> snapshot) {
    return new SharingModel(spec, Objects.requireNonNull(snapshot, "snapshot"));
  }

  public SharingModelSpec spec() {
    return spec;
  }

  public TenantId tenant() {
    return spec.tenant();
  }

  /** The manual shares the model decides with, by id. */
  public List<RecordShare> shares() {
    return shares;
  }

  @Override
  public <T extends Aggregate<?>> AccessDecision decide(
      Principal principal, Action action, EntityType<T, ?> type, T record, Instant at) {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(at, "at");
    Optional<AccessDecision> gate = gate(principal, type);
    if (!record.tenantId().equals(spec.tenant()) && (gate.isEmpty() || gate.get().allowed())) {
      gate = Optional.of(AccessDecision.deny("other-tenant",
          "the record belongs to tenant " + record.tenantId().value() + ", not to " + spec.tenant().value()));
    }
    if (gate.isPresent()) {
      return gate.get();
    }
    DirectoryUser user = users.get(principal.userId());
    AccessLevel need = AccessLevel.required(action);
    Optional<AccessLevel> best = Optional.empty();
    String bestRule = "";
    SharingGrant.Values values = new SharingGrant.Values();
    for (SharingGrant g : reach(user, type).grants()) {
      if (g.covers(type, record, values)) {
        if (g.level().compareTo(need) >= 0) {
          return AccessDecision.allow(g.rule(), g.reason());
        }
        if (best.isEmpty() || best.get().compareTo(g.level()) < 0) {
          best = Optional.of(g.level());
          bestRule = g.rule();
        }
      }
    }
    for (RecordShare s : sharesOf(type.name(), type.idOf(record))) {
      if (s.activeAt(at) && includes(user, s.grantee())) {
        if (s.level().compareTo(need) >= 0) {
          return AccessDecision.allow(s.ruleName(), shareReason(s));
        }
        if (best.isEmpty() || best.get().compareTo(s.level()) < 0) {
          best = Optional.of(s.level());
          bestRule = s.ruleName();
        }
      }
    }
    String needs = action == Action.DELETE
        ? "DELETE needs the owner, the hierarchy above the owner or modify all"
        : action + " needs " + need;
    return AccessDecision.deny("default-deny", best.isPresent()
        ? user.id() + " has only " + best.get() + " on this " + type.name() + " (by " + bestRule + "); " + needs
        : "no rule opens this " + type.name() + " to " + user.id());
  }

  @Override
  public Criteria visibility(Principal principal, Action action, EntityType<?, ?> type, Instant at) {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(at, "at");
    Optional<AccessDecision> gate = gate(principal, type);
    if (gate.isPresent()) {
      return gate.get().allowed() ? Criteria.all() : Criteria.none();
    }
    DirectoryUser user = users.get(principal.userId());
    AccessLevel need = AccessLevel.required(action);
    Reach reach = reach(user, type);
    if (reach.everything()[need.ordinal()]) {
      return Criteria.all();
    }
    Set<String> shared = new LinkedHashSet<>();
    for (RecordShare s : sharesByType.getOrDefault(type.name(), List.of())) {
      if (s.level().compareTo(need) >= 0 && s.activeAt(at) && includes(user, s.grantee())) {
        shared.add(s.recordId());
      }
    }
    List<Criteria> terms = reach.terms().get(need.ordinal());
    if (!shared.isEmpty()) {
      terms = new ArrayList<>(terms);
      terms.add(Criteria.in(EntityType.ID, shared));
    }
    if (terms.isEmpty()) {
      return Criteria.none();
    }
    return terms.size() == 1 ? terms.get(0) : Criteria.or(terms);
  }

  @Override
  public FieldAccess fieldAccess(Principal principal, EntityType<?, ?> type) {
    Optional<AccessDecision> gate = gate(principal, type);
    if (gate.isPresent()) {
      if (gate.get().allowed()) {
        return FieldAccess.all();
      }
      Set<String> every = new LinkedHashSet<>(type.fields().keySet());
      every.remove(EntityType.ID.name());
      return new FieldAccess(every, every);
    }
    DirectoryUser user = users.get(principal.userId());
    Set<String> hidden = new LinkedHashSet<>();
    Set<String> readOnly = new LinkedHashSet<>();
    for (FieldSecurity f : spec.fieldSecurity()) {
      if (f.entityType().equals(type.name()) && (f.role().isEmpty() || f.role().equals(user.role()))) {
        hidden.addAll(f.hidden());
        readOnly.addAll(f.readOnly());
      }
    }
    readOnly.removeAll(hidden);
    return new FieldAccess(hidden, readOnly);
  }

  /**
   * Every rule the model considers for {@code principal} and {@code record} at {@code at}, in precedence
   * order, which applied and why, with the decision for each action.
   */
  public <T extends Aggregate<?>> AccessExplanation explain(Principal principal, EntityType<T, ?> type, T record, Instant at) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(at, "at");
    Map<Action, AccessDecision> decisions = new EnumMap<>(Action.class);
    for (Action a : Action.values()) {
      decisions.put(a, decide(principal, a, type, record, at));
    }
    List<RuleCheck> checks = new ArrayList<>();
    boolean sameTenant = principal.tenant().equals(spec.tenant()) && record.tenantId().equals(spec.tenant());
    checks.add(new RuleCheck("other-tenant", !sameTenant, Optional.empty(), sameTenant
        ? "principal, record and model are all of tenant " + spec.tenant().value()
        : "principal of " + principal.tenant().value() + ", record of " + record.tenantId().value() + ", model of " + spec.tenant().value()));
    if (sameTenant && principal.isSystem()) {
      checks.add(new RuleCheck("system", true, Optional.of(AccessLevel.FULL), "the system principal may do everything"));
    }
    DirectoryUser user = users.get(principal.userId());
    if (sameTenant && !principal.isSystem()) {
      if (user == null) {
        checks.add(new RuleCheck("unknown-user", true, Optional.empty(), principal.userId() + " is not in the directory"));
      } else if (!user.active()) {
        checks.add(new RuleCheck("inactive-user", true, Optional.empty(), user.id() + " is inactive"));
      } else {
        Reach reach = reach(user, type);
        SharingGrant.Values values = new SharingGrant.Values();
        for (SharingGrant g : reach.grants()) {
          boolean covers = g.covers(type, record, values);
          checks.add(new RuleCheck(g.rule(), covers, Optional.of(g.level()), covers ? g.reason() : "does not cover this record: " + miss(g)));
        }
        checks.addAll(reach.notForUser());
        for (RecordShare s : sharesOf(type.name(), type.idOf(record))) {
          boolean active = s.activeAt(at);
          boolean forUser = includes(user, s.grantee());
          checks.add(new RuleCheck(s.ruleName(), active && forUser, Optional.of(s.level()),
              !active ? "expired at " + s.expiresAt().orElseThrow()
                  : !forUser ? "granted to " + s.grantee() + ", which " + user.id() + " is not in"
                  : shareReason(s)));
        }
      }
    }
    return new AccessExplanation(principal.toString(), type.name(), type.idOf(record), at, checks, decisions);
  }

  /** The decision that needs no record (other tenant, system, unknown or inactive user), if any. */
  private Optional<AccessDecision> gate(Principal principal, EntityType<?, ?> type) {
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(type, "type");
    if (!principal.tenant().equals(spec.tenant())) {
      return Optional.of(AccessDecision.deny("other-tenant",
          principal + " is not of tenant " + spec.tenant().value()));
    }
    if (principal.isSystem()) {
      return Optional.of(AccessDecision.allow("system", "the system principal may do everything"));
    }
    DirectoryUser user = users.get(principal.userId());
    if (user == null) {
      return Optional.of(AccessDecision.deny("unknown-user", principal.userId() + " is not in the directory"));
    }
    if (!user.active()) {
      return Optional.of(AccessDecision.deny("inactive-user", user.id() + " is inactive"));
    }
    return Optional.empty();
  }

  private List<RecordShare> sharesOf(String type, String recordId) {
    Map<String, List<RecordShare>> byRecord = sharesByRecord.get(type);
    return byRecord == null ? List.of() : byRecord.getOrDefault(recordId, List.of());
  }

  private static String shareReason(RecordShare s) {
    return "shared with " + s.grantee() + " at " + s.level() + " by " + s.grantedBy()
        + s.expiresAt().map(e -> " until " + e).orElse("");
  }

  private static String miss(SharingGrant g) {
    if (g.target() instanceof SharingGrant.FieldIn f) {
      return "its " + f.field().name() + " is not one of " + abbreviated(f.values());
    }
    if (g.target() instanceof SharingGrant.Matching m) {
      return "it does not match " + m.criteria();
    }
    return "no record";
  }

  private static String abbreviated(Set<String> values) {
    if (values.size() <= 5) {
      return values.toString();
    }
    return values.stream().limit(5).collect(Collectors.joining(", ", "[", ", ... " + (values.size() - 5) + " more]"));
  }

  private Reach reach(DirectoryUser user, EntityType<?, ?> type) {
    return reaches.get(new ReachKey(user.id(), type), k -> computeReach(user, type));
  }

  private Reach computeReach(DirectoryUser u, EntityType<?, ?> type) {
    String name = type.name();
    ObjectSharing o = objects.getOrDefault(name, ObjectSharing.defaults(name));
    boolean owned = isTextField(type, OWNER.name());
    Optional<FieldRef<String>> partnerField = o.partnerField().filter(f -> isTextField(type, f)).map(FieldRef::text);
    List<SharingGrant> grants = new ArrayList<>();
    List<RuleCheck> skipped = new ArrayList<>();
    for (ObjectPermission p : spec.permissions()) {
      if (p.entityType().equals(name)) {
        String rule = p.scope().ruleName(name);
        if (u.role().equals(Optional.of(p.role()))) {
          grants.add(new SharingGrant(rule, p.scope().level(), new SharingGrant.Everything(), "role " + p.role() + " has " + p.scope() + " on " + name));
        } else {
          skipped.add(notApplicable(rule, "given to role " + p.role() + ", and " + u.id() + " is not in it"));
        }
      }
    }
    if (!owned) {
      skipped.add(notApplicable("owner", name + " records have no owner field"));
    } else {
      grants.add(owners("owner", AccessLevel.FULL, Set.of("user:" + u.id()), u.id() + " owns the record"));
      if (u.teams().isEmpty()) {
        skipped.add(notApplicable("team", u.id() + " belongs to no team"));
      } else {
        Set<String> teams = new LinkedHashSet<>();
        u.teams().stream().sorted().forEach(t -> teams.add("team:" + t));
        grants.add(owners("team", AccessLevel.FULL, teams, "the record is owned by a team " + u.id() + " belongs to"));
      }
      if (!o.grantAccessUsingHierarchies()) {
        skipped.add(notApplicable("role-hierarchy", name + " does not grant access using hierarchies"));
      } else if (u.role().isEmpty()) {
        skipped.add(notApplicable("role-hierarchy", u.id() + " has no role in the hierarchy"));
      } else {
        Set<String> below = new LinkedHashSet<>();
        for (String r : subordinates(u.role().get())) {
          usersByRole.getOrDefault(r, List.of()).forEach(v -> below.add("user:" + v.id()));
        }
        grants.add(owners("role-hierarchy", AccessLevel.FULL, below, "the owner's role is below " + u.role().get()));
      }
      if (u.partner().isPresent() && partnerField.isPresent() && o.grantAccessUsingHierarchies()) {
        PartnerSeat seat = u.partner().get();
        Set<String> below = new LinkedHashSet<>();
        for (DirectoryUser v : spec.directory().users()) {
          if (v.partner().isPresent() && v.partner().get().account().equals(seat.account())
              && seat.role().isAbove(v.partner().get().role())) {
            below.add("user:" + v.id());
          }
        }
        grants.add(owners("partner-hierarchy", AccessLevel.FULL, below,
            "the owner is a partner user of " + seat.account() + " below " + seat.role()));
      }
    }
    String owd = (u.hasPartnerSeat() ? "external-owd:" : "owd:") + name + "=" + (u.hasPartnerSeat() ? o.externalDefault() : o.internalDefault());
    Optional<AccessLevel> baseline = (u.hasPartnerSeat() ? o.externalDefault() : o.internalDefault()).level();
    if (baseline.isPresent()) {
      grants.add(new SharingGrant(owd, baseline.get(), new SharingGrant.Everything(),
          (u.hasPartnerSeat() ? "the external default of " : "the organisation-wide default of ") + name + " opens every record"));
    } else {
      skipped.add(notApplicable(owd, name + " is private" + (u.hasPartnerSeat() ? " to partner users" : "")));
    }
    if (u.partner().isPresent()) {
      String account = u.partner().get().account();
      if (partnerField.isPresent()) {
        grants.add(new SharingGrant("partner-account", AccessLevel.READ, new SharingGrant.FieldIn(partnerField.get(), Set.of(account)),
            "the record's " + partnerField.get().name() + " is " + u.id() + "'s partner account " + account));
      } else {
        skipped.add(notApplicable("partner-account", name + " declares no partner field"));
      }
    }
    for (SharingRule rule : rulesByType.getOrDefault(name, List.of())) {
      if (!includes(u, rule.sharedWith())) {
        skipped.add(new RuleCheck(rule.ruleName(), false, Optional.of(rule.level()),
            "shared with " + rule.sharedWith() + ", which " + u.id() + " is not in"));
      } else if (rule.source() instanceof SharingRule.OwnedBy by) {
        if (owned) {
          grants.add(owners(rule.ruleName(), rule.level(), ownersOf(by.group()),
              "shares the records owned by " + by.group() + " with " + rule.sharedWith()));
        } else {
          skipped.add(notApplicable(rule.ruleName(), name + " records have no owner field"));
        }
      } else {
        Criteria c = ((SharingRule.Matching) rule.source()).criteria();
        Predicate<Object> test;
        try {
          test = matcher(type, c);
        } catch (ValidationException e) {
          throw new ValidationException("rules." + rule.name() + ".criteria", "does not fit " + name + ": " + e.getMessage());
        }
        grants.add(new SharingGrant(rule.ruleName(), rule.level(), new SharingGrant.Matching(c, test),
            "the record matches the criteria shared with " + rule.sharedWith()));
      }
    }
    return Reach.of(grants, skipped);
  }

  @SuppressWarnings("unchecked")
  private static Predicate<Object> matcher(EntityType<?, ?> type, Criteria c) {
    return (Predicate<Object>) (Predicate<?>) type.matcher(c);
  }

  private static SharingGrant owners(String rule, AccessLevel level, Set<String> owners, String reason) {
    return new SharingGrant(rule, level, new SharingGrant.FieldIn(OWNER, java.util.Collections.unmodifiableSet(new LinkedHashSet<>(owners))), reason);
  }

  private static RuleCheck notApplicable(String rule, String why) {
    return new RuleCheck(rule, false, Optional.empty(), why);
  }

  private static boolean isTextField(EntityType<?, ?> type, String field) {
    FieldBinding<?> b = type.fields().get(field);
    return b != null && b.ref().kind() == ValueKind.TEXT;
  }

  /** The roles strictly below {@code role}. */
  private List<String> subordinates(String role) {
    List<String> out = new ArrayList<>();
    List<String> frontier = List.of(role);
    while (!frontier.isEmpty()) {
      List<String> next = new ArrayList<>();
      for (String r : frontier) {
        next.addAll(children.getOrDefault(r, List.of()));
      }
      out.addAll(next);
      frontier = next;
    }
    return out;
  }

  /** Whether {@code user} is one of the users {@code group} names. */
  boolean includes(DirectoryUser user, SharingGroup group) {
    return switch (group.kind()) {
      case USER -> user.id().equals(group.id());
      case ROLE -> user.role().equals(Optional.of(group.id()));
      case ROLE_AND_SUBORDINATES -> user.role().isPresent() && isAtOrBelow(user.role().get(), group.id());
      case TEAM -> user.teams().contains(group.id());
    };
  }

  private boolean isAtOrBelow(String role, String top) {
    Optional<String> at = Optional.of(role);
    while (at.isPresent()) {
      if (at.get().equals(top)) {
        return true;
      }
      at = parents.getOrDefault(at.get(), Optional.empty());
    }
    return false;
  }

  /** The owner values of records owned by {@code group}'s members (and by the team itself). */
  private Set<String> ownersOf(SharingGroup group) {
    Set<String> out = new LinkedHashSet<>();
    switch (group.kind()) {
      case USER -> out.add("user:" + group.id());
      case ROLE -> usersByRole.getOrDefault(group.id(), List.of()).forEach(v -> out.add("user:" + v.id()));
      case ROLE_AND_SUBORDINATES -> {
        List<String> roles = new ArrayList<>();
        roles.add(group.id());
        roles.addAll(subordinates(group.id()));
        roles.forEach(r -> usersByRole.getOrDefault(r, List.of()).forEach(v -> out.add("user:" + v.id())));
      }
      case TEAM -> {
        out.add("team:" + group.id());
        membersByTeam.getOrDefault(group.id(), List.of()).forEach(v -> out.add("user:" + v.id()));
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "SharingModel[" + spec.tenant().value() + ", " + spec.directory().users().size() + " users, "
        + spec.rules().size() + " rules, " + shares.size() + " shares]";
  }
}
