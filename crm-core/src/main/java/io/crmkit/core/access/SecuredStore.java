package io.crmkit.core.access;

import io.crmkit.core.TenantId;
import io.crmkit.core.store.CrmStore;
import io.crmkit.core.store.StoreCapability;
import io.crmkit.core.store.TenantStore;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Enforces an {@link AccessPolicy} on any {@link CrmStore}: {@link #as(Principal)} hands out a store through
 * which one principal reads and writes only what the policy allows, so every module working on a store works
 * securely on this one.
 *
 * <pre>{@code
 * SecuredStore secured = SecuredStore.of(store, policy, clock);
 * TenantStore rep = secured.as(Principal.user(acme, "u-42")).forTenant(acme);
 * List<Contact> mine = rep.repository(Contact.TYPE).query(Criteria.all());   // only what u-42 may read
 * }</pre>
 *
 * <p>What the principal's store does, for every entity type:
 *
 * <ul>
 *   <li>{@code forTenant} of another tenant than the principal's throws {@link SecuredAccessDeniedException}.
 *   <li>Reads ({@code find}, {@code get}, {@code findAll}) return only records the policy lets the principal
 *       READ; {@code get} of any other record throws {@link io.crmkit.core.NotFoundException}, the same as for
 *       a record that does not exist, so that existence is not revealed (as Salesforce does).
 *   <li>{@code query}, {@code count}, {@code page} and {@code stream} AND the policy's
 *       {@link AccessPolicy#visibility visibility} criteria into the caller's, so the store filters (in SQL for
 *       the JDBC store) and paging stays exact. Criteria or sort keys naming a field hidden from the
 *       principal are refused: a query on a hidden field would reveal its values.
 *   <li>Every record read has the principal's hidden fields removed by the type's {@link FieldRedactor}
 *       ({@link FieldRedactors}); a type with hidden fields and no redactor able to remove them all is
 *       refused. Audit entries lose their field changes unless the principal may read the audited record and
 *       sees every field of its type.
 *   <li>{@code insert} needs CREATE on the new record and leaves hidden fields empty; {@code update} needs EDIT on
 *       the stored record, read in the same transaction, puts hidden values back from it (a redacted read
 *       written back erases nothing) and refuses changes to read-only and hidden fields; {@code delete} needs
 *       DELETE. A write to a record the principal may not read fails like a write to a deleted record
 *       ({@link io.crmkit.core.ConcurrencyConflictException}). Every refusal is checked before anything is
 *       written.
 *   <li>{@code transactions()} is the underlying store's.
 * </ul>
 *
 * <p>Instants for the policy come from the injected clock, read once per operation.
 */
public final class SecuredStore {
  private final CrmStore store;
  private final AccessPolicy policy;
  private final Clock clock;
  private final FieldRedactors redactors;

  private SecuredStore(CrmStore store, AccessPolicy policy, Clock clock, FieldRedactors redactors) {
    this.store = Objects.requireNonNull(store, "store");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.redactors = Objects.requireNonNull(redactors, "redactors");
  }

  /** Secures {@code store} with {@code policy}, redacting crm-core's types ({@link FieldRedactors#core()}). */
  public static SecuredStore of(CrmStore store, AccessPolicy policy, Clock clock) {
    return new SecuredStore(store, policy, clock, FieldRedactors.core());
  }

  /** Secures {@code store} with {@code policy}, redacting with {@code redactors}. */
  public static SecuredStore of(CrmStore store, AccessPolicy policy, Clock clock, FieldRedactors redactors) {
    return new SecuredStore(store, policy, clock, redactors);
  }

  /** This secured store redacting with {@code value} instead. */
  public SecuredStore withRedactors(FieldRedactors value) {
    return new SecuredStore(store, policy, clock, value);
  }

  /**
   * The store as {@code principal} sees it. Closing it does nothing: the underlying store belongs to its
   * owner.
   */
  public CrmStore as(Principal principal) {
    Objects.requireNonNull(principal, "principal");
    return new CrmStore() {
      @Override
      public TenantStore forTenant(TenantId tenant) {
        Objects.requireNonNull(tenant, "tenant");
        if (!tenant.equals(principal.tenant())) {
          throw new SecuredAccessDeniedException(
              principal, Action.READ, "tenant", Optional.of(tenant.value()), SecuredAccessDeniedException.TENANT_ISOLATION,
              "a principal of tenant " + principal.tenant().value() + " reaches no other tenant");
        }
        return new SecuredTenantStore(store.forTenant(tenant), new SecuredContext(principal, policy, clock, redactors));
      }

      @Override
      public Set<StoreCapability> capabilities() {
        return store.capabilities();
      }

      @Override
      public String toString() {
        return "SecuredStore[" + principal + " on " + store + "]";
      }
    };
  }

  /** The tenant store of {@code principal}'s own tenant: {@code as(principal).forTenant(principal.tenant())}. */
  public TenantStore tenantStore(Principal principal) {
    return as(principal).forTenant(principal.tenant());
  }

  /** The redactors in use. */
  public FieldRedactors redactors() {
    return redactors;
  }
}
