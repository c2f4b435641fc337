package io.crmkit.sales.lead;

import io.crmkit.core.TenantId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The lead lifecycle of every tenant: a default for all, and the tenants that defined their own. Immutable;
 * {@link #with} returns a larger registry.
 *
 * <p>{@code LeadLifecycles lifecycles = LeadLifecycles.standard().with(TenantId.of("acme"), acmeLifecycle);}
 */
public final class LeadLifecycles {
  private final LeadLifecycle fallback;
  private final Map<TenantId, LeadLifecycle> byTenant;

  private LeadLifecycles(LeadLifecycle fallback, Map<TenantId, LeadLifecycle> byTenant) {
    this.fallback = fallback;
    this.byTenant = Map.copyOf(byTenant);
  }

  /** Every tenant on {@link LeadLifecycle#standard()}. */
  public static LeadLifecycles standard() {
    return of(LeadLifecycle.standard());
  }

  /** Every tenant on {@code fallback} unless given its own. */
  public static LeadLifecycles of(LeadLifecycle fallback) {
    return new LeadLifecycles(Objects.requireNonNull(fallback, "fallback"), Map.of());
  }

  /** This registry with {@code tenant} on {@code lifecycle}. */
  public LeadLifecycles with(TenantId tenant, LeadLifecycle lifecycle) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(lifecycle, "lifecycle");
    Map<TenantId, LeadLifecycle> copy = new HashMap<>(byTenant);
    copy.put(tenant, lifecycle);
    return new LeadLifecycles(fallback, copy);
  }

  /** The lifecycle of {@code tenant}. */
  public LeadLifecycle forTenant(TenantId tenant) {
    Objects.requireNonNull(tenant, "tenant");
    return byTenant.getOrDefault(tenant, fallback);
  }
}
