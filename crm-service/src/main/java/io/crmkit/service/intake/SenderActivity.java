package io.crmkit.service.intake;

import io.crmkit.core.Aggregate;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.store.EntityType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * When one sender's recent messages arrived, persisted so that mail-loop detection ("more than N messages
 * from one sender within a window") survives restarts and works across nodes. {@link CaseIntake} keeps it;
 * hosts only need to store it. {@code store.repository(SenderActivity.TYPE)}
 *
 * @param receivedAt arrival instants within the window, oldest first
 */
public record SenderActivity(SenderActivityId id, TenantId tenantId, long version, List<Instant> receivedAt)
    implements Aggregate<SenderActivityId> {
  /** The entity type name. */
  public static final String TYPE_NAME = "sender_activity";

  /** Describes sender activity to the stores (found by id only). */
  public static final EntityType<SenderActivity, SenderActivityId> TYPE =
      EntityType.builder(TYPE_NAME, SenderActivity.class, SenderActivityId::new).build();

  public SenderActivity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    ValidationException.checkNotNegative(version, "version");
    receivedAt = List.copyOf(receivedAt);
  }

  /** No messages yet. */
  public static SenderActivity none(SenderActivityId id, TenantId tenantId) {
    return new SenderActivity(id, tenantId, 0, List.of());
  }

  /** How many messages arrived in the {@code window} before {@code now} (inclusive of {@code now}). */
  public int countWithin(Duration window, Instant now) {
    Instant from = now.minus(window);
    return (int) receivedAt.stream().filter(t -> t.isAfter(from) && !t.isAfter(now)).count();
  }

  /** This activity with a message at {@code at}, forgetting those older than {@code window}. */
  public SenderActivity received(Instant at, Duration window) {
    Instant from = at.minus(window);
    List<Instant> kept = new ArrayList<>();
    receivedAt.stream().filter(t -> t.isAfter(from)).forEach(kept::add);
    kept.add(at);
    kept.sort(null);
    return new SenderActivity(id, tenantId, version, kept);
  }

  @Override
  public SenderActivity withVersion(long version) {
    return new SenderActivity(id, tenantId, version, receivedAt);
  }
}
