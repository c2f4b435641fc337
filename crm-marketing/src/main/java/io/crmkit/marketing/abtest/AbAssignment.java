package io.crmkit.marketing.abtest;

import java.util.Objects;
import java.util.Optional;

/**
 * Where one recipient stands in an A/B test: in the test with a variant, or among the rest, who get the winner
 * once it is decided (until then {@code variant} is empty and they wait). {@code AbTests.assign(test, "c-1", outcome)}
 *
 * @param inTest whether the recipient is in the test share
 */
public record AbAssignment(String recipient, boolean inTest, Optional<Variant> variant, String reason) {
  public AbAssignment {
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(variant, "variant");
    Objects.requireNonNull(reason, "reason");
  }
}
