package io.crmkit.service.knowledge;

import io.crmkit.core.ValidationException;
import io.crmkit.service.cases.CaseId;
import java.time.Instant;
import java.util.Objects;

/**
 * A case was opened from a portal session: an article viewed shortly before in that session did not deflect it.
 *
 * <p>{@code new PortalCaseOpened("s-42", caseId, clock.instant())}
 */
public record PortalCaseOpened(String portalSession, CaseId caseId, Instant openedAt) {
  public PortalCaseOpened {
    Objects.requireNonNull(portalSession, "portalSession");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(openedAt, "openedAt");
    ValidationException.check(!portalSession.isBlank() && portalSession.length() <= 128, "portalSession", "must have 1 to 128 characters and not be blank");
  }
}
