package io.crmkit.core.access;

import io.crmkit.core.Aggregate;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.EntityType;
import java.time.Instant;

/**
 * Decides who may do what with which record. A policy is a pure function of its own configuration and its
 * arguments: the same question at the same instant gets the same answer, with the rule that gave it.
 *
 * <p>The contract every implementation keeps, and the secured store relies on: for every record {@code r} of
 * {@code type}, {@code type.matcher(visibility(p, a, type, at)).test(r) == decide(p, a, type, r, at).allowed()}
 * — the criteria are the decision, pushed into the store.
 */
public interface AccessPolicy {
  /** Whether {@code principal} may perform {@code action} on {@code record} at {@code at}, and why. */
  <T extends Aggregate<?>> AccessDecision decide(
      Principal principal, Action action, EntityType<T, ?> type, T record, Instant at);

  /**
   * The records of {@code type} on which {@code principal} may perform {@code action} at {@code at}, as
   * criteria over the type's fields ({@code Criteria.all()} when every record is allowed).
   */
  Criteria visibility(Principal principal, Action action, EntityType<?, ?> type, Instant at);

  /** The field-level security of {@code principal} on {@code type}. */
  FieldAccess fieldAccess(Principal principal, EntityType<?, ?> type);
}
