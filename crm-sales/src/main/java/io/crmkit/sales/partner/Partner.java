package io.crmkit.sales.partner;

import io.crmkit.core.Aggregate;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.statemachine.Decision;
import io.crmkit.core.statemachine.StateHistory;
import io.crmkit.core.store.EntityType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * An account's membership of the partner programme: the partner {@code account} (a crm-core {@code Account}),
 * its display name, {@link PartnerType}, {@link PartnerTier}, status in {@link PartnerLifecycle#MACHINE} with its
 * history, the territories (names of the host's territory model) it covers, and its {@link PartnerUser}s. Records
 * shared with the partner carry its account id in their {@code partner} field ({@link PartnerSharing}).
 *
 * <pre>{@code
 * Partner globex = Partner.enrol(ids.next(PartnerId::new), tenant, globexAccount.id(), "Globex",
 *         PartnerType.RESELLER, PartnerTier.GOLD, clock.instant())
 *     .withUser(PartnerUser.of("p-1", PartnerRole.EXECUTIVE))
 *     .withTerritories(List.of("dach"));
 * }</pre>
 *
 * <p>Invariants: the status is the current state of {@code statusHistory}; user ids are unique; territories are
 * unique, non-blank names; {@code createdAt ≤ updatedAt}. Status changes and user changes of stored partners go
 * through {@link PartnerProgram}.
 */
public record Partner(
    PartnerId id,
    TenantId tenantId,
    long version,
    AccountId account,
    String name,
    PartnerType type,
    PartnerTier tier,
    StateHistory statusHistory,
    List<String> territories,
    List<PartnerUser> users,
    Instant createdAt,
    Instant updatedAt)
    implements Aggregate<PartnerId> {

  /** The entity type name, used in {@link RecordRef}s. */
  public static final String TYPE_NAME = "partner";
  /** The partner account's id; indexed (one partner per account). */
  public static final FieldRef<String> ACCOUNT = FieldRef.text("account");
  /** The display name. */
  public static final FieldRef<String> NAME = FieldRef.text("name");
  /** The {@link PartnerType} by name; indexed. */
  public static final FieldRef<String> TYPE_FIELD = FieldRef.text("type");
  /** The {@link PartnerTier} by name; indexed. */
  public static final FieldRef<String> TIER = FieldRef.text("tier");
  /** The status, a state of {@link PartnerLifecycle#MACHINE}; indexed. */
  public static final FieldRef<String> STATUS = FieldRef.text("status");
  /** The ids of the partner users; multi-valued, indexed (find a user's partner). */
  public static final FieldRef<String> USER_ID = FieldRef.text("userId");
  /** The territories covered; multi-valued, indexed. */
  public static final FieldRef<String> TERRITORY = FieldRef.text("territory");

  /** The entity type {@code partner}. */
  public static final EntityType<Partner, PartnerId> TYPE =
      EntityType.builder(TYPE_NAME, Partner.class, PartnerId::new)
          .field(ACCOUNT, p -> p.account().value())
          .field(NAME, Partner::name)
          .field(TYPE_FIELD, p -> p.type().name())
          .field(TIER, p -> p.tier().name())
          .field(STATUS, Partner::status)
          .multiField(USER_ID, p -> p.users().stream().map(PartnerUser::userId).toList())
          .multiField(TERRITORY, Partner::territories)
          .index(ACCOUNT, TYPE_FIELD, TIER, STATUS, USER_ID, TERRITORY)
          .build();

  public Partner {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(statusHistory, "statusHistory");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    ValidationException.checkNotNegative(version, "version");
    name = PartnerText.required(name, "name");
    ValidationException.check(PartnerLifecycle.MACHINE.hasState(statusHistory.current()), "statusHistory",
        "ends in '" + statusHistory.current() + "', not a state of " + PartnerLifecycle.MACHINE.states());
    List<String> cleaned = new ArrayList<>();
    Set<String> seenTerritories = new HashSet<>();
    for (int i = 0; i < territories.size(); i++) {
      String t = PartnerText.required(territories.get(i), "territories[" + i + "]");
      ValidationException.check(seenTerritories.add(t), "territories", "names '" + t + "' twice");
      cleaned.add(t);
    }
    territories = List.copyOf(cleaned);
    users = List.copyOf(users);
    Set<String> seenUsers = new HashSet<>();
    for (PartnerUser u : users) {
      ValidationException.check(seenUsers.add(u.userId()), "users", "user '" + u.userId() + "' is listed twice");
    }
    ValidationException.check(!updatedAt.isBefore(createdAt), "updatedAt", "must not be before createdAt " + createdAt);
  }

  /** A new partner (version 0) in status {@link PartnerLifecycle#PROSPECT}, without users or territories. */
  public static Partner enrol(
      PartnerId id, TenantId tenantId, AccountId account, String name, PartnerType type, PartnerTier tier, Instant at) {
    return new Partner(id, tenantId, 0, account, name, type, tier,
        StateHistory.start(PartnerLifecycle.MACHINE.initial(), at), List.of(), List.of(), at, at);
  }

  /** The current status, a state of {@link PartnerLifecycle#MACHINE}, e.g. {@code active}. */
  public String status() {
    return statusHistory.current();
  }

  /** Whether the partner is active: it may receive leads and register deals. */
  public boolean isActive() {
    return status().equals(PartnerLifecycle.ACTIVE);
  }

  /** This partner as a record reference, {@code partner:<id>}. */
  public RecordRef ref() {
    return RecordRef.of(TYPE_NAME, id);
  }

  /** The partner user {@code userId}, if they belong to this partner. */
  public Optional<PartnerUser> user(String userId) {
    Objects.requireNonNull(userId, "userId");
    return users.stream().filter(u -> u.userId().equals(userId)).findFirst();
  }

  @Override
  public Partner withVersion(long version) {
    return new Partner(id, tenantId, version, account, name, type, tier, statusHistory, territories, users, createdAt, updatedAt);
  }

  /** This partner with {@code user} added, or replacing the role of the user with the same id. */
  public Partner withUser(PartnerUser user) {
    Objects.requireNonNull(user, "user");
    List<PartnerUser> next = new ArrayList<>();
    for (PartnerUser u : users) {
      next.add(u.userId().equals(user.userId()) ? user : u);
    }
    if (user(user.userId()).isEmpty()) {
      next.add(user);
    }
    return withUsers(next);
  }

  /** This partner without the user {@code userId} (unchanged when they are not one of its users). */
  public Partner withoutUser(String userId) {
    Objects.requireNonNull(userId, "userId");
    return withUsers(users.stream().filter(u -> !u.userId().equals(userId)).toList());
  }

  public Partner withUsers(List<PartnerUser> value) {
    return with(f -> f.users = value);
  }

  public Partner withTier(PartnerTier value) {
    return with(f -> f.tier = value);
  }

  public Partner withType(PartnerType value) {
    return with(f -> f.type = value);
  }

  public Partner withName(String value) {
    return with(f -> f.name = value);
  }

  /** This partner covering exactly {@code value} (territory names, in order). */
  public Partner withTerritories(List<String> value) {
    return with(f -> f.territories = value);
  }

  /** This partner marked as changed at {@code value} (from the caller's clock; never before the last change). */
  public Partner withUpdatedAt(Instant value) {
    return with(f -> f.updatedAt = value.isAfter(updatedAt) ? value : updatedAt);
  }

  /** This partner after the accepted status decision made at {@code at}. */
  Partner withStatusChange(Decision.Accepted decision, Instant at) {
    return with(f -> {
      f.statusHistory = statusHistory.record(decision, at);
      f.updatedAt = at.isAfter(updatedAt) ? at : updatedAt;
    });
  }

  private Partner with(Consumer<Fields> change) {
    Fields f = new Fields(this);
    change.accept(f);
    return new Partner(id, tenantId, version, account, f.name, f.type, f.tier, f.statusHistory, f.territories, f.users, createdAt,
        f.updatedAt);
  }

  /** The changeable components of a partner, for {@link #with}; the constructor validates the result. */
  private static final class Fields {
    String name;
    PartnerType type;
    PartnerTier tier;
    StateHistory statusHistory;
    List<String> territories;
    List<PartnerUser> users;
    Instant updatedAt;

    Fields(Partner p) {
      name = p.name;
      type = p.type;
      tier = p.tier;
      statusHistory = p.statusHistory;
      territories = p.territories;
      users = p.users;
      updatedAt = p.updatedAt;
    }
  }
}
