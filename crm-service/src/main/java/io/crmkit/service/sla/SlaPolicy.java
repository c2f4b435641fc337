package io.crmkit.service.sla;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A tenant's SLA policy as a list of versions, oldest first; each applies from its effective instant (the
 * earliest also before it). Changing a policy means adding a version, never editing one, so clocks read
 * later still count the past by the rules then in force.
 *
 * <p>{@code SlaPolicy.of(tenant, "standard", List.of(v1)).withVersion(v2)}
 */
public record SlaPolicy(TenantId tenantId, String key, List<SlaPolicyVersion> versions) {
  public SlaPolicy {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(versions, "versions");
    ValidationException.check(!key.isBlank(), "key", "must not be blank");
    ValidationException.check(!versions.isEmpty(), "versions", "must not be empty");
    List<SlaPolicyVersion> sorted = new ArrayList<>(versions);
    sorted.forEach(v -> Objects.requireNonNull(v, "versions element"));
    sorted.sort(Comparator.comparing(SlaPolicyVersion::effectiveFrom));
    for (int i = 1; i < sorted.size(); i++) {
      ValidationException.check(sorted.get(i).effectiveFrom().isAfter(sorted.get(i - 1).effectiveFrom()), "versions",
          "must have distinct effective-from instants but two start at " + sorted.get(i).effectiveFrom());
    }
    versions = List.copyOf(sorted);
  }

  /** A policy from its versions. */
  public static SlaPolicy of(TenantId tenantId, String key, List<SlaPolicyVersion> versions) {
    return new SlaPolicy(tenantId, key, versions);
  }

  /** This policy with one more version. */
  public SlaPolicy withVersion(SlaPolicyVersion version) {
    List<SlaPolicyVersion> all = new ArrayList<>(versions);
    all.add(Objects.requireNonNull(version, "version"));
    return new SlaPolicy(tenantId, key, all);
  }

  /** The version in force at {@code at}. */
  public SlaPolicyVersion versionAt(Instant at) {
    SlaPolicyVersion found = versions.get(0);
    for (SlaPolicyVersion v : versions) {
      if (!v.effectiveFrom().isAfter(at)) {
        found = v;
      }
    }
    return found;
  }
}
