package io.crmkit.service.routing;

import io.crmkit.core.ValidationException;
import java.util.Objects;

/** One reason an agent was excluded, with the details a person can check: {@code "presence AWAY"}. */
public record Exclusion(ExclusionReason reason, String detail) {
  public Exclusion {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
    ValidationException.check(!detail.isBlank(), "detail", "must say why");
  }

  @Override
  public String toString() {
    return reason + " (" + detail + ")";
  }
}
