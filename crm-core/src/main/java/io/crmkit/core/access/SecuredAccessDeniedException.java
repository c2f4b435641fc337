package io.crmkit.core.access;

import io.crmkit.core.AccessDeniedException;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link SecuredStore} refused an operation: who asked ({@link #principal()}), to do what ({@link #action()}),
 * on which type ({@link #entityType()}) and record ({@link #recordId()}, absent for queries), and the rule that
 * refused it ({@link #rule()}: the policy's rule, {@code field-level-security} or {@code tenant-isolation}).
 *
 * <p>{@code catch (SecuredAccessDeniedException e) { log(e.principal(), e.rule()); }}
 */
public final class SecuredAccessDeniedException extends AccessDeniedException {
  private static final long serialVersionUID = 1L;

  /** The rule named when a field the principal may not see or change is touched. */
  public static final String FIELD_LEVEL_SECURITY = "field-level-security";

  /** The rule named when a principal asks for another tenant. */
  public static final String TENANT_ISOLATION = "tenant-isolation";

  private final Principal principal;
  private final Action action;
  private final String entityType;
  private final Optional<String> recordId;
  private final String rule;

  public SecuredAccessDeniedException(
      Principal principal, Action action, String entityType, Optional<String> recordId, String rule, String reason) {
    super(principal + " may not " + Objects.requireNonNull(action, "action") + " " + entityType
        + recordId.map(id -> " " + id).orElse("") + ": denied by " + rule + ": " + reason);
    this.principal = principal;
    this.action = action;
    this.entityType = entityType;
    this.recordId = recordId;
    this.rule = rule;
  }

  public Principal principal() {
    return principal;
  }

  public Action action() {
    return action;
  }

  /** The name of the entity type, e.g. {@code contact}. */
  public String entityType() {
    return entityType;
  }

  /** The id of the record refused, absent for queries. */
  public Optional<String> recordId() {
    return recordId;
  }

  public String rule() {
    return rule;
  }
}
