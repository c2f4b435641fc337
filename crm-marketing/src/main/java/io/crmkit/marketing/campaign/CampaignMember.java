package io.crmkit.marketing.campaign;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A contact or lead in a campaign, with its per-campaign status, whether that status counts as a response,
 * and when it first responded. Made by {@link Campaign#addMember} and {@link Campaign#changeStatus}, which
 * check the status against the campaign's {@link MemberStatuses}.
 */
public record CampaignMember(
    TenantId tenantId, CampaignId campaign, RecordRef member, String status, boolean responded, Optional<Instant> firstRespondedAt) {
  public CampaignMember {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(campaign, "campaign");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(firstRespondedAt, "firstRespondedAt");
    ValidationException.check(member.type().equals("contact") || member.type().equals("lead"), "member",
        "must reference a contact or a lead but was " + member);
    ValidationException.check(!responded || firstRespondedAt.isPresent(), "firstRespondedAt", "must be present when the member responded");
  }

  /** Whether the member has ever responded (even if a later status does not count as a response). */
  public boolean hasResponded() {
    return firstRespondedAt.isPresent();
  }
}
