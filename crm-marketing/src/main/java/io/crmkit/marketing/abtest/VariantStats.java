package io.crmkit.marketing.abtest;

import io.crmkit.core.ValidationException;
import java.util.Objects;

/** What one variant achieved so far: messages sent and successes by the test's metric. {@code new VariantStats("a", 1000, 210)} */
public record VariantStats(String variant, long sent, long successes) {
  public VariantStats {
    Objects.requireNonNull(variant, "variant");
    ValidationException.checkNotNegative(sent, "sent");
    ValidationException.checkNotNegative(successes, "successes");
    ValidationException.check(successes <= sent, "successes", "must not exceed sent (" + sent + ") but was " + successes);
  }

  /** successes / sent, 0 when nothing was sent. */
  public double rate() {
    return sent == 0 ? 0 : (double) successes / sent;
  }
}
