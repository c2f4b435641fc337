package io.crmkit.service.cases;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.event.DomainEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A comment was added to a case: an internal note or a public reply ({@link CaseComment#visibility()}), from
 * {@link CaseService#comment} or from intake. SLA first/next-response clocks listen for public agent replies.
 */
public record CaseCommented(TenantId tenantId, CaseId caseId, CaseComment comment) implements DomainEvent {
  public CaseCommented {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(comment, "comment");
  }

  @Override
  public Instant occurredAt() {
    return comment.at();
  }

  @Override
  public Set<RecordRef> subjects() {
    return Set.of(RecordRef.of(Case.TYPE_NAME, caseId));
  }
}
