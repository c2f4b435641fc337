package io.crmkit.sales.cadence;

import io.crmkit.core.Owner;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Enrolments on a tenant's store: enrolling checks for a live enrolment of the record in the cadence and
 * inserts in one transaction; a logged activity unenrols every live enrolment of the records it shows replying
 * or booking a meeting.
 *
 * <p>{@code Enrolment e = CadenceEnrolments.enrol(tenantStore, ids.next(EnrolmentId::new), cadence, record, owner, zone, clock);}
 */
public final class CadenceEnrolments {
  private CadenceEnrolments() {}

  /**
   * Enrols {@code record} in {@code cadence} now and stores the enrolment.
   *
   * @throws io.crmkit.core.ValidationException if the record already has a live enrolment in the cadence
   */
  public static Enrolment enrol(
      TenantStore store, EnrolmentId id, Cadence cadence, EnrolledRecord record, Owner owner, ZoneId zone, Clock clock) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(clock, "clock");
    return store.transactions().inTransaction(() -> {
      Repository<Enrolment, EnrolmentId> repo = store.repository(Enrolment.TYPE);
      List<Enrolment> existing = repo.query(Criteria.and(
          Criteria.eq(Enrolment.CADENCE, cadence.id().value()), Criteria.eq(Enrolment.RECORD, record.toString())));
      return repo.insert(Enrolment.enrol(id, cadence, record, owner, zone, clock.instant(), existing));
    });
  }

  /** Unenrols, in one transaction, the live enrolments that {@code activity} ends; returns them as stored. */
  public static List<Enrolment> onActivity(TenantStore store, Activity activity) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(activity, "activity");
    List<CadenceSignal> signals = CadenceSignal.of(activity);
    if (signals.isEmpty()) {
      return List.of();
    }
    return store.transactions().inTransaction(() -> {
      Repository<Enrolment, EnrolmentId> repo = store.repository(Enrolment.TYPE);
      List<Enrolment> ended = new ArrayList<>();
      for (CadenceSignal s : signals) {
        for (Enrolment e : repo.query(Criteria.eq(Enrolment.RECORD, s.record().toString()))) {
          Enrolment after = e.on(s);
          if (after != e) {
            ended.add(repo.update(after));
          }
        }
      }
      return List.copyOf(ended);
    });
  }
}
