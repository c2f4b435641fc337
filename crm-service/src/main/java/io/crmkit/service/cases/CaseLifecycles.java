package io.crmkit.service.cases;

import io.crmkit.core.TenantId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The case lifecycle of every tenant: a default for all, and the tenants that defined their own. Immutable;
 * {@link #with} returns a larger registry.
 *
 * <p>{@code CaseLifecycles lifecycles = CaseLifecycles.standard().with(TenantId.of("acme"), acmeLifecycle);}
 */
public final class CaseLifecycles {
  private final CaseLifecycle fallback;
  private final Map<TenantId, CaseLifecycle> byTenant;

  private CaseLifecycles(CaseLifecycle fallback, Map<TenantId, CaseLifecycle> byTenant) {
    this.fallback = fallback;
    this.byTenant = Map.copyOf(byTenant);
  }

  /** Every tenant on {@link CaseLifecycle#standard()}. */
  public static CaseLifecycles standard() {
    return of(CaseLifecycle.standard());
  }

  /** Every tenant on {@code fallback} unless given its own. */
  public static CaseLifecycles of(CaseLifecycle fallback) {
    return new CaseLifecycles(Objects.requireNonNull(fallback, "fallback"), Map.of());
  }

  /** This registry with {@code tenant} on {@code lifecycle}. */
  public CaseLifecycles with(TenantId tenant, CaseLifecycle lifecycle) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(lifecycle, "lifecycle");
    Map<TenantId, CaseLifecycle> copy = new HashMap<>(byTenant);
    copy.put(tenant, lifecycle);
    return new CaseLifecycles(fallback, copy);
  }

  /** The lifecycle of {@code tenant}. */
  public CaseLifecycle forTenant(TenantId tenant) {
    return byTenant.getOrDefault(Objects.requireNonNull(tenant, "tenant"), fallback);
  }
}
