package io.crmkit.sales.cadence;

import io.crmkit.core.Aggregate;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.store.EntityType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A sales cadence (sequence): ordered steps, each due a delay after the previous one is done, that the owner
 * works through for each enrolled lead or contact ({@link Enrolment}). It has at least one e-mail, call or task
 * step and does not end with a wait.
 *
 * <pre>{@code
 * Cadence outbound = Cadence.of(ids.next(CadenceId::new), tenant, "Outbound", List.of(
 *     CadenceStep.of(StepKind.EMAIL, "Intro e-mail", StepDelay.none()),
 *     CadenceStep.waitFor(StepDelay.businessDays(2)),
 *     CadenceStep.of(StepKind.CALL, "Follow-up call", StepDelay.none())), clock.instant());
 * }</pre>
 */
public record Cadence(CadenceId id, TenantId tenantId, long version, String name, List<CadenceStep> steps, Instant createdAt, Instant updatedAt)
    implements Aggregate<CadenceId> {

  /** The entity type name, used in {@link io.crmkit.core.RecordRef}s. */
  public static final String TYPE_NAME = "cadence";
  /** The most steps a cadence may have. */
  public static final int MAX_STEPS = 100;

  /** The entity type {@code cadence}. */
  public static final EntityType<Cadence, CadenceId> TYPE = EntityType.builder(TYPE_NAME, Cadence.class, CadenceId::new).build();

  public Cadence {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    steps = List.copyOf(steps);
    ValidationException.checkNotNegative(version, "version");
    ValidationException.check(!name.isBlank() && name.length() <= 200, "name", "must have 1 to 200 characters and not be blank");
    ValidationException.check(steps.size() <= MAX_STEPS, "steps", "must have at most " + MAX_STEPS + " entries");
    ValidationException.check(
        steps.stream().anyMatch(s -> s.kind().isActionable()), "steps", "must include at least one e-mail, call or task step");
    ValidationException.check(
        steps.get(steps.size() - 1).kind().isActionable(), "steps", "must not end with a wait step (it would never lead anywhere)");
    ValidationException.check(!updatedAt.isBefore(createdAt), "updatedAt", "must not be before createdAt " + createdAt);
  }

  /** A new cadence (version 0). */
  public static Cadence of(CadenceId id, TenantId tenantId, String name, List<CadenceStep> steps, Instant createdAt) {
    return new Cadence(id, tenantId, 0, name, steps, createdAt, createdAt);
  }

  @Override
  public Cadence withVersion(long version) {
    return new Cadence(id, tenantId, version, name, steps, createdAt, updatedAt);
  }
}
