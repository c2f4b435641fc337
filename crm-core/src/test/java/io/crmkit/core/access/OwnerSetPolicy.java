package io.crmkit.core.access;

import io.crmkit.core.Aggregate;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.store.EntityType;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * The secured-store tests' policy: a user reads the records whose {@code owner} is one of its readable owners,
 * creates, edits and deletes only records it owns; a type without an {@code owner} field is open to every user.
 * Field access per type name, the same for every user; the system principal may do everything.
 */
final class OwnerSetPolicy implements AccessPolicy {
  static final FieldRef<String> OWNER = FieldRef.text("owner");

  private final Map<String, Set<String>> readableOwners;
  private final Map<String, FieldAccess> fieldAccess;

  OwnerSetPolicy(Map<String, Set<String>> readableOwners, Map<String, FieldAccess> fieldAccess) {
    this.readableOwners = Map.copyOf(readableOwners);
    this.fieldAccess = Map.copyOf(fieldAccess);
  }

  @Override
  public <T extends Aggregate<?>> AccessDecision decide(Principal principal, Action action, EntityType<T, ?> type, T record, Instant at) {
    if (principal.isSystem()) {
      return AccessDecision.allow("system", "the system may do everything");
    }
    if (!type.fields().containsKey(OWNER.name())) {
      return AccessDecision.allow("ownerless", type.name() + " has no owner and is open to every user");
    }
    String owner = (String) type.fields().get(OWNER.name()).valueOrNull(record);
    if (action == Action.READ) {
      return readable(principal).contains(owner)
          ? AccessDecision.allow("owner-set", "the user reads records of " + owner)
          : AccessDecision.deny("owner-set", "the user does not read records of " + owner);
    }
    return self(principal).equals(owner)
        ? AccessDecision.allow("record-owner", "the user owns the record")
        : AccessDecision.deny("record-owner", "only the owner may " + action + " it, and that is " + owner);
  }

  @Override
  public Criteria visibility(Principal principal, Action action, EntityType<?, ?> type, Instant at) {
    if (principal.isSystem() || !type.fields().containsKey(OWNER.name())) {
      return Criteria.all();
    }
    return action == Action.READ ? Criteria.in(OWNER, readable(principal)) : Criteria.eq(OWNER, self(principal));
  }

  @Override
  public FieldAccess fieldAccess(Principal principal, EntityType<?, ?> type) {
    return principal.isSystem() ? FieldAccess.all() : fieldAccess.getOrDefault(type.name(), FieldAccess.all());
  }

  private Set<String> readable(Principal principal) {
    return readableOwners.getOrDefault(principal.userId(), Set.of());
  }

  private static String self(Principal principal) {
    return "user:" + principal.userId();
  }
}
