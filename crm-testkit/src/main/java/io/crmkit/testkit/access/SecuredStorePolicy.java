package io.crmkit.testkit.access;

import io.crmkit.core.Aggregate;
import io.crmkit.core.access.AccessDecision;
import io.crmkit.core.access.AccessPolicy;
import io.crmkit.core.access.Action;
import io.crmkit.core.access.FieldAccess;
import io.crmkit.core.access.Principal;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.store.EntityType;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The kit's {@link AccessPolicy}: each user has a {@link Grant} — the owners and ids whose records it reads,
 * the owners whose records it creates, edits and deletes, and its field access per type. The owner of a record
 * is the value of the type's owner field ({@link SecuredStoreFixture#OWNER_FIELDS}); a type without one is
 * open to every user. Users without a grant get nothing; the system principal gets everything.
 *
 * <p>{@code new SecuredStorePolicy(Map.of("u-1", new Grant(Set.of("Ann"), Set.of(), Set.of("Ann"), Map.of())))}
 */
public final class SecuredStorePolicy implements AccessPolicy {
  /**
   * What one user may do.
   *
   * @param readOwners owners whose records the user reads
   * @param readIds ids of records the user reads whoever owns them (a manual share)
   * @param writeOwners owners whose records the user creates, edits and deletes
   * @param fields field access by type name; {@link FieldAccess#all()} for types not named
   */
  public record Grant(Set<String> readOwners, Set<String> readIds, Set<String> writeOwners, Map<String, FieldAccess> fields) {
    public Grant {
      readOwners = Set.copyOf(readOwners);
      readIds = Set.copyOf(readIds);
      writeOwners = Set.copyOf(writeOwners);
      fields = Map.copyOf(fields);
    }

    /** Reads and writes the records of {@code owners}, sees every field. */
    public static Grant owners(Set<String> owners) {
      return new Grant(owners, Set.of(), owners, Map.of());
    }

    /** This grant with {@code access} on the type named {@code type}. */
    public Grant withFields(String type, FieldAccess access) {
      Map<String, FieldAccess> copy = new java.util.HashMap<>(fields);
      copy.put(type, access);
      return new Grant(readOwners, readIds, writeOwners, copy);
    }
  }

  private final Map<String, Grant> grants;

  public SecuredStorePolicy(Map<String, Grant> grants) {
    this.grants = Map.copyOf(Objects.requireNonNull(grants, "grants"));
  }

  @Override
  public <T extends Aggregate<?>> AccessDecision decide(Principal principal, Action action, EntityType<T, ?> type, T record, Instant at) {
    if (principal.isSystem()) {
      return AccessDecision.allow("system", "the system may do everything");
    }
    Optional<FieldRef<String>> ownerField = ownerField(type);
    if (ownerField.isEmpty()) {
      return AccessDecision.allow("ownerless", type.name() + " has no owner field and is open to every user");
    }
    Optional<Grant> grant = Optional.ofNullable(grants.get(principal.userId()));
    if (grant.isEmpty()) {
      return AccessDecision.deny("default-deny", "the user has no grant");
    }
    String owner = (String) type.binding(ownerField.get()).valueOrNull(record);
    Grant g = grant.get();
    if (action == Action.READ) {
      if (g.readOwners().contains(owner)) {
        return AccessDecision.allow("kit-owner-read", "the user reads records of '" + owner + "'");
      }
      return g.readIds().contains(type.idOf(record))
          ? AccessDecision.allow("kit-id-read", "the record is shared with the user")
          : AccessDecision.deny("default-deny", "neither the owner '" + owner + "' nor the record is shared with the user");
    }
    return g.writeOwners().contains(owner)
        ? AccessDecision.allow("kit-owner-write", "the user writes records of '" + owner + "'")
        : AccessDecision.deny("default-deny", "the user may not " + action + " records of '" + owner + "'");
  }

  @Override
  public Criteria visibility(Principal principal, Action action, EntityType<?, ?> type, Instant at) {
    Optional<FieldRef<String>> ownerField = ownerField(type);
    if (principal.isSystem() || ownerField.isEmpty()) {
      return Criteria.all();
    }
    Grant g = grants.get(principal.userId());
    if (g == null) {
      return Criteria.none();
    }
    if (action == Action.READ) {
      return Criteria.or(Criteria.in(ownerField.get(), g.readOwners()), Criteria.in(EntityType.ID, g.readIds()));
    }
    return Criteria.in(ownerField.get(), g.writeOwners());
  }

  @Override
  public FieldAccess fieldAccess(Principal principal, EntityType<?, ?> type) {
    Grant g = grants.get(principal.userId());
    return principal.isSystem() || g == null ? FieldAccess.all() : g.fields().getOrDefault(type.name(), FieldAccess.all());
  }

  private static Optional<FieldRef<String>> ownerField(EntityType<?, ?> type) {
    return Optional.ofNullable(SecuredStoreFixture.OWNER_FIELDS.get(type.name()));
  }
}
