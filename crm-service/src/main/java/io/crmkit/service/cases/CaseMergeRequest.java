package io.crmkit.service.cases;

import io.crmkit.core.EntityId;
import io.crmkit.core.ValidationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Asks {@link CaseService#merge} to merge the cases {@code merged} (each with the version the caller read)
 * into {@code survivor}. {@code CaseMergeRequest.of(keep.id(), keep.version(), Map.of(dup.id(), dup.version()), "u-1")}
 *
 * @param survivor the case that stays
 * @param survivorVersion the version of the survivor the caller read
 * @param merged the cases to merge into it with their read versions, in merge order
 * @param actor who merges
 */
public record CaseMergeRequest(CaseId survivor, long survivorVersion, Map<CaseId, Long> merged, String actor) {
  public CaseMergeRequest {
    Objects.requireNonNull(survivor, "survivor");
    Objects.requireNonNull(merged, "merged");
    EntityId.checked(actor, "actor");
    ValidationException.checkNotNegative(survivorVersion, "survivorVersion");
    ValidationException.check(!merged.isEmpty(), "merged", "name at least one case to merge");
    ValidationException.check(!merged.containsKey(survivor), "merged", "the survivor " + survivor + " cannot be merged into itself");
    merged = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(merged));
  }

  /** The request; {@code merged} keeps its iteration order. */
  public static CaseMergeRequest of(CaseId survivor, long survivorVersion, Map<CaseId, Long> merged, String actor) {
    return new CaseMergeRequest(survivor, survivorVersion, merged, actor);
  }
}
