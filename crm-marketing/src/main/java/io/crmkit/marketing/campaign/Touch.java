package io.crmkit.marketing.campaign;

import java.time.Instant;
import java.util.Objects;

/** A campaign touching an opportunity's contacts at an instant (a response, a click, an event visit). */
public record Touch(CampaignId campaign, Instant at) {
  public Touch {
    Objects.requireNonNull(campaign, "campaign");
    Objects.requireNonNull(at, "at");
  }
}
