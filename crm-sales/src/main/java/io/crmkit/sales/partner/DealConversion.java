package io.crmkit.sales.partner;

import io.crmkit.core.EntityId;
import io.crmkit.core.Owner;
import java.util.Objects;
import java.util.Optional;

/**
 * How to convert an approved deal registration: who converts it (an internal user), who owns the opportunity, and
 * optionally the pipeline (default: the catalog's pipeline of record type {@code partner}, else its first) and the
 * opportunity's name (default {@code "<customer> – partner deal"}).
 *
 * <p>{@code DealConversion.by("channel-1", Owner.user("u-1")).onPipeline("standard_sales")}
 */
public record DealConversion(String convertedBy, Owner owner, Optional<String> pipeline, Optional<String> opportunityName) {
  public DealConversion {
    EntityId.checked(convertedBy, "convertedBy");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(pipeline, "pipeline");
    opportunityName = PartnerText.optional(opportunityName, "opportunityName");
  }

  public static DealConversion by(String convertedBy, Owner owner) {
    return new DealConversion(convertedBy, owner, Optional.empty(), Optional.empty());
  }

  public DealConversion onPipeline(String name) {
    return new DealConversion(convertedBy, owner, Optional.of(name), opportunityName);
  }

  public DealConversion named(String name) {
    return new DealConversion(convertedBy, owner, pipeline, Optional.of(name));
  }
}
