package io.crmkit.core.privacy;

import io.crmkit.core.Aggregate;
import io.crmkit.core.CrmException;
import io.crmkit.core.EntityId;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs {@link RetentionPolicy retention policies} over one tenant: each policy's expired records are deleted
 * or anonymised in one transaction of their own, so a type's batch is all-or-nothing and a failing type does
 * not hold back the others (its failure is in the report). Look first with {@link #preview}.
 *
 * <pre>{@code
 * Retention retention = Retention.of(List.of(
 *     RetentionPolicy.delete(Activity.TYPE, Activity.OCCURRED_AT, Period.ofYears(5))));
 * RetentionReport wouldDo = retention.preview(tenantStore, clock.instant());
 * RetentionReport done = retention.run(tenantStore, clock.instant());
 * }</pre>
 *
 * <p>Policies run in the order given; deleting a record does not delete the records that point at it, so
 * give the dependent types (activities of contacts, ...) their own policies.
 */
public final class Retention {
  private final List<RetentionPolicy<?, ?>> policies;

  private Retention(List<RetentionPolicy<?, ?>> policies) {
    this.policies = List.copyOf(policies);
  }

  public static Retention of(List<RetentionPolicy<?, ?>> policies) {
    return new Retention(Objects.requireNonNull(policies, "policies"));
  }

  public List<RetentionPolicy<?, ?>> policies() {
    return policies;
  }

  /** Expires what the policies say at {@code at}. */
  public RetentionReport run(TenantStore store, Instant at) {
    return execute(store, at, false);
  }

  /** What {@link #run} would expire at {@code at}; changes nothing. */
  public RetentionReport preview(TenantStore store, Instant at) {
    return execute(store, at, true);
  }

  private RetentionReport execute(TenantStore store, Instant at, boolean dryRun) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(at, "at");
    List<RetentionReport.Expiry> out = new ArrayList<>();
    for (RetentionPolicy<?, ?> p : policies) {
      out.add(apply(store, p, at, dryRun));
    }
    return new RetentionReport(at, dryRun, out);
  }

  private static <T extends Aggregate<I>, I extends EntityId> RetentionReport.Expiry apply(
      TenantStore store, RetentionPolicy<T, I> p, Instant at, boolean dryRun) {
    Instant cutoff = p.cutoff(at);
    Repository<T, I> repo = store.repository(p.type());
    try {
      List<String> ids = store.transactions().inTransaction(() -> {
        List<T> expired;
        try (Stream<T> s = repo.stream(Criteria.lessThan(p.field(), cutoff))) {
          expired = s.toList();
        }
        List<String> changed = new ArrayList<>();
        for (T r : expired) {
          if (p.treatment() == ErasurePolicy.Treatment.DELETE) {
            if (!dryRun) {
              repo.delete(r.id(), r.version());
            }
            changed.add(r.id().value());
          } else {
            T anonymised = p.anonymiser().orElseThrow().apply(r);
            if (!anonymised.equals(r)) {
              if (!dryRun) {
                repo.update(anonymised);
              }
              changed.add(r.id().value());
            }
          }
        }
        return changed;
      });
      return new RetentionReport.Expiry(p.type().name(), p.field().name(), cutoff, p.treatment(), ids, Optional.empty());
    } catch (CrmException e) {
      return new RetentionReport.Expiry(p.type().name(), p.field().name(), cutoff, p.treatment(), List.of(), Optional.of(e.getMessage()));
    }
  }
}
