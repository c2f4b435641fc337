package io.crmkit.marketing.schedule;

import io.crmkit.core.TenantId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A job to enqueue: its idempotency key, when it is due, and the payload the worker needs (plain strings, so
 * every store can persist it), e.g. {@code new NewJob(tenant, key, at, Map.of("channel", "email"))}.
 */
public record NewJob(TenantId tenantId, JobKey key, Instant dueAt, Map<String, String> payload) {
  public NewJob {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(dueAt, "dueAt");
    payload = Map.copyOf(payload);
  }
}
