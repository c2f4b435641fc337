package io.crmkit.core.view;

import io.crmkit.core.store.TenantStore;
import java.util.Optional;

/**
 * The extension point through which other modules add a section to every {@link CustomerView}: sales adds
 * leads and opportunities, service adds cases, marketing campaign memberships, analytics scores. Register
 * contributors with {@link CustomerViews.Builder#contributor}.
 *
 * <pre>{@code
 * CustomerViewContributor cases = new CustomerViewContributor() {
 *   public String section() { return "cases"; }
 *   public Optional<ViewSection> contribute(TenantStore store, CustomerView view) { ... }
 * };
 * }</pre>
 *
 * <p>A contributor reads only through the tenant store it is given, so it cannot see another tenant, and
 * names in {@link ViewSection#dependsOn()} every record it read, so that the cached view is dropped when one
 * of them changes. An exception it throws fails the whole {@link CustomerViews#view} call.
 */
public interface CustomerViewContributor {
  /** The name of the section this contributor adds (lower snake case, unique among the contributors). */
  String section();

  /**
   * The section for {@code view}, or empty when there is nothing to show (no cases, say). {@code view} is the
   * assembled core view, without sections; the returned section's name must be {@link #section()}.
   */
  Optional<ViewSection> contribute(TenantStore store, CustomerView view);
}
