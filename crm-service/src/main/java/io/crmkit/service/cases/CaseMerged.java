package io.crmkit.service.cases;

import io.crmkit.core.EntityId;
import java.time.Instant;
import java.util.Objects;

/**
 * Marks a case that was merged into another: closed, read-only, and pointing at its survivor.
 * {@code kase.mergedInto().map(CaseMerged::survivor)}
 *
 * @param survivor the case it was merged into
 * @param at when
 * @param by who merged it
 */
public record CaseMerged(CaseId survivor, Instant at, String by) {
  public CaseMerged {
    Objects.requireNonNull(survivor, "survivor");
    Objects.requireNonNull(at, "at");
    EntityId.checked(by, "mergedBy");
  }
}
