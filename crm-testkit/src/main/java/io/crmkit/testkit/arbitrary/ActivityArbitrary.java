package io.crmkit.testkit.arbitrary;

import io.crmkit.core.Owner;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.ActivityStatus;
import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.activity.Direction;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * New {@link Activity}s (version 0) of every type and status, respecting the per-type rules: calls and
 * meetings may have an end after their start and a reminder not after it, tasks a due date and a reminder
 * not after it, calls and e-mails a direction, completed ones a completion instant. Each links 1 to 4
 * distinct records.
 *
 * <p>{@code CrmArbitraries.activities().inTenant(t).ofType(ActivityType.TASK).linkedTo(contact.ref())}
 */
public final class ActivityArbitrary extends ArbitraryDecorator<Activity> {
  private Optional<TenantId> tenant = Optional.empty();
  private Optional<ActivityType> type = Optional.empty();
  private Optional<ActivityStatus> status = Optional.empty();
  private List<RecordRef> links = List.of();

  ActivityArbitrary() {}

  /** Activities of {@code tenant} only. */
  public ActivityArbitrary inTenant(TenantId tenant) {
    ActivityArbitrary clone = typedClone();
    clone.tenant = Optional.of(Objects.requireNonNull(tenant, "tenant"));
    return clone;
  }

  /** Activities of {@code type} only. */
  public ActivityArbitrary ofType(ActivityType type) {
    ActivityArbitrary clone = typedClone();
    clone.type = Optional.of(Objects.requireNonNull(type, "type"));
    return clone;
  }

  /** Activities in {@code status} only. */
  public ActivityArbitrary withStatus(ActivityStatus status) {
    ActivityArbitrary clone = typedClone();
    clone.status = Optional.of(Objects.requireNonNull(status, "status"));
    return clone;
  }

  /** Activities whose links include every one of {@code records} (first, in this order). */
  public ActivityArbitrary linkedTo(RecordRef... records) {
    ActivityArbitrary clone = typedClone();
    clone.links = List.of(records);
    return clone;
  }

  @Override
  protected Arbitrary<Activity> arbitrary() {
    Arbitrary<TenantId> tenants = tenant.<Arbitrary<TenantId>>map(Arbitraries::just).orElseGet(Records::tenantIds);
    Arbitrary<ActivityType> types = type.<Arbitrary<ActivityType>>map(Arbitraries::just).orElseGet(() -> Arbitraries.of(ActivityType.class));
    Arbitrary<ActivityStatus> statuses =
        status.<Arbitrary<ActivityStatus>>map(Arbitraries::just).orElseGet(() -> Arbitraries.of(ActivityStatus.class));
    List<RecordRef> fixed = links;
    Arbitrary<List<RecordRef>> linkLists =
        Records.recordRefs()
            .list()
            .ofMinSize(fixed.isEmpty() ? 1 : 0)
            .ofMaxSize(4)
            .map(
                l -> {
                  LinkedHashSet<RecordRef> all = new LinkedHashSet<>(fixed);
                  all.addAll(l);
                  return List.copyOf(all);
                });
    Arbitrary<Head> heads =
        Combinators.combine(
                Texts.idTexts().map(ActivityId::new),
                tenants,
                types,
                Texts.phrases(5),
                Texts.phrases(12).optional(0.4),
                linkLists,
                Records.owners(),
                statuses)
            .as(Head::new);
    Arbitrary<Long> minutes = Arbitraries.longs().between(1, 60L * 24 * 30);
    return Combinators.combine(
            heads,
            Times.instants(),
            minutes.optional(0.6),
            minutes.optional(0.5),
            minutes.optional(0.4),
            Arbitraries.of(Direction.class).optional(0.8),
            minutes,
            minutes.optional(0.5))
        .as(
            (h, at, endAfter, dueAfter, remindBefore, direction, completeAfter, updateAfter) -> {
              boolean scheduled = h.type == ActivityType.CALL || h.type == ActivityType.MEETING;
              Optional<Instant> endsAt = scheduled ? endAfter.map(m -> at.plus(Duration.ofMinutes(m))) : Optional.empty();
              Optional<Instant> dueAt = h.type == ActivityType.TASK ? dueAfter.map(m -> at.plus(Duration.ofMinutes(m))) : Optional.empty();
              Optional<Instant> remindAt = Optional.empty();
              if (scheduled) {
                remindAt = remindBefore.map(m -> at.minus(Duration.ofMinutes(m)));
              } else if (h.type == ActivityType.TASK) {
                remindAt = remindBefore.map(m -> dueAt.orElse(at.plus(Duration.ofDays(60))).minus(Duration.ofMinutes(m)));
              }
              Optional<Direction> dir =
                  h.type == ActivityType.CALL || h.type == ActivityType.EMAIL ? direction : Optional.empty();
              Optional<Instant> completedAt =
                  h.status == ActivityStatus.COMPLETED ? Optional.of(at.plus(Duration.ofMinutes(completeAfter))) : Optional.empty();
              Instant createdAt = at.minus(Duration.ofMinutes(completeAfter % 120));
              Instant updatedAt = updateAfter.map(m -> completedAt.orElse(at).plus(Duration.ofMinutes(m))).orElse(createdAt);
              return new Activity(
                  h.id, h.tenant, 0, h.type, h.subject, h.body, h.links, h.owner, at, endsAt, dueAt, remindAt, h.status, dir,
                  completedAt, createdAt, updatedAt);
            });
  }

  private record Head(
      ActivityId id,
      TenantId tenant,
      ActivityType type,
      String subject,
      Optional<String> body,
      List<RecordRef> links,
      Owner owner,
      ActivityStatus status) {}
}
